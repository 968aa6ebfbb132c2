// East Asian wide characters take two terminal columns.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

/** Returns rows as an aligned text table (numbers right-aligned), with the row count below. */
export function formatTable(rows: Record<string, unknown>[], columns?: string[]): string {
  const cols = columns ?? Object.keys(rows[0] ?? {});
  const cells = rows.map((r) => cols.map((c) => cell(r[c]).replace(/\s+/g, " ")));
  const widths = cols.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i] ?? ""))));
  const numeric = cols.map(
    (c) => rows.length > 0 && rows.every((r) => typeof r[c] === "number" || r[c] === null),
  );
  const pad = (s: string, i: number) => {
    const fill = " ".repeat((widths[i] ?? 0) - width(s));
    return numeric[i] ? fill + s : s + fill;
  };
  const line = (parts: string[]) => parts.map(pad).join("  ").trimEnd();
  const out = [line(cols), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)];
  out.push(`(${rows.length} ${rows.length === 1 ? "row" : "rows"})`);
  return out.join("\n");
}
