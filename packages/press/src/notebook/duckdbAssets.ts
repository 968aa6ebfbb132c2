import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { patchDuckdbGlue } from "@newarea/data";

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

/**
 * Returns a DuckDB-WASM file as the site serves it: the worker scripts with their glue patched
 * (`patchDuckdbGlue`: a faster start, and the page hands them the wasm it compiled), the wasm as published.
 */
export function duckdbFileBytes(file: (typeof DUCKDB_FILES)[number]): Buffer {
  const raw = readFileSync(join(duckdbDistDir(), file));
  return file.endsWith(".worker.js") ? Buffer.from(patchDuckdbGlue(raw.toString("utf8"), file)) : raw;
}

let patchHash: string | undefined;

/** A short hash of the patched worker scripts: the part of the served files our patch decides. */
function duckdbPatchHash(): string {
  if (!patchHash) {
    const hash = createHash("sha256");
    for (const f of DUCKDB_FILES) if (f.endsWith(".worker.js")) hash.update(duckdbFileBytes(f));
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

/** The cached compressed copy of `file` (`suffix` .br or .gz); a patched worker's name carries the hash. */
export function duckdbCachedCopy(file: (typeof DUCKDB_FILES)[number], suffix: ".br" | ".gz"): string {
  const name = file.endsWith(".worker.js") ? `${file}.${duckdbPatchHash()}` : file;
  return join(duckdbCacheDir(), `${name}${suffix}`);
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
