import { EngineRestarted } from "@newarea/data/core";
import { countParams, sqlTokens } from "./sqlTokens.ts";

/** At most this many rows of a result are kept and shown; the full count is given beside them. */
export const ROW_CAP = 1000;

/** The notebook engine's memory limit, in the browser and at build time alike: a cell that builds runs. */
export const NOTEBOOK_MEMORY_LIMIT = "256MB";

export type Row = Record<string, unknown>;

/** What a cell's SQL gave: the first ROW_CAP rows, the column names and how many rows there are in all. */
export interface CellResult {
  columns: string[];
  rows: Row[];
  count: number;
}

/**
 * Runs exactly one SQL statement with positional parameters and returns plain rows (NewareaDB.queryOne,
 * in Node or the browser); `signal` cancels it where the engine can be interrupted.
 */
export type QueryFn = (sql: string, params?: readonly unknown[], signal?: AbortSignal) => Promise<Row[]>;

/** Why a cell gave no result: how the page words it depends on the kind. */
export type CellErrorKind =
  /** DuckDB cannot read the SQL as one query that reads: a syntax error, a write, several statements. */
  | "notOneQuery"
  /** The query needed more than NOTEBOOK_MEMORY_LIMIT. */
  | "memory"
  /** The reader cancelled it. */
  | "cancelled"
  /**
   * A cancelled query did not stop (it, or another cell's), so the engine was replaced with a new one
   * holding the published tables: the query did not finish, and every cell runs again.
   */
  | "restarted"
  /** Any other error DuckDB reports (a column that does not exist, a type error…). */
  | "engine";

/** A cell's failure: the kind, and DuckDB's message with line numbers as the reader wrote the SQL. */
export class CellError extends Error {
  constructor(
    readonly kind: CellErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "CellError";
  }
}

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
 * Returns DuckDB's message as the reader should see it: line numbers of their own text (the wrapper adds
 * one line before it), and the excerpt once (DuckDB-WASM repeats it).
 */
export function readerMessage(message: string): string {
  const parts = message.trim().split(/\n\n/);
  const once = parts.filter((p, i) => i === 0 || p !== parts[i - 1]);
  return once
    .join("\n\n")
    .replace(/LINE (\d+):( ?)(.*)\n( *)\^/g, (_all, n: string, sp: string, line: string, pad: string) => {
      const own = Number(n) - 1;
      if (own < 1) return `LINE ${n}:${sp}${line}\n${pad}^`;
      // The caret is aligned under "LINE n: …": one digit fewer moves it one place left.
      const shift = n.length - String(own).length;
      return `LINE ${own}:${sp}${line}\n${pad.slice(shift)}^`;
    });
}

/** Sorts an engine error into the kinds a reader is told about. */
function cellError(e: unknown, signal?: AbortSignal): CellError {
  if (e instanceof EngineRestarted) return new CellError("restarted", "");
  if (signal?.aborted) return new CellError("cancelled", "");
  const message = readerMessage(String((e as Error)?.message ?? e));
  if (/^Out of Memory Error/.test(message)) return new CellError("memory", message.split("\n")[0] ?? "");
  if (/^Parser Error|multiple statements|A CTE needs a SELECT/.test(message))
    return new CellError("notOneQuery", message);
  return new CellError("engine", message);
}

/**
 * Runs a cell's SQL through `query` and returns at most ROW_CAP rows with the total count. The reader's
 * SQL only ever runs inside `SELECT * FROM (…) LIMIT n`, one statement, so DuckDB's own parser decides
 * that it is one query that reads: a write, DDL, ATTACH, INSTALL, SET or a second statement hidden by a
 * comment cannot stand there, and the text is never run any other way. `EXPLAIN [ANALYZE]` explains the
 * wrapped query. When the result has more than the cap, a second query counts it. `params` bind the
 * `?`s the SQL still has. Rejects with a CellError.
 */
export async function runCell(
  query: QueryFn,
  sql: string,
  params: readonly unknown[] = [],
  signal?: AbortSignal,
): Promise<CellResult> {
  try {
    return await runWrapped(query, bare(sql), params, signal);
  } catch (e) {
    throw e instanceof CellError ? e : cellError(e, signal);
  }
}

async function runWrapped(
  query: QueryFn,
  text: string,
  params: readonly unknown[],
  signal?: AbortSignal,
): Promise<CellResult> {
  const bound = params.slice(0, countParams(text));
  // The newline before `)` keeps a trailing -- comment from swallowing it.
  const inner = (sql: string) => `(\n${sql}\n)`;
  const tokens = sqlTokens(text);
  if (tokens[0]?.text === "EXPLAIN") {
    const words = tokens[1]?.text === "ANALYZE" ? 2 : 1;
    const head = tokens.slice(0, words).map((t) => t.text);
    const rest = text.slice((tokens[words]?.index ?? text.length) as number);
    const rows = await query(`${head.join(" ")} SELECT * FROM ${inner(rest)}`, bound, signal);
    return { columns: Object.keys(rows[0] ?? {}), rows, count: rows.length };
  }
  const rows = await query(`SELECT * FROM ${inner(text)} LIMIT ${ROW_CAP + 1}`, bound, signal);
  let count = rows.length;
  if (count > ROW_CAP) {
    const [n] = await query(`SELECT count(*) AS n FROM ${inner(text)}`, bound, signal);
    count = Number(n?.n ?? count);
  }
  let columns = Object.keys(rows[0] ?? {});
  if (rows.length === 0) {
    // No row to read the column names from: ask DuckDB for them (and show none if it cannot say).
    const described = await query(`DESCRIBE SELECT * FROM ${inner(text)}`, bound, signal).catch(() => []);
    columns = described.map((d) => String(d.column_name));
  }
  return { columns, rows: rows.slice(0, ROW_CAP), count };
}
