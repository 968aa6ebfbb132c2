import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { TABLE_NAMES } from "../tables.ts";
import { DATA_PACKAGE_FILE } from "./dataPackage.ts";

/** The formats every table is written in. */
export const FORMATS = ["arrow", "parquet", "csv", "json"] as const;

/** Version of manifest.json's layout, written into the marker. */
export const MANIFEST_VERSION = 1;

/**
 * The file a build writes into its output folder, last: proof that a build made the folder, so that the
 * next build may replace it. A folder without it is never deleted.
 */
export const MARKER = ".newarea-tables";

/** The marker's content. */
export const MARKER_TEXT = `newarea-data tables, manifest version ${MANIFEST_VERSION}\n`;

/** A folder a build makes beside the output while it works: `<out>.tmp-<pid>` (staging) or `<out>.old-<pid>`. */
export interface Staging {
  path: string;
  kind: "tmp" | "old";
  pid: number;
}

/** Returns the path of a staging folder of `out` for process `pid`. */
export function stagingPath(out: string, kind: Staging["kind"], pid = process.pid): string {
  return `${out}.${kind}-${pid}`;
}

/** Returns the staging folders that sit beside `out`, whoever made them. */
export function stagingFolders(out: string): Staging[] {
  const parent = dirname(out);
  if (!existsSync(parent)) return [];
  const name = basename(out);
  const found: Staging[] = [];
  for (const entry of readdirSync(parent)) {
    if (!entry.startsWith(`${name}.`)) continue;
    const m = /^\.(tmp|old)-(\d+)$/.exec(entry.slice(name.length));
    const path = join(parent, entry);
    if (m && lstatSync(path).isDirectory())
      found.push({ path, kind: m[1] as Staging["kind"], pid: Number(m[2]) });
  }
  return found;
}

/**
 * Returns the entries of `dir` that no build writes: anything but the tables, manifest.json,
 * datapackage.json, the marker and the files listed in the folder's own manifest.json (an older build may
 * have written other tables).
 */
export function foreignEntries(dir: string): string[] {
  const ours = new Set<string>([MARKER, "manifest.json", DATA_PACKAGE_FILE]);
  for (const t of TABLE_NAMES) for (const f of FORMATS) ours.add(`${t}.${f}`);
  for (const file of listedFiles(dir)) ours.add(file);
  return readdirSync(dir).filter((e) => !ours.has(e) || !lstatSync(join(dir, e)).isFile());
}

function listedFiles(dir: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as {
      files?: { file?: unknown }[];
    };
    return (manifest.files ?? []).map((f) => f.file).filter((f): f is string => typeof f === "string");
  } catch {
    return [];
  }
}

/**
 * Says whether a build made `dir`, so that a build may replace or delete it: it holds nothing a build does
 * not write, and the marker or (from builds before the marker) a manifest.json. An empty folder counts.
 */
export function isBuildFolder(dir: string): boolean {
  const entries = readdirSync(dir);
  if (entries.length === 0) return true;
  if (!entries.includes(MARKER) && !entries.includes("manifest.json")) return false;
  return foreignEntries(dir).length === 0;
}

/** Says whether `dir` holds every table as Arrow, which is what a reader loads. */
function hasTables(dir: string): boolean {
  return TABLE_NAMES.every((t) => existsSync(join(dir, `${t}.arrow`)));
}

/** Returns the complete builds (marked) among the staging folders beside `out`, the set-aside old one first. */
export function completeStaging(out: string): Staging[] {
  return stagingFolders(out)
    .filter((s) => existsSync(join(s.path, MARKER)))
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "old" ? -1 : 1));
}

/**
 * Returns the folder a reader should load the tables of `dir` from: `dir` itself, or, when a build was
 * killed between setting the old tables aside and renaming the new ones in, the complete build beside it
 * (the old one first, as the next build restores it). Returns undefined when there is none.
 */
export function usableTablesDir(dir: string): string | undefined {
  if (hasTables(dir)) return dir;
  return completeStaging(resolve(dir)).find((s) => hasTables(s.path))?.path;
}
