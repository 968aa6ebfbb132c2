import { readFileSync } from "node:fs";
import { DICTIONARY_ZH } from "../dictionaryZh.ts";
import { type ColumnSpec, TABLE_KEYS, TABLES, type TableName, type TableRows } from "../tables.ts";
import type { FORMATS } from "./tablesFolder.ts";
import type { Manifest, ManifestFile } from "./writeTables.ts";

/** The file every build writes beside the tables, describing them. */
export const DATA_PACKAGE_FILE = "datapackage.json";

/** The profile the descriptor follows: Data Package v2 (https://datapackage.org/standard/data-package/). */
export const DATA_PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

// Properties the standard does not define are named `namespace:propertyName`, as the standard recommends
// (https://datapackage.org/standard/glossary/#custom-properties): the Chinese texts.
const ZH_TITLE = "newarea:titleZh";
const ZH_DESCRIPTION = "newarea:descriptionZh";

/** A Table Schema field: one column of a CSV file. */
export interface SchemaField {
  name: string;
  type: "string" | "number";
  description: string;
  [ZH_DESCRIPTION]: string;
  constraints?: { required?: true; enum?: string[] };
}

/** A resource of the package: one file of one table. */
export interface DataResource {
  name: string;
  path: string;
  format: (typeof FORMATS)[number];
  mediatype: string;
  encoding?: "utf-8";
  bytes: number;
  /** `sha256:<hex>`: the standard's hash is MD5 unless prefixed with the algorithm. */
  hash: string;
  type?: "table";
  schema?: {
    fields: SchemaField[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[];
  };
}

/** The descriptor written to datapackage.json. */
export interface DataPackage {
  $schema: string;
  name: string;
  title: string;
  [ZH_TITLE]: string;
  description: string;
  [ZH_DESCRIPTION]: string;
  created: string;
  licenses: { name: string; title: string }[];
  sources: { title: string; [ZH_TITLE]: string }[];
  resources: DataResource[];
}

const MEDIA_TYPES: Record<ManifestFile["format"], string> = {
  csv: "text/csv",
  parquet: "application/vnd.apache.parquet",
  json: "application/json",
  arrow: "application/vnd.apache.arrow.file",
};

// The CSV resource of a table is named after the table, so that a reader asks for "figures"; the other
// formats of the same rows carry the format in their name.
const resourceName = (file: ManifestFile) =>
  file.format === "csv" ? file.table : `${file.table}-${file.format}`;

/** Returns the Table Schema field of a column: its type, meaning in both languages, and its constraints. */
function field(table: TableName, column: ColumnSpec): SchemaField {
  const zh = DICTIONARY_ZH[table][column.name];
  if (!zh) throw new Error(`src/dictionaryZh.ts: no Chinese meaning for ${table}.${column.name}`);
  const constraints = {
    ...(column.nullable ? {} : { required: true as const }),
    ...(column.values ? { enum: [...column.values] } : {}),
  };
  return {
    name: column.name,
    type: column.type === "double" ? "number" : "string",
    description: column.description,
    [ZH_DESCRIPTION]: zh,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** Returns the Table Schema of a table's CSV file: its columns in file order, and its keys. */
function tableSchema(table: TableName): NonNullable<DataResource["schema"]> {
  const { primaryKey, foreignKeys } = TABLE_KEYS[table];
  return {
    fields: TABLES[table].map((c) => field(table, c)),
    primaryKey,
    ...(foreignKeys.length
      ? {
          foreignKeys: foreignKeys.map((k) => ({
            fields: k.columns,
            // A reference within the same table has no `resource` (Table Schema v2).
            reference: {
              ...(k.references.table ? { resource: k.references.table } : {}),
              fields: k.references.columns,
            },
          })),
        }
      : {}),
  };
}

/** Returns the resource describing one written file; the CSV file gets the table's schema. */
function resource(file: ManifestFile): DataResource {
  const text = file.format === "csv" || file.format === "json";
  return {
    name: resourceName(file),
    path: file.file,
    format: file.format,
    mediatype: MEDIA_TYPES[file.format],
    ...(text ? { encoding: "utf-8" as const } : {}),
    bytes: file.bytes,
    hash: `sha256:${file.sha256}`,
    ...(file.format === "csv"
      ? { type: "table" as const, schema: tableSchema(file.table as TableName) }
      : {}),
  };
}

/**
 * Returns the Frictionless Data Package (v2) describing the written tables: one resource per table and
 * format, with size and SHA-256; each CSV file with its Table Schema (every column in file order, its
 * type, meaning in English and Chinese, required and enum constraints, primary and foreign keys); the
 * source documents; the licence; and `created`. Paths are relative to the descriptor, which sits beside
 * the files. Throws when a column has no Chinese meaning.
 */
export function dataPackage(
  manifest: Manifest,
  sources: TableRows,
  { created = new Date(), license = packageLicense() }: { created?: Date; license?: string } = {},
): DataPackage {
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: "changchun-new-area-2023-key-projects",
    title: "Changchun New Area 2023 key projects: figures, subjects, milestones and sources",
    [ZH_TITLE]: "长春新区2023年重点项目：数字、对象、时间节点和来源",
    description:
      "Figures on the 2023 key projects of Changchun New Area (Jilin, China), as published in the reports we collected, each traceable to its source: the amount exactly as written, how we read it (value in base units, unit, and whether it is exact, a floor, a ceiling, an approximation or an order of magnitude), the parks and projects it is about, their milestones, and the source documents.",
    [ZH_DESCRIPTION]:
      "长春新区2023年重点项目的相关数字，取自我们收集的报道，每个数字都能追溯到出处：原文写法、我们的读法（以基本单位表示的数值、单位，以及它是确数、下限、上限、约数还是量级）、它所说的园区和项目、这些项目的时间节点，以及来源文件。",
    created: created.toISOString().replace(/\.\d{3}Z$/, "Z"),
    licenses: [{ name: license, title: `${license} License` }],
    sources: sources.map((s) => ({
      title: `${s.publisher_en} (${s.date}): ${s.title_en}`,
      [ZH_TITLE]: `${s.publisher_zh}（${s.date}）：${s.title_zh}`,
    })),
    resources: manifest.files.map(resource),
  };
}

/** Returns the licence @newarea/data is published under (its package.json), which covers the tables it ships. */
function packageLicense(): string {
  // The same path from src/pipeline/ and dist/pipeline/.
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    license?: unknown;
  };
  if (typeof pkg.license !== "string") throw new Error("@newarea/data's package.json names no license");
  return pkg.license;
}

/** Returns the descriptor with every resource path under `prefix` (`tables/`), for a copy served from another folder. */
export function withPathPrefix(pkg: DataPackage, prefix: string): DataPackage {
  return { ...pkg, resources: pkg.resources.map((r) => ({ ...r, path: `${prefix}${r.path}` })) };
}
