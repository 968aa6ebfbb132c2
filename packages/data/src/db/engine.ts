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
  /**
   * Ends the engine at once, whatever it is doing (the browser terminates its worker); calls still waiting
   * on it never settle. Only where a query can outlive its cancel: an operator that never yields.
   */
  kill?(): void;
}

/**
 * A query on an engine that was replaced while it ran: a cancelled query did not stop within the grace
 * time, so the client ended the engine and started a new one with the published tables.
 */
export class EngineRestarted extends Error {
  constructor() {
    super("@newarea/data: the query engine was restarted because a cancelled query did not stop");
    this.name = "EngineRestarted";
  }
}
