/** Thrown by `parseAmount` when a text cannot be read as one amount; the message quotes the text and says why. */
export class AmountParseError extends Error {
  override readonly name = "AmountParseError";

  /** The text that could not be read, trimmed. */
  readonly text: string;

  /** Why, in a few words: `no number found`, `a range is not an amount`, `unknown unit "吨"`. */
  readonly reason: string;

  constructor(text: string, reason: string) {
    super(`cannot read amount "${text}": ${reason}`);
    this.text = text;
    this.reason = reason;
  }
}
