let table: Map<string, readonly [number, number]> | null | undefined;

// Built on first use by decoding every two-byte GBK code once (about 24,000, a few milliseconds); `null`
// when the runtime has no GBK decoder (Node built with small-icu).
function gbkTable(): Map<string, readonly [number, number]> | null {
  if (table !== undefined) return table;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder("gbk", { fatal: true });
  } catch {
    table = null;
    return table;
  }
  const map = new Map<string, readonly [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(Uint8Array.of(lead, trail));
        if (!map.has(char)) map.set(char, [lead, trail]);
      } catch {
        // An unassigned code: nothing to record.
      }
    }
  }
  table = map;
  return table;
}

/** Returns the two bytes of a character in GBK, or undefined when it has none or GBK is unavailable. */
export function gbkBytes(char: string): readonly [number, number] | undefined {
  return gbkTable()?.get(char);
}

/**
 * Returns the character GBK reads across the boundary of `before` and `lost`: the last byte of one and the
 * first byte of the other. The mirror annotated text by searching GBK bytes, so such a straddling match got
 * its own pinyin inserted between the lost character's bytes, which the final decoding turned into `?`s.
 * Returns undefined when either character has no GBK code or the two bytes read as no character.
 */
export function phantomCharacter(before: string, lost: string): string | undefined {
  const first = gbkBytes(before);
  const second = gbkBytes(lost);
  if (!first || !second) return undefined;
  try {
    return new TextDecoder("gbk", { fatal: true }).decode(Uint8Array.of(first[1], second[0]));
  } catch {
    return undefined;
  }
}
