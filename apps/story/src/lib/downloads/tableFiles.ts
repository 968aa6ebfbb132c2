import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Manifest } from "@newarea/data";
import { tablesDir } from "@newarea/press";

/** Where the table files are published on the site. The notebook loads its `.arrow` files from here too. */
export const TABLES_PATH = "/data/tables/";

/** Returns the data package's manifest: every table file with its size and SHA-256. */
export function readManifest(): Manifest {
  return JSON.parse(readFileSync(join(tablesDir(), "manifest.json"), "utf8")) as Manifest;
}

/** Returns the bytes of one built table file (`figures.parquet`), as the data package wrote it. */
export function readTableFile(file: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(tablesDir(), file)));
}
