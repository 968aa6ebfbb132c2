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
