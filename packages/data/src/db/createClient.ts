import { TABLE_NAMES, TABLES, type TableName } from "../tables.ts";
import { type Engine, EngineRestarted } from "./engine.ts";
import { type NamedQuery, QUERIES } from "./queries.ts";
import { toRows } from "./toRows.ts";

/** Options shared by both runtimes. */
export interface ClientOptions {
  /**
   * Turn off every file, URL and extension access once the tables are loaded (reader-written SQL in the
   * browser runs with this on): ATTACH, COPY, INSTALL, LOAD and read_csv('…') then fail.
   */
  sandbox?: boolean;
  /**
   * DuckDB's memory limit, set before the sandbox locks the settings ("256MB"): a query that needs more
   * fails at once with an Out of Memory Error instead of growing the page until the browser kills it.
   */
  memoryLimit?: string;
  /**
   * How long a cancelled `queryOne` may take to stop before the engine is replaced, in milliseconds
   * (CANCEL_GRACE_MS unless set). Only engines that can be killed (the browser's worker) are replaced.
   */
  cancelGraceMs?: number;
}

/**
 * A cancel reaches DuckDB-WASM's worker only between two steps of a query; an operator that never yields
 * (one scalar call running for minutes) keeps it from arriving. After this long the worker is replaced.
 */
export const CANCEL_GRACE_MS = 3000;

/** An engine while it serves: `end` rejects `dead`, and with it every call still waiting on the engine. */
interface Live {
  engine: Engine;
  dead: Promise<never>;
  end: (why: Error) => void;
  ending?: boolean;
}

function live(engine: Engine): Live {
  let end: (why: Error) => void = () => {};
  const dead = new Promise<never>((_, reject) => {
    end = reject;
  });
  dead.catch(() => undefined);
  return { engine, dead, end };
}

/** The data, queryable with SQL: the same interface in Node and in the browser. */
export interface NewareaDB {
  /** Runs SQL with positional `?` parameters; returns plain rows with BigInt/DECIMAL/DATE converted. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /**
   * Runs exactly one statement (DuckDB's parser refuses more) with positional `?` parameters; where the
   * runtime can interrupt it (the browser), `signal` cancels it and the engine stays usable. A query the
   * cancel does not stop within `cancelGraceMs` ends with its engine: a new one starts with the tables,
   * and every call that was waiting on the old one rejects with EngineRestarted once the new one answers.
   */
  queryOne<T = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
    signal?: AbortSignal,
  ): Promise<T[]>;
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

/** Loads the tables (`bytes`, downloaded meanwhile) into a started engine, with the views and settings. */
async function setUp(e: Engine, bytes: Promise<Uint8Array[]>, options: ClientOptions): Promise<void> {
  // Offline, DuckDB-WASM hangs trying to download parquet/json on first use: refuse at once instead.
  // One call for the settings, one per table, one for the views (and the sandbox): in the browser each
  // is a round trip to the worker.
  await e.run(
    "SET autoinstall_known_extensions = false; SET autoload_known_extensions = false; CREATE SCHEMA IF NOT EXISTS data",
    [],
  );
  const tables = await bytes;
  performance.mark("duckdb:tables-fetched");
  await Promise.all(TABLE_NAMES.map((name, i) => e.insertArrow("data", name, tables[i] as Uint8Array)));
  // Views give the published column order and leave room for derived columns later.
  const views = TABLE_NAMES.map((name) => {
    const cols = TABLES[name].map((c) => `"${c.name}"`).join(", ");
    return `CREATE OR REPLACE VIEW main.${name} AS SELECT ${cols} FROM data.${name}`;
  });
  if (options.memoryLimit) views.push(`SET memory_limit = '${options.memoryLimit.replaceAll("'", "")}'`);
  if (options.sandbox) views.push("SET enable_external_access = false", "SET lock_configuration = true");
  await e.run(views.join(";\n"), []);
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
  let started: Promise<Live> | undefined;
  // The engine `started` resolved to, once it has: the one a restart replaces.
  let serving: Live | undefined;
  const engine = () => {
    started ??= (async () => {
      // The tables download while the engine starts, not after it.
      const bytes = loadTables();
      const e = await startEngine();
      // Once arrived, the bytes are the engine's (a restart downloads them again).
      await setUp(
        e,
        bytes.then((b) => {
          tables = undefined;
          return b;
        }),
        options,
      );
      performance.mark("duckdb:ready");
      serving = live(e);
      return serving;
    })();
    // A failed start is not cached: the next call tries again.
    started.catch(() => {
      started = undefined;
    });
    return started;
  };
  // Ends `old` (its worker terminated), starts the next engine, then rejects every call left on `old`:
  // with EngineRestarted once the new engine answers, or with the reason it could not start.
  const restart = async (old: Live) => {
    if (old.ending) return;
    old.ending = true;
    old.engine.kill?.();
    if (serving === old) {
      serving = undefined;
      started = undefined;
    }
    old.end(
      await engine().then(
        () => new EngineRestarted(),
        (e: Error) => e,
      ),
    );
  };
  const grace = options.cancelGraceMs ?? CANCEL_GRACE_MS;
  // Runs `call` on the live engine; a cancel that has not ended it within the grace time restarts it.
  const onEngine = async <R>(call: (e: Engine) => Promise<R>, signal?: AbortSignal): Promise<R> => {
    const current = await engine();
    const settled = Promise.race([call(current.engine), current.dead]);
    if (!signal || !current.engine.kill) return settled;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      timer = setTimeout(() => void restart(current), grace);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    try {
      return await settled;
    } finally {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
    }
  };
  const query = async <T>(sql: string, params: readonly unknown[] = []) =>
    toRows<T>(await onEngine((e) => e.run(sql, params)));
  return {
    query,
    queryOne: async <T>(sql: string, params: readonly unknown[] = [], signal?: AbortSignal) =>
      toRows<T>(await onEngine((e) => e.runOne(sql, params, signal), signal)),
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
      serving = undefined;
      await e?.engine.close();
    },
  };
}
