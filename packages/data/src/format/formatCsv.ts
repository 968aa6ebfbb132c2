/** Returns one CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Returns rows as CSV with a header line, lines ended by CRLF as RFC 4180 asks, UTF-8 with BOM for spreadsheets. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(field).join(","), ...rows.map((r) => columns.map((c) => field(r[c])).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
