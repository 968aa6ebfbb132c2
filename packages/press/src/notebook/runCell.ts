import { countParams, sqlTokens } from "./sqlTokens.ts";

/** At most this many rows of a result are kept and shown; the full count is given beside them. */
export const ROW_CAP = 1000;

export type Row = Record<string, unknown>;

/** What a cell's SQL gave: the first ROW_CAP rows, the column names and how many rows there are in all. */
export interface CellResult {
  columns: string[];
  rows: Row[];
  count: number;
}

/** Runs SQL with positional parameters and returns plain rows (NewareaDB.query, in Node or the browser). */
export type QueryFn = (sql: string, params?: readonly unknown[]) => Promise<Row[]>;

// Statements that can be read as a subquery, so that the cap and the count are DuckDB's work.
const WRAPPABLE = new Set(["SELECT", "WITH", "FROM", "VALUES", "TABLE"]);

/** Returns the SQL without its trailing semicolons, so that it can stand inside parentheses. */
function bare(sql: string): string {
  let text = sql;
  for (const t of sqlTokens(sql).reverse()) {
    if (t.kind !== "semicolon") break;
    text = text.slice(0, t.index);
  }
  return text.trimEnd();
}

/**
 * Runs a cell's SQL through `query` and returns at most ROW_CAP rows with the total count. A query is
 * wrapped (`SELECT * FROM (…) LIMIT n`) so that a million-row result never crosses to JavaScript; when it
 * has more than the cap, a second query counts it. `params` bind the `?`s the SQL still has.
 */
export async function runCell(
  query: QueryFn,
  sql: string,
  params: readonly unknown[] = [],
): Promise<CellResult> {
  const text = bare(sql);
  const bound = params.slice(0, countParams(text));
  const first = sqlTokens(text).find((t) => t.kind !== "open");
  if (!first || !WRAPPABLE.has(first.text)) {
    const rows = await query(text, bound);
    return { columns: Object.keys(rows[0] ?? {}), rows: rows.slice(0, ROW_CAP), count: rows.length };
  }
  // The newline before `)` keeps a trailing -- comment from swallowing it.
  const inner = `(\n${text}\n)`;
  let rows: Row[];
  try {
    rows = await query(`SELECT * FROM ${inner} LIMIT ${ROW_CAP + 1}`, [...bound]);
  } catch {
    // Run it as written: DuckDB's message then quotes the reader's own lines, and a query that only
    // fails inside the wrapper still gives its rows.
    const all = await query(text, bound);
    return { columns: Object.keys(all[0] ?? {}), rows: all.slice(0, ROW_CAP), count: all.length };
  }
  let count = rows.length;
  if (count > ROW_CAP) {
    const [n] = await query(`SELECT count(*) AS n FROM ${inner}`, [...bound]);
    count = Number(n?.n ?? count);
  }
  let columns = Object.keys(rows[0] ?? {});
  if (rows.length === 0) {
    // No row to read the column names from: ask DuckDB for them (and show none if it cannot say).
    const described = await query(`DESCRIBE SELECT * FROM ${inner}`, [...bound]).catch(() => []);
    columns = described.map((d) => String(d.column_name));
  }
  return { columns, rows: rows.slice(0, ROW_CAP), count };
}
