import * as duckdb from "@duckdb/duckdb-wasm";
import type { Table } from "apache-arrow";
import type { Engine } from "./engine.ts";
import { sendOne } from "./sendOne.ts";
import { compileWasm } from "./wasmDownload.ts";

/** Where the self-hosted DuckDB-WASM files are: one module/worker pair per build. Never a CDN. */
export interface BrowserBundles {
  mvp: { mainModule: string; mainWorker: string };
  eh?: { mainModule: string; mainWorker: string };
  /**
   * The worker scripts are DuckDB-WASM's with `patchDuckdbGlue` applied (see `@newarea/data/node`). The page
   * then fetches and compiles the wasm itself, once, as it downloads, from `prefetch()` on, and hands the
   * worker the compiled module. Without it the worker fetches and compiles the wasm when the engine starts.
   */
  patched?: boolean;
}

/** Reports download progress: bytes so far, the total when known, and what is loading. */
export type ProgressHandler = (loaded: number, total: number | null, what: string) => void;

/** DuckDB-WASM in a worker, in two steps: the downloads (on a sign of intent), then the start. */
export interface BrowserEngine {
  /** Starts the worker and, with patched workers, the wasm's download and compilation. Returns at once. */
  prefetch(): void;
  /** Starts the engine, prefetching first if not done; rejects when the worker or the wasm cannot be had. */
  start(): Promise<Engine>;
}

interface Prepared {
  bundle: duckdb.DuckDBBundle;
  worker: Worker;
  /** Rejects when the worker script cannot start (missing, blocked). */
  failed: Promise<never>;
  module?: Promise<WebAssembly.Module>;
}

/** Rejects when the worker reports that its script could not load; DuckDB-WASM 1.32 would wait forever. */
function workerFailure(worker: Worker, url: string): Promise<never> {
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener(
      "error",
      (e) =>
        reject(
          new Error(`DuckDB-WASM: the worker ${url} could not start${e.message ? ` (${e.message})` : ""}`),
        ),
      { once: true },
    );
  });
  failed.catch(() => undefined);
  return failed;
}

/**
 * Returns DuckDB-WASM in a Web Worker from self-hosted files, eh build where the browser can run it. The
 * wasm download is reported as `what = "duckdb-wasm"`. Leaves performance marks for where the time goes
 * (DevTools, the notebook benchmark): duckdb:prefetch, duckdb:compiled, duckdb:start, duckdb:instantiated,
 * duckdb:opened (and createClient's duckdb:tables-fetched, duckdb:ready).
 */
export function browserEngine(bundles: BrowserBundles, onProgress?: ProgressHandler): BrowserEngine {
  // The bundle and the compiled wasm are kept: an engine started again (after a restart) reuses them.
  let files: Promise<{ bundle: duckdb.DuckDBBundle; module?: Promise<WebAssembly.Module> }> | undefined;
  const loadFiles = () => {
    files ??= (async () => {
      const bundle = await duckdb.selectBundle(bundles as duckdb.DuckDBBundles);
      if (!bundle.mainWorker) throw new Error("DuckDB-WASM: no worker script for the selected bundle");
      if (!bundles.patched) return { bundle };
      // Shared with anyone who started it before (wasmDownload.ts): one download per page.
      const module = compileWasm(
        bundle.mainModule,
        onProgress && ((loaded, total) => onProgress(loaded, total, "duckdb-wasm")),
      );
      // A failed download or compilation is not kept: the next start tries again.
      module.catch(() => {
        files = undefined;
      });
      return { bundle, module };
    })();
    files.catch(() => {
      files = undefined;
    });
    return files;
  };
  let prepared: Promise<Prepared> | undefined;
  const prepare = () => {
    prepared ??= (async () => {
      performance.mark("duckdb:prefetch");
      const { bundle, module } = await loadFiles();
      const worker = new Worker(bundle.mainWorker as string);
      const failed = workerFailure(worker, bundle.mainWorker as string);
      return { bundle, worker, failed, module };
    })();
    // A failed preparation (no bundle for this browser) is not kept: the next call tries again.
    prepared.catch(() => {
      prepared = undefined;
    });
    return prepared;
  };
  return {
    prefetch: () => {
      prepare().catch(() => undefined);
    },
    start: async () => {
      performance.mark("duckdb:start");
      const { bundle, worker, failed, module } = await prepare();
      // Whatever happens next, this worker is used up: a later start prepares a new one.
      prepared = undefined;
      const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
      try {
        // The patched worker takes the compiled module where DuckDB-WASM's API says URL.
        const main = module
          ? ((await Promise.race([module, failed])) as unknown as string)
          : bundle.mainModule;
        await Promise.race([
          db.instantiate(main, bundle.pthreadWorker, (p) =>
            onProgress?.(p.bytesLoaded, p.bytesTotal > 0 ? p.bytesTotal : null, "duckdb-wasm"),
          ),
          failed,
        ]);
        performance.mark("duckdb:instantiated");
        await db.open({ query: { castDecimalToDouble: true } });
        performance.mark("duckdb:opened");
      } catch (e) {
        worker.terminate();
        throw e;
      }
      return connect(db);
    },
  };
}

async function connect(db: duckdb.AsyncDuckDB): Promise<Engine> {
  const conn = await db.connect();
  return {
    run: async (sql, params) => {
      if (params.length === 0) return (await conn.query(sql)) as Table;
      const stmt = await conn.prepare(sql);
      try {
        return (await stmt.query(...params)) as Table;
      } finally {
        await stmt.close();
      }
    },
    runOne: (sql, params, signal) => sendOne(conn, sql, params, signal),
    insertArrow: async (schema, name, ipc) => {
      await conn.insertArrowFromIPCStream(ipc, { schema, name });
    },
    close: async () => {
      await conn.close();
      await db.terminate();
    },
    // terminate() ends the worker synchronously, before its first await.
    kill: () => void db.terminate(),
  };
}
