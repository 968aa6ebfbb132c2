import { decodeEntity } from "./htmlEntities.ts";
import { PINYIN_SYLLABLE as P } from "./pinyin.ts";

/** Damage the scanner found: where it starts in the input, as written, and what it tells. */
export type ScanDamage =
  | { kind: "lost_character"; index: number; raw: string; pinyin: string; phantomPinyin?: string }
  | { kind: "html_debris"; index: number; raw: string; replacement: string };

/** Clean text (still Traditional) or a piece of damage. */
export type ScanPiece = string | ScanDamage;

const PATTERN = new RegExp(
  [
    // A lost character: `?` + pinyin + `)`, its `(` eaten with the lost byte. When the mirror also matched a
    // phantom character across the boundary of two real ones (`要?jiǎng)?wù)`), two groups make one loss and
    // the second reading is the real one (see LostCharacterIssue).
    `\\?(?<lost1>${P})\\)(?:\\?(?<lost2>${P})\\))?`,
    // A tag whose `<` was eaten (`?/p>`), with any punctuation debris before it (`?!?/p>`).
    `\\?(?<debris>[!?]{0,4})\\/(?<debrisTag>[a-zA-Z][a-zA-Z0-9]*)>`,
    `<\\/?(?<tag>[a-zA-Z][a-zA-Z0-9]*)(?:\\s[^<>]*)?\\/?>`,
    `&(?<entity>#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`,
    // An annotation directly follows a Han character; `(北京)` and `(链接)` hold no pinyin and stay.
    `(?<=\\p{Script=Han})\\((?<annotation>${P})\\)`,
    `\\r\\n?`,
  ].join("|"),
  "gu",
);

const BLOCK = /^(?:p|div|li|h[1-6]|tr|br|blockquote|section|article|table|ul|ol)$/i;

/**
 * Returns the input cut into clean pieces and damage, in order: pinyin annotations dropped, tags removed
 * (a closing block tag or `<br>` becomes a line break unless one follows already), entities decoded, line
 * endings made `\n`. The text is not yet converted to Simplified.
 */
export function scanScrapedText(input: string): ScanPiece[] {
  const pieces: ScanPiece[] = [];
  let last = 0;
  for (const match of input.matchAll(PATTERN)) {
    const { index } = match;
    const raw = match[0];
    const { lost1, lost2, debris, debrisTag, tag, entity, annotation } = match.groups ?? {};
    if (index > last) pieces.push(input.slice(last, index));
    last = index + raw.length;
    const next = input[last];
    const breakLine = next !== undefined && next !== "\n" && next !== "\r";
    if (lost1 !== undefined) {
      pieces.push(
        lost2 === undefined
          ? { kind: "lost_character", index, raw, pinyin: lost1 }
          : { kind: "lost_character", index, raw, pinyin: lost2, phantomPinyin: lost1 },
      );
    } else if (debrisTag !== undefined) {
      // Debris before the tag (`?!`) means the paragraph's closing punctuation went with the `<`. Every
      // paragraph of the article closes with punctuation and 。 is what a statement ends with: a guess, so
      // it is reported. With no debris only the tag is gone, and nothing is added.
      const block = BLOCK.test(debrisTag);
      const replacement = block && debris ? "。" : "";
      pieces.push({ kind: "html_debris", index, raw, replacement });
      if (block && breakLine) pieces.push("\n");
    } else if (tag !== undefined) {
      const closesLine = raw.startsWith("</") || /^br$/i.test(tag);
      if (closesLine && BLOCK.test(tag) && breakLine) pieces.push("\n");
    } else if (entity !== undefined) {
      pieces.push(decodeEntity(entity) ?? raw);
    } else if (annotation === undefined) {
      pieces.push("\n");
    }
  }
  if (last < input.length) pieces.push(input.slice(last));
  return pieces;
}
