import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { TABLE_NAMES, TABLES } from "../tables.ts";
import { toArrowIPC, toCsv, toJson, toParquet } from "./encode.ts";
import type { DataTables } from "./loadData.ts";

/** One written file: its name, size and SHA-256, as listed in manifest.json. */
export interface ManifestFile {
  table: string;
  format: "arrow" | "parquet" | "csv" | "json";
  file: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  tables: Record<string, { rows: number }>;
  files: ManifestFile[];
}

/**
 * Writes every table as Arrow IPC, Parquet, CSV and JSON plus manifest.json into `outDir`. Everything is
 * written to a temporary folder beside it first and swapped in at the end, so a failure part-way leaves
 * the previous output untouched. Returns the manifest.
 */
export function writeTables(tables: DataTables, outDir: string): Manifest {
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    const manifest: Manifest = { tables: {}, files: [] };
    for (const name of TABLE_NAMES) {
      const columns = TABLES[name];
      const rows = tables[name];
      manifest.tables[name] = { rows: rows.length };
      const encoded = {
        arrow: toArrowIPC(columns, rows),
        parquet: toParquet(columns, rows),
        csv: toCsv(columns, rows),
        json: toJson(columns, rows),
      };
      for (const [format, content] of Object.entries(encoded)) {
        const file = `${name}.${format}`;
        const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
        writeFileSync(join(tmp, file), bytes);
        manifest.files.push({
          table: name,
          format: format as ManifestFile["format"],
          file,
          bytes: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
        });
      }
    }
    writeFileSync(join(tmp, "manifest.json"), `${JSON.stringify(manifest, null, 1)}\n`);
    mkdirSync(dirname(outDir), { recursive: true });
    const old = `${outDir}.old-${process.pid}`;
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(tmp, outDir);
    rmSync(old, { recursive: true, force: true });
    return manifest;
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}
