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

/** Bad input in data/: carries every problem found, each with file, line, column, value and reason. */
export class DataError extends Error {
  readonly details: DataErrorDetail[];

  constructor(details: DataErrorDetail[]) {
    const head = details.length === 1 ? "1 problem in data" : `${details.length} problems in data`;
    super(`${head}:\n${details.map((d) => `  ${formatDetail(d)}`).join("\n")}`);
    this.name = "DataError";
    this.details = details;
  }
}
