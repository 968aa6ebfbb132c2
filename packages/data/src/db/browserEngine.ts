import * as duckdb from "@duckdb/duckdb-wasm";
import type { Table } from "apache-arrow";
import type { Engine } from "./engine.ts";

/** Where the self-hosted DuckDB-WASM files are: one module/worker pair per build. Never a CDN. */
export interface BrowserBundles {
  mvp: { mainModule: string; mainWorker: string };
  eh?: { mainModule: string; mainWorker: string };
}

/** Reports download progress: bytes so far, the total when known, and what is loading. */
export type ProgressHandler = (loaded: number, total: number | null, what: string) => void;

/**
 * Starts DuckDB-WASM in a Web Worker from self-hosted files; picks the eh build where the browser can run
 * it. Reports the wasm download as `what = "duckdb-wasm"`. Rejects when the worker script cannot start.
 */
export async function startBrowserEngine(
  bundles: BrowserBundles,
  onProgress?: ProgressHandler,
): Promise<Engine> {
  const bundle = await duckdb.selectBundle(bundles as duckdb.DuckDBBundles);
  if (!bundle.mainWorker) throw new Error("DuckDB-WASM: no worker script for the selected bundle");
  const worker = new Worker(bundle.mainWorker);
  // DuckDB-WASM 1.32 waits forever when its worker fails to load (missing, blocked): reject instead.
  const workerFailed = new Promise<never>((_, reject) => {
    worker.addEventListener(
      "error",
      (e) =>
        reject(
          new Error(
            `DuckDB-WASM: the worker ${bundle.mainWorker} could not start${e.message ? ` (${e.message})` : ""}`,
          ),
        ),
      { once: true },
    );
  });
  workerFailed.catch(() => undefined);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await Promise.race([
      db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) =>
        onProgress?.(p.bytesLoaded, p.bytesTotal > 0 ? p.bytesTotal : null, "duckdb-wasm"),
      ),
      workerFailed,
    ]);
    await db.open({ query: { castDecimalToDouble: true } });
  } catch (e) {
    worker.terminate();
    throw e;
  }
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
    insertArrow: async (schema, name, ipc) => {
      await conn.insertArrowFromIPCStream(ipc, { schema, name });
    },
    close: async () => {
      await conn.close();
      await db.terminate();
    },
  };
}
