import { csvFormatBody, csvFormatRows } from "d3-dsv";

/** Byte order mark: spreadsheet programs (Excel) read a CSV as UTF-8 only when it starts with one. */
const BOM = "\uFEFF";

/** One field's text: empty for null, JSON for lists and objects, the value as text otherwise. */
function field(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/**
 * Returns rows as the CSV every file the site serves is written in: UTF-8 with a byte order mark, a
 * header line of `columns`, fields quoted by d3-dsv's `csvFormat` rules (RFC 4180), lines ended by `\n`,
 * the last one too; null and undefined are empty fields, objects JSON. `bom: false` leaves the mark out,
 * for text printed on a terminal rather than saved as a file.
 */
export function formatCsv(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
  { bom = true }: { bom?: boolean } = {},
): string {
  const header = csvFormatRows([[...columns]]);
  const body = csvFormatBody(
    rows.map((r) => Object.fromEntries(columns.map((c) => [c, field(r[c])]))),
    [...columns],
  );
  return `${bom ? BOM : ""}${header}\n${body ? `${body}\n` : ""}`;
}
