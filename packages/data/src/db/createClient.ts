import { TABLE_NAMES, TABLES, type TableName } from "../tables.ts";
import type { Engine } from "./engine.ts";
import { type NamedQuery, QUERIES } from "./queries.ts";
import { toRows } from "./toRows.ts";

/** Options shared by both runtimes. */
export interface ClientOptions {
  /**
   * Turn off every file, URL and extension access once the tables are loaded (reader-written SQL in the
   * browser runs with this on): ATTACH, COPY, INSTALL, LOAD and read_csv('…') then fail.
   */
  sandbox?: boolean;
}

/** The data, queryable with SQL: the same interface in Node and in the browser. */
export interface NewareaDB {
  /** Runs SQL with positional `?` parameters; returns plain rows with BigInt/DECIMAL/DATE converted. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs one of the named queries the story uses (see QUERIES); returns its rows. */
  named<T = Record<string, unknown>>(name: NamedQuery, params?: readonly unknown[]): Promise<T[]>;
  /** Resolves when the engine has started and the tables are loaded; the first query waits for it. */
  ready(): Promise<void>;
  /**
   * Starts the downloads the first query needs (the engine's files, the tables) without starting the
   * engine: call it on a sign that a query is coming, such as a reader's pointer on a cell. Returns at once.
   */
  prefetch(): void;
  close(): Promise<void>;
}

/**
 * Builds the client over an engine that starts lazily, once, behind one promise however many callers
 * ask at the same time. `loadTable` returns a table's Arrow IPC bytes; `prefetchEngine` starts the
 * engine's downloads ahead of its start, where the runtime can.
 */
export function createClient(
  startEngine: () => Promise<Engine>,
  loadTable: (name: TableName) => Promise<Uint8Array>,
  options: ClientOptions = {},
  prefetchEngine?: () => void,
): NewareaDB {
  let tables: Promise<Uint8Array[]> | undefined;
  const loadTables = () => {
    tables ??= Promise.all(TABLE_NAMES.map((name) => loadTable(name)));
    // A failed download is not kept: the next start fetches again.
    tables.catch(() => {
      tables = undefined;
    });
    return tables;
  };
  let started: Promise<Engine> | undefined;
  const engine = () => {
    started ??= (async () => {
      // The tables download while the engine starts, not after it.
      const bytesPromise = loadTables();
      const e = await startEngine();
      // Offline, DuckDB-WASM hangs trying to download parquet/json on first use: refuse at once instead.
      // One call for the settings, one per table, one for the views (and the sandbox): in the browser each
      // is a round trip to the worker.
      await e.run(
        "SET autoinstall_known_extensions = false; SET autoload_known_extensions = false; CREATE SCHEMA IF NOT EXISTS data",
        [],
      );
      const bytes = await bytesPromise;
      tables = undefined;
      performance.mark("duckdb:tables-fetched");
      await Promise.all(TABLE_NAMES.map((name, i) => e.insertArrow("data", name, bytes[i] as Uint8Array)));
      // Views give the published column order and leave room for derived columns later.
      const views = TABLE_NAMES.map((name) => {
        const cols = TABLES[name].map((c) => `"${c.name}"`).join(", ");
        return `CREATE OR REPLACE VIEW main.${name} AS SELECT ${cols} FROM data.${name}`;
      });
      if (options.sandbox) views.push("SET enable_external_access = false", "SET lock_configuration = true");
      await e.run(views.join(";\n"), []);
      performance.mark("duckdb:ready");
      return e;
    })();
    // A failed start is not cached: the next call tries again.
    started.catch(() => {
      started = undefined;
    });
    return started;
  };
  const query = async <T>(sql: string, params: readonly unknown[] = []) =>
    toRows<T>(await (await engine()).run(sql, params));
  return {
    query,
    named: async <T>(name: NamedQuery, params: readonly unknown[] = []) => {
      const q = QUERIES[name];
      if (!q) throw new Error(`unknown named query "${name}"; known: ${Object.keys(QUERIES).join(", ")}`);
      return query<T>(q.sql, params);
    },
    ready: async () => {
      await engine();
    },
    prefetch: () => {
      if (started) return;
      prefetchEngine?.();
      loadTables().catch(() => undefined);
    },
    close: async () => {
      if (!started) return;
      const e = await started.catch(() => undefined);
      started = undefined;
      await e?.close();
    },
  };
}
