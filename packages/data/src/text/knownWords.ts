/** A word a lost character may belong to: the character at `at` read `pinyin`, written `traditional`. */
export interface KnownWord {
  word: string;
  at: number;
  pinyin: string;
  traditional: string;
}

/**
 * Words around the characters this mirror is known to lose. Deliberately small: a suggestion must come from
 * a word a reader can check, not from a guess about what the sentence might have said.
 */
export const KNOWN_WORDS: readonly KnownWord[] = [
  { word: "要务", at: 1, pinyin: "wù", traditional: "務" },
  { word: "任务", at: 1, pinyin: "wù", traditional: "務" },
  { word: "服务", at: 1, pinyin: "wù", traditional: "務" },
  { word: "百强县", at: 1, pinyin: "qiáng", traditional: "強" },
  { word: "增强", at: 1, pinyin: "qiáng", traditional: "強" },
  { word: "强劲", at: 0, pinyin: "qiáng", traditional: "強" },
];

/**
 * Returns the known word that explains a lost character read `pinyin` between the normalised text `before`
 * and `after` it (same line), or undefined when no word fits or words fitting disagree on the character.
 */
export function suggestLostCharacter(
  before: string,
  after: string,
  pinyin: string,
  words: readonly KnownWord[] = KNOWN_WORDS,
): KnownWord | undefined {
  const reading = pinyin.normalize("NFC");
  const fits = words.filter((w) => {
    const chars = Array.from(w.word);
    return (
      w.pinyin.normalize("NFC") === reading &&
      before.endsWith(chars.slice(0, w.at).join("")) &&
      after.startsWith(chars.slice(w.at + 1).join(""))
    );
  });
  const characters = new Set(fits.map((w) => Array.from(w.word)[w.at]));
  return characters.size === 1 ? fits[0] : undefined;
}

/** Returns the character a known word supplies for the lost one. */
export function suggestedCharacter(word: KnownWord): string {
  return Array.from(word.word)[word.at] ?? "";
}
