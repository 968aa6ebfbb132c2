import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { crc32 } from "node:zlib";
import {
  applyExportPlan,
  type ExportPlan,
  glueIdentifiers,
  patchDuckdbGlue,
  planExports,
} from "@newarea/data";

const require = createRequire(import.meta.url);

/** The DuckDB-WASM files the notebook ships: the eh build (wasm exceptions) and the mvp fallback. */
export const DUCKDB_FILES = [
  "duckdb-eh.wasm",
  "duckdb-browser-eh.worker.js",
  "duckdb-mvp.wasm",
  "duckdb-browser-mvp.worker.js",
] as const;

/** Folder of the installed @duckdb/duckdb-wasm's dist files. */
export function duckdbDistDir(): string {
  return dirname(require.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"));
}

/** The installed DuckDB-WASM version, which names the site folder so that a new version is a new address. */
export function duckdbVersion(): string {
  const pkg = join(duckdbDistDir(), "..", "package.json");
  return (JSON.parse(readFileSync(pkg, "utf8")) as { version: string }).version;
}

type DuckdbFile = (typeof DUCKDB_FILES)[number];
type WasmFile = "duckdb-eh.wasm" | "duckdb-mvp.wasm";
/** The worker whose glue loads each wasm. */
const WORKER_OF = {
  "duckdb-eh.wasm": "duckdb-browser-eh.worker.js",
  "duckdb-mvp.wasm": "duckdb-browser-mvp.worker.js",
} as const satisfies Record<WasmFile, DuckdbFile>;

const plans = new Map<WasmFile, ExportPlan>();
const served = new Map<DuckdbFile, Buffer>();

/** Which of a wasm's exports its worker's glue can look up (the rest are dropped: @newarea/data's planExports). */
function exportPlan(file: WasmFile): ExportPlan {
  let plan = plans.get(file);
  if (!plan) {
    const glue = readFileSync(join(duckdbDistDir(), WORKER_OF[file]), "utf8");
    plan = planExports(readFileSync(join(duckdbDistDir(), file)), glueIdentifiers([glue]), crc32);
    plans.set(file, plan);
  }
  return plan;
}

/**
 * Returns a DuckDB-WASM file as the site serves it: the worker scripts with their glue patched
 * (`patchDuckdbGlue`: a faster start, and the page hands them the wasm it compiled), the wasm without the
 * ~75,000 exports its glue never looks up (`applyExportPlan`: 7.4 MB less to download and compile, and a far
 * quicker instantiation in the worker). Throws when the plan does not apply: the site never serves a wasm
 * its glue was not checked against.
 */
export function duckdbFileBytes(file: DuckdbFile): Buffer {
  const cached = served.get(file);
  if (cached) return cached;
  const raw = readFileSync(join(duckdbDistDir(), file));
  let bytes: Buffer;
  if (file.endsWith(".worker.js")) bytes = Buffer.from(patchDuckdbGlue(raw.toString("utf8"), file));
  else {
    const stripped = applyExportPlan(raw, exportPlan(file as WasmFile), crc32);
    if (!stripped) throw new Error(`${file}: its export plan does not apply to the installed file`);
    bytes = Buffer.from(stripped.buffer, stripped.byteOffset, stripped.byteLength);
  }
  served.set(file, bytes);
  return bytes;
}

let patchHash: string | undefined;

/**
 * A short hash of what our build decides in the served files: the patched worker scripts and the exports
 * kept in each wasm (the rest of a wasm's bytes are the published ones, named by the version).
 */
function duckdbPatchHash(): string {
  if (!patchHash) {
    const hash = createHash("sha256");
    for (const f of DUCKDB_FILES) {
      if (f.endsWith(".worker.js")) hash.update(duckdbFileBytes(f));
      else hash.update(JSON.stringify(exportPlan(f as WasmFile).exports));
    }
    patchHash = hash.digest("hex").slice(0, 8);
  }
  return patchHash;
}

/**
 * Site path of the DuckDB-WASM files: `/duckdb/<version>-<hash of the patched workers>/`, so that a new
 * DuckDB-WASM or a new patch is a new address. Long-cached (public/_headers).
 */
export function duckdbPath(): string {
  return `/duckdb/${duckdbVersion()}-${duckdbPatchHash()}/`;
}

/** Where the compressed copies are kept between builds: brotli at its best takes about a minute per wasm. */
export function duckdbCacheDir(): string {
  // node_modules/@duckdb/duckdb-wasm/dist → node_modules/.cache
  return join(duckdbDistDir(), "..", "..", "..", ".cache", "newarea-duckdb", duckdbVersion());
}

/** The cached compressed copy of `file` (`suffix` .br or .gz); its name carries the hash of our changes. */
export function duckdbCachedCopy(file: DuckdbFile, suffix: ".br" | ".gz"): string {
  return join(duckdbCacheDir(), `${file}.${duckdbPatchHash()}${suffix}`);
}

/**
 * Returns the bytes a reader downloads for the eh engine (wasm and worker): the brotli size once the
 * compressed copies exist, the raw size before.
 */
export function engineDownloadBytes(): number {
  let total = 0;
  for (const f of ["duckdb-eh.wasm", "duckdb-browser-eh.worker.js"] as const) {
    const br = duckdbCachedCopy(f, ".br");
    total += existsSync(br) ? statSync(br).size : duckdbFileBytes(f).length;
  }
  return total;
}
