/** An error in a notebook file, reported as `file:line: message` so an editor can jump to it. */
export class NotebookError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = "NotebookError";
    this.file = file;
    this.line = line;
  }
}
