import type { Table } from "apache-arrow";

/** What the client needs from a DuckDB-WASM runtime: the Node (blocking) and browser (worker) sides both provide it. */
export interface Engine {
  /** Runs SQL with positional `?` parameters bound by DuckDB (never spliced into the text). */
  run(sql: string, params: readonly unknown[]): Promise<Table>;
  /** Loads an Arrow IPC stream as table `schema.name`. */
  insertArrow(schema: string, name: string, ipc: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
