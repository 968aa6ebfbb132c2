import type { Table } from "apache-arrow";

/** What the client needs from a DuckDB-WASM runtime: the Node (blocking) and browser (worker) sides both provide it. */
export interface Engine {
  /** Runs SQL with positional `?` parameters bound by DuckDB (never spliced into the text). */
  run(sql: string, params: readonly unknown[]): Promise<Table>;
  /**
   * Runs exactly one statement: DuckDB's own parser refuses text that holds more (a `;` hidden in a
   * comment or string included). Where the runtime can interrupt a query (the browser's worker), `signal`
   * cancels it and the returned promise rejects; the engine stays usable.
   */
  runOne(sql: string, params: readonly unknown[], signal?: AbortSignal): Promise<Table>;
  /** Loads an Arrow IPC stream as table `schema.name`. */
  insertArrow(schema: string, name: string, ipc: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
