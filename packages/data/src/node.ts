import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ClientOptions, createClient, type NewareaDB } from "./db/createClient.ts";
import { type BundleName, startNodeEngine } from "./db/nodeEngine.ts";
import type { TableName } from "./tables.ts";

// Everything shared, plus the Node-only pieces: openDatabase over files, and the build pipeline.
export * from "./index.ts";
export { buildData, findDataDir } from "./pipeline/buildData.ts";
export { DataError, type DataErrorDetail } from "./pipeline/DataError.ts";
export { loadData } from "./pipeline/loadData.ts";
export type { Manifest, ManifestFile } from "./pipeline/writeTables.ts";

/** Options for the Node side. */
export interface NodeOptions extends ClientOptions {
  /** Folder holding the built `<table>.arrow` files; defaults to the package's own `dist/tables`. */
  tablesDir?: string;
  bundle?: BundleName;
}

/** Returns the folder of the package's built tables (dist/tables), whether running from dist or from src. */
export function defaultTablesDir(): string {
  for (const rel of ["./tables/", "../dist/tables/"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}figures.arrow`)) return dir;
  }
  throw new Error(
    "@newarea/data: no built tables found; run `npx newarea-data build` (or `npm run build`) first",
  );
}

/**
 * Opens the data in Node with DuckDB-WASM. Returns at once; the engine starts and the tables load on the
 * first query, once, however many callers.
 */
export function openDatabase(options: NodeOptions = {}): NewareaDB {
  return createClient(
    () => startNodeEngine(options.bundle),
    async (name: TableName) => {
      const dir = options.tablesDir ?? defaultTablesDir();
      return new Uint8Array(readFileSync(`${dir.replace(/\/?$/, "/")}${name}.arrow`));
    },
    options,
  );
}
