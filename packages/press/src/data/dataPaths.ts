import { resolve } from "node:path";
import { defaultTablesDir, findDataDir } from "@newarea/data";

/**
 * The folder of the built tables the site reads: NEWAREA_TABLES_DIR when set (a test or a preview of
 * other data), else the data package's own dist/tables.
 */
export function tablesDir(): string {
  // Without a trailing slash: the data build renames the folder as a whole.
  return resolve(process.env.NEWAREA_TABLES_DIR || defaultTablesDir());
}

/** The data folder (`data/`, with raw/ and sources/) `npm run dev` watches: NEWAREA_DATA_DIR, or the repository's. */
export function dataDir(): string {
  const dir = process.env.NEWAREA_DATA_DIR || findDataDir(process.cwd());
  if (!dir) throw new Error("cannot find the data folder (data/raw/figures.csv) above the working folder");
  return resolve(dir);
}
