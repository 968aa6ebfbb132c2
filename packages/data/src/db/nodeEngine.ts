import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Table } from "apache-arrow";
import { patchDuckdbGlue } from "./duckdbGlue.ts";
import type { Engine } from "./engine.ts";
import { runCommonJs } from "./runCommonJs.ts";
import {
  type ExportPlan,
  exportSection,
  glueIdentifiers,
  planExports,
  sectionMatches,
} from "./wasmExports.ts";

const require = createRequire(import.meta.url);
// node:zlib's CRC-32 (Node ≥ 20.15; wasmExports.ts has a slower one for older Node), through require: a
// named ES import of it would fail to link where it is missing.
const { crc32 } = require("node:zlib") as { crc32?: (data: Uint8Array) => number };

/** Which DuckDB-WASM build: `eh` (wasm exceptions, faster) or `mvp` (any wasm runtime). */
export type BundleName = "eh" | "mvp";

type Blocking = typeof import("@duckdb/duckdb-wasm/blocking");

const BUNDLE = "@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs";
// Written by scripts/duckdbBundle.ts at build time: the bundle patched, with Arrow inlined. Absent when
// running from src (tests), where the bundle is patched as it loads.
const VENDORED = fileURLToPath(new URL("../vendor/duckdb-node-blocking.cjs", import.meta.url));
// Also written by scripts/duckdbBundle.ts: which of each wasm's exports the glue can look up (wasmExports.ts).
const VENDORED_PLANS = fileURLToPath(new URL("../vendor/duckdb-exports.json", import.meta.url));
let loaded: { duckdb: Blocking; patched: boolean } | undefined;

/**
 * Returns DuckDB-WASM's blocking bundle (CommonJS; require keeps it out of any browser build), its glue
 * rewritten by patchDuckdbGlue: the copy built into dist/vendor, compiled from V8's code cache after the
 * first start, else the installed bundle patched now. Falls back to the bundle as published when the
 * rewrite does not apply (another DuckDB-WASM version): slower to start, same results;
 * test/db/duckdbGlue.test.ts fails then.
 */
export function loadBlockingBundle(): { duckdb: Blocking; patched: boolean } {
  if (loaded) return loaded;
  if (existsSync(VENDORED)) {
    const source = readFileSync(VENDORED, "utf8");
    // V8 rejects a code cache made under other flags: one cache per tiering budget, so that the CLI and
    // the API, run in turn, do not each throw the other's away.
    const name = `duckdb-node-blocking${tieringBudget === undefined ? "" : `-tiering-${tieringBudget}`}`;
    loaded = { duckdb: runCommonJs<Blocking>(VENDORED, source, name), patched: true };
    return loaded;
  }
  const path = require.resolve(BUNDLE);
  let source: string;
  try {
    source = patchDuckdbGlue(readFileSync(path, "utf8"), path);
  } catch {
    loaded = { duckdb: require(path) as Blocking, patched: false };
    return loaded;
  }
  loaded = { duckdb: runCommonJs<Blocking>(path, source), patched: true };
  return loaded;
}

let tieringBudget: number | undefined;

/**
 * Sets V8's wasm tiering budget for this process (V8's default: 13,000,000), before DuckDB-WASM starts.
 * V8 recompiles a wasm function with its optimizing compiler once it has run for a while. DuckDB's start
 * runs enough code to queue many such jobs, which Node waits for at exit: about 0.1 s of a 0.6 s
 * `newarea-data query`. A larger budget leaves start-up code to the baseline compiler, while a long query's
 * hot loops still reach the optimizer, a little later. For a process that answers one query and exits.
 */
export function setWasmTieringBudget(bytes: number): void {
  if (loaded) throw new Error("setWasmTieringBudget: DuckDB-WASM has already started in this process");
  (require("node:v8") as typeof import("node:v8")).setFlagsFromString(`--wasm-tiering-budget=${bytes}`);
  tieringBudget = bytes;
}

type WasmFile = "duckdb-eh.wasm" | "duckdb-mvp.wasm";
/** The export plans of the wasm files, by file name, as scripts/duckdbBundle.ts writes them. */
export type ExportPlans = Record<WasmFile, ExportPlan>;

/**
 * Returns the export plans for the installed DuckDB-WASM's wasm files, made from the blocking bundle's glue
 * (which holds the glue of both): the ones built into dist/vendor, else made now (from src, in tests: about
 * 0.2 s).
 */
export function duckdbExportPlans(): ExportPlans {
  if (existsSync(VENDORED_PLANS)) return JSON.parse(readFileSync(VENDORED_PLANS, "utf8")) as ExportPlans;
  const names = glueIdentifiers([readFileSync(require.resolve(BUNDLE), "utf8")]);
  const plan = (file: WasmFile) =>
    planExports(readFileSync(require.resolve(`@duckdb/duckdb-wasm/dist/${file}`)), names, crc32);
  return { "duckdb-eh.wasm": plan("duckdb-eh.wasm"), "duckdb-mvp.wasm": plan("duckdb-mvp.wasm") };
}

