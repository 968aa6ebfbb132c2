import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { loadData } from "./loadData.ts";
import { type Manifest, writeTables } from "./writeTables.ts";

/**
 * Finds the data folder: `data/` holding raw/figures.csv, in `from` or the nearest folder above it.
 * Returns its absolute path, or null.
 */
export function findDataDir(from: string): string | null {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, "data", "raw", "figures.csv"))) return join(dir, "data");
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** Validates `dataDir` and writes the tables to `outDir`. Returns the manifest; throws DataError on bad input. */
export function buildData(dataDir: string, outDir: string): Manifest {
  return writeTables(loadData(dataDir), outDir);
}
