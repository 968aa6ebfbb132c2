/** An error in a story file, reported as `file:line: message` so an editor can jump to it. */
export class StoryError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = "StoryError";
    this.file = file;
    this.line = line;
  }
}
