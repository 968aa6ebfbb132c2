import { createRequire } from "node:module";
import type { Table } from "apache-arrow";
import type { Engine } from "./engine.ts";

const require = createRequire(import.meta.url);

/** Which DuckDB-WASM build: `eh` (wasm exceptions, faster) or `mvp` (any wasm runtime). */
export type BundleName = "eh" | "mvp";

/** Starts DuckDB-WASM in this Node process through its blocking bundle (no worker). */
export async function startNodeEngine(bundle: BundleName = "eh"): Promise<Engine> {
  // The blocking bundle is CommonJS; require keeps it out of any browser build.
  const duckdb =
    require("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs") as typeof import("@duckdb/duckdb-wasm/blocking");
  const file = (f: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${f}`);
  const bundles = {
    mvp: { mainModule: file("duckdb-mvp.wasm"), mainWorker: file("duckdb-node-mvp.worker.cjs") },
    eh: { mainModule: file("duckdb-eh.wasm"), mainWorker: file("duckdb-node-eh.worker.cjs") },
  };
  const selected = bundle === "mvp" ? { mvp: bundles.mvp } : bundles;
  const db = await duckdb.createDuckDB(selected, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({ query: { castDecimalToDouble: true } });
  const conn = db.connect();
  return {
    run: async (sql, params) => {
      if (params.length === 0) return conn.query(sql) as Table;
      const stmt = conn.prepare(sql);
      try {
        return stmt.query(...params) as Table;
      } finally {
        stmt.close();
      }
    },
    insertArrow: async (schema, name, ipc) => {
      conn.insertArrowFromIPCStream(ipc, { schema, name });
    },
    close: async () => {
      conn.close();
      await db.reset();
    },
  };
}
