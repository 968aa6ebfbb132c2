import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { usableTablesDir } from "../pipeline/tablesFolder.ts";
import type { TableName } from "../tables.ts";
import { type ClientOptions, createClient, type NewareaDB } from "./createClient.ts";
import { type BundleName, startNodeEngine } from "./nodeEngine.ts";

/** Options for the Node side. */
export interface NodeOptions extends ClientOptions {
  /** Folder holding the built `<table>.arrow` files; defaults to the package's own `dist/tables`. */
  tablesDir?: string;
  bundle?: BundleName;
}

/**
 * Returns the folder of the package's built tables (dist/tables), whether running from dist or from src
 * (or the complete build beside it, when a build was killed half-way through swapping it in).
 */
export function defaultTablesDir(): string {
  for (const rel of ["../tables/", "../../dist/tables/"]) {
    const dir = usableTablesDir(fileURLToPath(new URL(rel, import.meta.url)));
    if (dir) return dir;
  }
  throw new Error(
    "@newarea/data: no built tables found; run `npx newarea-data build` (or `npm run build`) first",
  );
}

/** The folder to load tables from: `tablesDir` (or the complete build beside it), else the package's own. */
function chooseTablesDir(tablesDir: string | undefined): string {
  if (tablesDir === undefined) return defaultTablesDir();
  const dir = usableTablesDir(tablesDir);
  if (!dir)
    throw new Error(
      `@newarea/data: no built tables in ${tablesDir}; run \`npx newarea-data build --out ${tablesDir}\` first`,
    );
  return dir;
}

/**
 * Opens the data in Node with DuckDB-WASM. Returns at once; the engine starts and the tables load on the
 * first query, once, however many callers.
 */
export function openDatabase(options: NodeOptions = {}): NewareaDB {
  // Chosen once for all the tables of a load, so that every table comes from the same folder; chosen
  // again after a failed read (a swap may have moved the folder), since the client then loads again.
  let dir: string | undefined;
  return createClient(
    () => startNodeEngine(options.bundle),
    async (name: TableName) => {
      dir ??= chooseTablesDir(options.tablesDir);
      const from = dir;
      try {
        return new Uint8Array(await readFile(join(from, `${name}.arrow`)));
      } catch (e) {
        dir = undefined;
        throw e;
      }
    },
    options,
  );
}
