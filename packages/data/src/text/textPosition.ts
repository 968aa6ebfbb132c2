/**
 * Returns the 1-based line and column of UTF-16 offset `index` in `text`. Columns count characters (code
 * points), which is what an editor shows; lines break at `\n`, `\r\n` or a lone `\r`.
 */
export function textPosition(text: string, index: number): { line: number; column: number } {
  const lines = text.slice(0, index).split(/\r\n?|\n/);
  return { line: lines.length, column: Array.from(lines.at(-1) ?? "").length + 1 };
}

/** Returns the character (code point) that ends just before UTF-16 offset `index`, or "" at the start. */
export function characterBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && index >= 2;
  return text.slice(pair ? index - 2 : Math.max(0, index - 1), index);
}
