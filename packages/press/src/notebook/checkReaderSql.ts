import { type SqlToken, sqlTokens } from "./sqlTokens.ts";

/** Why a reader's SQL is refused before it reaches the engine. */
export type Refusal =
  | { reason: "empty" }
  | { reason: "several" }
  | { reason: "statement"; word: string }
  | { reason: "function"; name: string }
  | { reason: "file"; text: string };

/** Statements that only read: the reader's SQL must start with one of these. */
export const READ_STATEMENTS = [
  "SELECT",
  "WITH",
  "FROM",
  "VALUES",
  "TABLE",
  "DESCRIBE",
  "SUMMARIZE",
  "SHOW",
  "EXPLAIN",
];

// Table functions that read files or URLs, or list them: read_csv, read_parquet, parquet_scan, glob…
const FILE_FUNCTION = /^(READ_\w+|\w+_SCAN|GLOB|SNIFF_CSV|PARQUET_\w+|\w+_METADATA)$/;
// After these words a string or quoted name is a table: DuckDB reads `FROM 'x.csv'` as a file.
const TABLE_POSITION = new Set(["FROM", "JOIN", "DESCRIBE", "SUMMARIZE", "TABLE"]);

// What may follow a WITH list and write: DuckDB refuses all of them there, but names them less clearly.
const WRITES = new Set(["INSERT", "UPDATE", "DELETE", "MERGE", "COPY"]);

/** Returns the statement word after a `WITH a AS (…), b AS (…)` list: the first word outside brackets. */
function afterWith(tokens: SqlToken[]): string | undefined {
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === "open") depth++;
    else if (t.text === ")") depth--;
    else if (depth === 0 && t.kind === "word" && (WRITES.has(t.text) || READ_STATEMENTS.includes(t.text)))
      return t.text;
  }
  return undefined;
}

function looksLikeFile(text: string): boolean {
  return /:\/\/|^[/~.]|[/\\*]|\.[a-z0-9]{1,8}$/i.test(text);
}

/**
 * Checks SQL a reader wrote before it runs: one statement that only reads, no function that opens a file
 * or URL, no file or URL in place of a table. Returns the refusal, or undefined when the SQL may run.
 * This check only words the refusal clearly, before the engine starts: what decides is DuckDB's own parser,
 * as runCell runs the SQL only inside `SELECT * FROM (…)`, one statement, on an engine with external access
 * off (openDatabase's `sandbox`), which refuses the same things whatever this misses.
 */
export function checkReaderSql(sql: string): Refusal | undefined {
  const tokens = sqlTokens(sql);
  const statements: SqlToken[][] = [[]];
  for (const t of tokens) {
    if (t.kind === "semicolon") statements.push([]);
    else statements.at(-1)?.push(t);
  }
  const nonEmpty = statements.filter((s) => s.length > 0);
  if (nonEmpty.length === 0) return { reason: "empty" };
  if (nonEmpty.length > 1) return { reason: "several" };
  const statement = nonEmpty[0] as SqlToken[];
  // EXPLAIN [ANALYZE] and a parenthesised query are judged by what follows them.
  let first = 0;
  while (statement[first]?.kind === "open" || ["EXPLAIN", "ANALYZE"].includes(statement[first]?.text ?? ""))
    first++;
  const head = statement[first] ?? statement[0];
  if (head?.kind !== "word" || !READ_STATEMENTS.includes(head.text)) {
    return { reason: "statement", word: head?.kind === "word" ? head.text : (head?.text ?? "") };
  }
  const main = head.text === "WITH" ? afterWith(statement.slice(first + 1)) : undefined;
  if (main && WRITES.has(main)) return { reason: "statement", word: main };
  for (const [i, t] of statement.entries()) {
    const next = statement[i + 1];
    if (t.kind === "word" && next?.kind === "open" && FILE_FUNCTION.test(t.text)) {
      return { reason: "function", name: t.text.toLowerCase() };
    }
    const before = statement[i - 1];
    if (
      (t.kind === "string" || t.kind === "quoted") &&
      before?.kind === "word" &&
      TABLE_POSITION.has(before.text)
    ) {
      if (looksLikeFile(t.text)) return { reason: "file", text: t.text };
    }
  }
  return undefined;
}
