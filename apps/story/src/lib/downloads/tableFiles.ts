import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_PACKAGE_FILE, type DataPackage, type Manifest, withPathPrefix } from "@newarea/data";
import { tablesDir } from "@newarea/press";

/** Where the table files are published on the site. The notebook loads its `.arrow` files from here too. */
export const TABLES_PATH = "/data/tables/";

/** Where the site publishes datapackage.json: beside the tables folder, which its paths point into. */
export const DATA_PACKAGE_PATH = "/data/datapackage.json";

/**
 * Returns the datapackage.json the data build wrote beside the tables, with its paths moved under
 * `tables/`: the site serves it one folder above the files it describes.
 */
export function readDataPackage(): DataPackage {
  const pkg = JSON.parse(readFileSync(join(tablesDir(), DATA_PACKAGE_FILE), "utf8")) as DataPackage;
  return withPathPrefix(pkg, TABLES_PATH.replace(/^\/data\//, ""));
}

/** Returns the data package's manifest: every table file with its size and SHA-256. */
export function readManifest(): Manifest {
  return JSON.parse(readFileSync(join(tablesDir(), "manifest.json"), "utf8")) as Manifest;
}

/** Returns the bytes of one built table file (`figures.parquet`), as the data package wrote it. */
export function readTableFile(file: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(tablesDir(), file)));
}
