import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { TableName } from "../tables.ts";
import { type ClientOptions, createClient, type NewareaDB } from "./createClient.ts";
import { type BundleName, startNodeEngine } from "./nodeEngine.ts";

/** Options for the Node side. */
export interface NodeOptions extends ClientOptions {
  /** Folder holding the built `<table>.arrow` files; defaults to the package's own `dist/tables`. */
  tablesDir?: string;
  bundle?: BundleName;
}

/** Returns the folder of the package's built tables (dist/tables), whether running from dist or from src. */
export function defaultTablesDir(): string {
  for (const rel of ["../tables/", "../../dist/tables/"]) {
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
      return new Uint8Array(await readFile(`${dir.replace(/\/?$/, "/")}${name}.arrow`));
    },
    options,
  );
}
