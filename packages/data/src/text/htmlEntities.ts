const NAMED = new Map<string, string>(
  Object.entries({
    // A non-breaking space only indents or pads in scraped Chinese text; a plain space compares and searches
    // the way readers expect.
    nbsp: " ",
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    apos: "'",
    ldquo: "“",
    rdquo: "”",
    lsquo: "‘",
    rsquo: "’",
    hellip: "…",
    mdash: "—",
    ndash: "–",
    middot: "·",
    times: "×",
  }),
);

/**
 * Returns the text an HTML entity body stands for (`nbsp` → space, `#8220` → `“`, `#x4E2D` → `中`), or
 * undefined when the entity is unknown or names no character, so that the caller can keep it as written.
 */
export function decodeEntity(body: string): string | undefined {
  if (body.startsWith("#")) {
    const hex = body[1] === "x" || body[1] === "X";
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    const surrogate = code >= 0xd800 && code <= 0xdfff;
    if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || surrogate) return undefined;
    return code === 0xa0 ? " " : String.fromCodePoint(code);
  }
  return NAMED.get(body.toLowerCase());
}
