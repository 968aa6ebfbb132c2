import type { AsyncDuckDBConnection } from "@duckdb/duckdb-wasm";
import { Table } from "apache-arrow";

// The connection's one SQL-level prepared statement for runOne; each call replaces it.
const NAME = "newarea_one";

/** Returns a parameter as a SQL literal, of the kinds DuckDB-WASM's own binding accepts. */
function literal(v: unknown): string {
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return `'${v.replaceAll("'", "''")}'`;
  throw new Error(`@newarea/data: a query parameter must be a string, a finite number, a boolean or null`);
}

/**
 * Runs one statement on a DuckDB-WASM connection so that it can be cancelled. The worker can only
 * interrupt a query it runs step by step (a "pending" query, `send`), and `send` runs every statement in
 * its text; a prepared statement is one statement but runs to its end. So the text is prepared first as
 * the body of a SQL `PREPARE` (DuckDB's parser refuses more than one statement there, whatever hides the
 * `;`), and `EXECUTE` is sent step by step. Its parameters are written as literals by `literal` — they
 * come from the caller's values, never from the SQL text.
 */
export async function sendOne(
  conn: AsyncDuckDBConnection,
  sql: string,
  params: readonly unknown[],
  signal?: AbortSignal,
): Promise<Table> {
  signal?.throwIfAborted();
  const args = params.length > 0 ? `(${params.map(literal).join(", ")})` : "";
  // On the same line, so that DuckDB's messages number the lines of `sql` as the caller wrote them.
  const prepared = await conn.prepare(`PREPARE ${NAME} AS ${sql}`);
  try {
    await prepared.query();
  } finally {
    await prepared.close();
  }
  signal?.throwIfAborted();
  const cancel = () => void conn.cancelSent().catch(() => undefined);
  signal?.addEventListener("abort", cancel, { once: true });
  try {
    const reader = await conn.send(`EXECUTE ${NAME}${args}`);
    const batches = await reader.readAll();
    return new Table(reader.schema, batches);
  } catch (e) {
    // DuckDB-WASM says "query was canceled"; the caller's reason says who cancelled.
    signal?.throwIfAborted();
    throw e;
  } finally {
    signal?.removeEventListener("abort", cancel);
  }
}
