/** Where a piece of damage sits, in the input and in the normalised output. */
interface TextIssueBase {
  /** 1-based line of the damage in the input. */
  line: number;
  /** 1-based column of the damage in the input, counted in characters (code points). */
  column: number;
  /** UTF-16 offset in the input where the damage starts (`input.slice(index, index + raw.length) === raw`). */
  index: number;
  /** The damaged input exactly as written. */
  raw: string;
  /** UTF-16 offset in the output of what now stands in for the damage. */
  outputIndex: number;
  /** A few normalised characters either side of the damage, on the same line. */
  context: string;
}

/**
 * A character lost in the mirror's encoding round-trip: the output shows `□` in its place. `pinyin` is the
 * reading the mirror annotated for the lost character. When the damage reads `?jiǎng)?wù)`, the first reading
 * (`phantomPinyin`) belongs to a phantom: a character the mirror matched across the byte boundary of two real
 * characters, and `phantom` is that character when it can be rebuilt from the GBK bytes. `suggestion` is what
 * the character most likely was, from a small table of known words; it is never written into the text.
 */
export interface LostCharacterIssue extends TextIssueBase {
  kind: "lost_character";
  pinyin: string;
  phantomPinyin?: string;
  phantom?: string;
  suggestion?: string;
}

/**
 * The remnant of an HTML tag whose `<` was eaten (`?!?/p>`), replaced in the output by `replacement`
 * (`。` when the paragraph's final punctuation was lost with it, otherwise nothing).
 */
export interface HtmlDebrisIssue extends TextIssueBase {
  kind: "html_debris";
  replacement: string;
}

/** Damage found while normalising scraped text: reported, never silently repaired. */
export type TextIssue = LostCharacterIssue | HtmlDebrisIssue;

/** What the output shows where a character was lost. */
export const LOST_CHARACTER_PLACEHOLDER = "□";
