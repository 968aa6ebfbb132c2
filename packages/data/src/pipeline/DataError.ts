/** Where a bad value sits: file (relative to the data folder's parent), 1-based line, column name, the value. */
export interface DataErrorDetail {
  file: string;
  line: number;
  column?: string;
  value?: string;
  reason: string;
}

/** Formats one problem as `file:line: column "x" value "y": reason`, the way editors link to it. */
export function formatDetail(d: DataErrorDetail): string {
  const where = `${d.file}:${d.line}`;
  const what = [d.column && `column "${d.column}"`, d.value !== undefined && `value "${d.value}"`]
    .filter(Boolean)
    .join(" ");
  return `${where}: ${what ? `${what}: ` : ""}${d.reason}`;
}

// Marks a DataError, so that one made by another copy of this module is still one: the CLI's bundle
// (dist/cli.cjs) catches errors thrown by the package's ES modules, and an app may hold two installs.
const DATA_ERROR = Symbol.for("@newarea/data DataError");

/** Bad input in data/: carries every problem found, each with file, line, column, value and reason. */
export class DataError extends Error {
  readonly details: DataErrorDetail[];
  readonly [DATA_ERROR] = true;

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && DATA_ERROR in value;
  }

  constructor(details: DataErrorDetail[]) {
    const head = details.length === 1 ? "1 problem in data" : `${details.length} problems in data`;
    super(`${head}:\n${details.map((d) => `  ${formatDetail(d)}`).join("\n")}`);
    this.name = "DataError";
    this.details = details;
  }
}
