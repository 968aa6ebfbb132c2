import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

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

/** Site path of the DuckDB-WASM files: `/duckdb/<version>/`. Long-cached (public/_headers). */
export function duckdbPath(): string {
  return `/duckdb/${duckdbVersion()}/`;
}

/** Where the compressed copies are kept between builds: brotli at its best takes about a minute per wasm. */
export function duckdbCacheDir(): string {
  // node_modules/@duckdb/duckdb-wasm/dist → node_modules/.cache
  return join(duckdbDistDir(), "..", "..", "..", ".cache", "newarea-duckdb", duckdbVersion());
}

/**
 * Returns the bytes a reader downloads for the eh engine (wasm and worker): the brotli size once the
 * compressed copies exist, the raw size before.
 */
export function engineDownloadBytes(): number {
  let total = 0;
  for (const f of ["duckdb-eh.wasm", "duckdb-browser-eh.worker.js"]) {
    const br = join(duckdbCacheDir(), `${f}.br`);
    total += statSync(existsSync(br) ? br : join(duckdbDistDir(), f)).size;
  }
  return total;
}
