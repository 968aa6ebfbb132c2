import { textWidth } from "./textWidth.ts";

// Chinese breaks between any two characters except before closing punctuation.
const NO_BREAK_BEFORE = new Set("，。、；：？！）》」』”’,.;:?!)");

/** Splits text into the pieces a line may break between: words with their trailing space, or single CJK characters. */
function pieces(text: string): string[] {
  // Opening brackets stay with what follows them, closing punctuation with what precedes it.
  return (
    text.match(
      /[（《「『“‘(]*(?:[\p{Script=Han}\u3000-\u303f\uff00-\uffef][，。、；：？！）》」』”’]*|[^\s\p{Script=Han}（《「『“‘]+\s*)|\s+/gu,
    ) ?? []
  );
}

/**
 * Returns `text` broken into lines no wider than `maxWidth` pixels at `fontSize` (by `textWidth`); a word
 * wider than a line gets a line of its own. English breaks at spaces, Chinese between characters.
 */
export function wrapText(text: string, maxWidth: number, fontSize = 13, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces(text)) {
    const candidate = line + piece;
    if (
      line !== "" &&
      textWidth(candidate.trimEnd(), fontSize, bold) > maxWidth &&
      !NO_BREAK_BEFORE.has(piece[0] ?? "")
    ) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}

/**
 * Returns `text` wrapped as `wrapText` does, on as few lines, but with lines as even as they can be
 * (CSS's `text-wrap: balance`): `on the order of CNY 100 / billion` becomes `on the order / of CNY 100 billion`.
 */
export function balancedWrap(text: string, maxWidth: number, fontSize = 13, bold = false): string[] {
  const lines = wrapText(text, maxWidth, fontSize, bold);
  if (lines.length < 2) return lines;
  // The narrowest width, to the pixel, that still needs no more lines.
  let [lo, hi] = [0, maxWidth];
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (wrapText(text, mid, fontSize, bold).length > lines.length) lo = mid;
    else hi = mid;
  }
  return wrapText(text, hi, fontSize, bold);
}
