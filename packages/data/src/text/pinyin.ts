const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
// Combining macron, acute, caron and grave: the same tones when the text arrives decomposed (NFD).
const COMBINING_TONES = "\u0304\u0301\u030c\u0300";
const LETTERS = `a-zêü\u0308${TONED}${COMBINING_TONES}`;

/**
 * A regular-expression source matching one pinyin syllable with a tone mark (`zhǎng`, `qū`, `lǜ`). A tone
 * mark is required so that Latin text in real parentheses (`(GMP)`, `(app)`) is never taken for pinyin; the
 * mirror marks every syllable it writes, neutral ones aside, and it writes none of those in the seed.
 */
export const PINYIN_SYLLABLE = `(?=[^)]*[${TONED}${COMBINING_TONES}])[${LETTERS}]{1,10}`;

/** Returns true when `text` is exactly one toned pinyin syllable. */
export function isPinyinSyllable(text: string): boolean {
  return new RegExp(`^${PINYIN_SYLLABLE}$`, "u").test(text);
}
