// Advance widths in hundredths of an em, measured against DejaVu Sans (wider than the system fonts of
// most readers) and rounded up: overestimating only costs white space, underestimating makes labels collide.
const NARROW = new Set("iljI.,:;'!|()[]{} ");
const WIDE = new Set("mwMW@%");

/** True for characters that take a full em: CJK ideographs, kana, hangul and full-width punctuation. */
function isFullWidth(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0x20000 && code <= 0x2ffff)
  );
}

/** Returns the estimated width in pixels of `text` set at `fontSize` pixels (bold when `bold`). */
export function textWidth(text: string, fontSize = 13, bold = false): number {
  let full = 0;
  let latin = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (isFullWidth(code)) full += 100;
    else if (NARROW.has(ch)) latin += 32;
    else if (WIDE.has(ch)) latin += 90;
    else if (ch >= "A" && ch <= "Z") latin += 70;
    else if (ch >= "0" && ch <= "9") latin += 64;
    else latin += 58;
  }
  // Bold widens Latin letters (by 13 % in DejaVu Sans, the widest common fallback); CJK characters keep their square.
  return ((full + latin * (bold ? 1.14 : 1)) / 100) * fontSize;
}
