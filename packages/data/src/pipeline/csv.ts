import { DataError } from "./DataError.ts";

/** One record of a CSV file: the 1-based line it starts on and its fields by header name. */
export interface CsvRecord {
  line: number;
  fields: Record<string, string>;
}

/**
 * Parses RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). Returns the records with the
 * line each starts on, so that errors can point a spreadsheet user at the right row. A BOM is dropped.
 * Throws a DataError on an unterminated quote, a record with the wrong number of fields, or a header
 * that differs from `expectedHeader`.
 */
export function parseCsv(text: string, file: string, expectedHeader: readonly string[]): CsvRecord[] {
  const rows = tokenize(text.replace(/^\uFEFF/, ""), file);
  const header = rows.shift();
  if (!header) throw new DataError([{ file, line: 1, reason: "file is empty: it needs a header row" }]);
  const got = header.cells.map((c) => c.trim());
  if (got.join(",") !== expectedHeader.join(",")) {
    throw new DataError([
      { file, line: 1, value: got.join(","), reason: `header must be exactly: ${expectedHeader.join(",")}` },
    ]);
  }
  const records: CsvRecord[] = [];
  for (const row of rows) {
    // A blank line (spreadsheets leave them at the end) is not a record.
    if (row.cells.length === 1 && row.cells[0]?.trim() === "") continue;
    if (row.cells.length !== expectedHeader.length) {
      throw new DataError([
        {
          file,
          line: row.line,
          reason: `expected ${expectedHeader.length} fields, found ${row.cells.length} (a comma inside a value needs "double quotes")`,
        },
      ]);
    }
    const fields: Record<string, string> = {};
    expectedHeader.forEach((name, i) => {
      fields[name] = (row.cells[i] ?? "").trim();
    });
    records.push({ line: row.line, fields });
  }
  return records;
}

function tokenize(text: string, file: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === "") {
      quoted = true;
      quoteLine = line;
      cell = "";
    } else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new DataError([{ file, line: quoteLine, reason: "a quoted field is never closed" }]);
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}
