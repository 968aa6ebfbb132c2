import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
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

/**
 * Validates `dataDir` and writes the tables to `outDir`. Returns the manifest; throws DataError on bad
 * input, and an Error, deleting nothing, when `outDir` is the data folder, inside it or holds it, is a
 * file, or holds anything a build did not write.
 */
export function buildData(dataDir: string, outDir: string): Manifest {
  const data = realPath(dataDir);
  const out = realPath(outDir);
  if (out === data) throw new Error(`${outDir} is the data folder: write the tables somewhere else`);
  if (isInside(out, data)) {
    throw new Error(`${outDir} is inside the data folder ${dataDir}: write the tables somewhere else`);
  }
  if (isInside(data, out)) {
    throw new Error(`${outDir} holds the data folder ${dataDir}: write the tables somewhere else`);
  }
  return writeTables(loadData(dataDir), out);
}

/** The path with every symbolic link resolved, for the part that exists; the rest appended as given. */
function realPath(path: string): string {
  const abs = resolve(path);
  if (existsSync(abs)) return realpathSync(abs);
  const up = dirname(abs);
  return up === abs ? abs : join(realPath(up), basename(abs));
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