let plans: ExportPlans | undefined;

/** Reads `into.length` bytes of the file `fd` from `position`. */
function readAt(fd: number, into: Uint8Array, position: number): void {
  for (let done = 0; done < into.length; ) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) throw new Error("@newarea/data: the wasm file ended early (changed while read?)");
    done += n;
  }
}

/**
 * Reads a DuckDB-WASM wasm file without the exports its glue never looks up (wasmExports.ts): a fifth
 * smaller, and quicker to compile and far quicker to instantiate. The kept part is read straight into the
 * bytes to compile (a copy of 27 MB took 25 ms). As published when the file is not the one the plan was
 * made for (another DuckDB-WASM installed since the build): slower, same results.
 */
export function readDuckdbWasm(
  path: string,
  file: WasmFile,
): { bytes: Uint8Array<ArrayBuffer>; stripped: boolean } {
  plans ??= duckdbExportPlans();
  const plan = plans[file];
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    if (size === plan.wasmLength) {
      const old = new Uint8Array(plan.sectionEnd - plan.sectionStart);
      readAt(fd, old, plan.sectionStart);
      if (sectionMatches(old, plan, crc32)) {
        const section = exportSection(plan);
        const bytes = new Uint8Array(size - old.length + section.length);
        readAt(fd, bytes.subarray(0, plan.sectionStart), 0);
        bytes.set(section, plan.sectionStart);
        readAt(fd, bytes.subarray(plan.sectionStart + section.length), plan.sectionEnd);
        return { bytes, stripped: true };
      }
    }
    const bytes = new Uint8Array(size);
    readAt(fd, bytes, 0);
    return { bytes, stripped: false };
  } finally {
    closeSync(fd);
  }
}

/**
 * Starts DuckDB-WASM in this Node process through its blocking bundle (no worker). Leaves performance
 * marks for where the time goes: duckdb:compiled, duckdb:bundle-loaded, duckdb:instantiated, duckdb:opened.
 */
export async function startNodeEngine(bundle: BundleName = "eh"): Promise<Engine> {
  const file = (f: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${f}`);
  const paths = {
    mvp: { mainModule: file("duckdb-mvp.wasm"), mainWorker: file("duckdb-node-mvp.worker.cjs") },
    eh: { mainModule: file("duckdb-eh.wasm"), mainWorker: file("duckdb-node-eh.worker.cjs") },
  };
  // Read and start compiling first: V8 compiles on background threads while this thread loads the
  // bundle's JavaScript (synchronously: an asynchronous read would only hand over its bytes once that is
  // done), and the patched glue instantiates the compiled module instead of reading the file again.
  const { bytes } = readDuckdbWasm(paths[bundle].mainModule, `duckdb-${bundle}.wasm`);
  const compiled = WebAssembly.compile(bytes).then((module) => {
    performance.mark("duckdb:compiled");
    return module;
  });
  compiled.catch(() => undefined);
  const { duckdb, patched } = loadBlockingBundle();
  performance.mark("duckdb:bundle-loaded");
  // Typed as a path; the patched glue also takes the module. (Where wasm exceptions are missing,
  // createDuckDB picks mvp, by path.) The glue as published reads the published wasm from its path: the
  // module compiled above goes unused, and the start is slower with the same results.
  if (patched) paths[bundle].mainModule = (await compiled) as unknown as string;
  const db = await duckdb.createDuckDB(
    bundle === "mvp" ? { mvp: paths.mvp } : paths,
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  performance.mark("duckdb:instantiated");
  db.open({ query: { castDecimalToDouble: true } });
  performance.mark("duckdb:opened");
  const conn = db.connect();
  // A prepared statement is one statement: DuckDB refuses to prepare more.
  const runPrepared = (sql: string, params: readonly unknown[]) => {
    const stmt = conn.prepare(sql);
    try {
      return stmt.query(...params) as Table;
    } finally {
      stmt.close();
    }
  };
  return {
    run: async (sql, params) => (params.length === 0 ? (conn.query(sql) as Table) : runPrepared(sql, params)),
    // Blocking: nothing can interrupt it, so the signal is only checked before it starts.
    runOne: async (sql, params, signal) => {
      signal?.throwIfAborted();
      return runPrepared(sql, params);
    },
    insertArrow: async (schema, name, ipc) => {
      conn.insertArrowFromIPCStream(ipc, { schema, name });
    },
    // No db.reset(): in DuckDB-WASM it opens a new database in place of the old one (170 ms). Dropped, the
    // instance and its memory go with the garbage collector.
    close: async () => {
      conn.close();
    },
  };
}
