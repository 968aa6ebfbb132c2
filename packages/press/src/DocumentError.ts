/** Where in a file: 1-based line, and 1-based column when known. */
export interface Point {
  line: number;
  column?: number | undefined;
}

/**
 * A mistake in a document or in the data it draws on, reported as `file:line:column: message` (the
 * form editors and terminals turn into a link), with a hint saying what to write instead when there is
 * one. It has no stack trace: the place that matters is in the file the editor wrote, not in our code,
 * and Astro prints a stack wherever there is one. `loc` is what Astro's error overlay reads to show
 * the lines around the mistake.
 */
export class DocumentError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number | undefined;
  readonly loc: { file: string; line: number; column: number | undefined };
  readonly hint: string | undefined;

  /**
   * `file` as the message names it (relative to the working folder, or to the repository for data
   * files); `options.path` where the overlay finds it, when that differs; `options.hint` what to do.
   */
  constructor(file: string, at: Point, message: string, options: { hint?: string; path?: string } = {}) {
    super(`${file}:${at.line}${at.column ? `:${at.column}` : ""}: ${message}`);
    this.name = "DocumentError";
    this.file = file;
    this.line = at.line;
    this.column = at.column;
    this.loc = { file: options.path ?? file, line: at.line, column: at.column };
    this.hint = options.hint;
    Object.defineProperty(this, "stack", { value: "", writable: true, configurable: true });
  }
}
