import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatCsv } from "../format/formatCsv.ts";
import { TABLE_NAMES, TABLES } from "../tables.ts";
import { DATA_PACKAGE_FILE, dataPackage } from "./dataPackage.ts";
import { toArrowIPC, toJson, toParquet } from "./encode.ts";
import type { DataTables } from "./loadData.ts";
import { replaceFolder, type SwapHooks } from "./replaceFolder.ts";
import type { FORMATS } from "./tablesFolder.ts";

/** One written file: its name, size and SHA-256, as listed in manifest.json. */
export interface ManifestFile {
  table: string;
  format: (typeof FORMATS)[number];
  file: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  tables: Record<string, { rows: number }>;
  files: ManifestFile[];
}

/**
 * Writes every table as Arrow IPC, Parquet, CSV and JSON plus manifest.json and datapackage.json (the
 * same files described as a Frictionless Data Package) into `outDir`, replacing what
 * an earlier build wrote there. Everything is written to a folder beside it first and swapped in at the
 * end (see replaceFolder): a failure or a kill part-way leaves the previous output usable. Refuses a file,
 * or a folder holding anything a build did not write. `hooks` lets tests stop at each step. Returns the
 * manifest.
 */
export function writeTables(tables: DataTables, outDir: string, hooks: SwapHooks = {}): Manifest {
  const manifest: Manifest = { tables: {}, files: [] };
  replaceFolder(
    outDir,
    (dir) => {
      for (const name of TABLE_NAMES) {
        writeTable(dir, name, tables[name], manifest);
        hooks.step?.("writing");
      }
      writeFileSync(join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 1)}\n`);
      const pkg = dataPackage(manifest, tables.sources);
      writeFileSync(join(dir, DATA_PACKAGE_FILE), `${JSON.stringify(pkg, null, 1)}\n`);
    },
    hooks,
  );
  return manifest;
}

function writeTable(
  dir: string,
  name: (typeof TABLE_NAMES)[number],
  rows: DataTables[typeof name],
  manifest: Manifest,
) {
  const columns = TABLES[name];
  manifest.tables[name] = { rows: rows.length };
  const encoded = {
    arrow: toArrowIPC(columns, rows),
    parquet: toParquet(columns, rows),
    csv: formatCsv(
      columns.map((c) => c.name),
      rows,
    ),
    json: toJson(columns, rows),
  };
  for (const [format, content] of Object.entries(encoded)) {
    const file = `${name}.${format}`;
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    writeFileSync(join(dir, file), bytes);
    manifest.files.push({
      table: name,
      format: format as ManifestFile["format"],
      file,
      bytes: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
  }
}
