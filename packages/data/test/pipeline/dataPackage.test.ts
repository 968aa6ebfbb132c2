import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { csvParse } from "d3-dsv";
import { describe, expect, test } from "vitest";
import { DICTIONARY_ZH } from "../../src/dictionaryZh.ts";
import { defaultTablesDir } from "../../src/node.ts";
import { buildData } from "../../src/pipeline/buildData.ts";
import {
  DATA_PACKAGE_FILE,
  DATA_PACKAGE_PROFILE,
  type DataPackage,
  type DataResource,
  dataPackage,
  withPathPrefix,
} from "../../src/pipeline/dataPackage.ts";
import { TABLE_NAMES, TABLES } from "../../src/tables.ts";
import { FIXTURE } from "../helpers.ts";

// The Data Package v2 profile, as published at DATA_PACKAGE_PROFILE (see fixtures/profiles/README.md).
const PROFILE = JSON.parse(
  readFileSync(fileURLToPath(new URL("../fixtures/profiles/datapackage-2.0.json", import.meta.url)), "utf8"),
);

/** Returns the profile's complaints about a descriptor, one line each, or [] when it is valid. */
function profileErrors(descriptor: unknown): string[] {
  // strict: false because the profile carries the standard's own annotations (propertyOrder, context…).
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(PROFILE);
  if (validate(descriptor)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Builds the fixture's tables into a fresh folder; returns the folder and its datapackage.json. */
function builtFixture(): { dir: string; pkg: DataPackage } {
  const dir = join(tmpdir(), `newarea-dp-${Math.random().toString(36).slice(2)}`, "tables");
  buildData(FIXTURE, dir);
  return { dir, pkg: JSON.parse(readFileSync(join(dir, DATA_PACKAGE_FILE), "utf8")) };
}

/** Returns what is wrong with a CSV resource's rows against its own schema: required, enum, number, keys. */
function rowProblems(dir: string, pkg: DataPackage, r: DataResource): string[] {
  const problems: string[] = [];
  const rowsOf = (res: DataResource) =>
    csvParse(readFileSync(join(dir, res.path), "utf8").replace(/^\uFEFF/, ""));
  const rows = rowsOf(r);
  for (const [i, row] of rows.entries()) {
    for (const f of r.schema?.fields ?? []) {
      const v = row[f.name] ?? "";
      const at = `${r.path}:${i + 2} ${f.name}=${JSON.stringify(v)}`;
      if (v === "") {
        if (f.constraints?.required) problems.push(`${at}: required`);
        continue;
      }
      if (f.constraints?.enum && !f.constraints.enum.includes(v)) problems.push(`${at}: not in enum`);
      if (f.type === "number" && !Number.isFinite(Number(v))) problems.push(`${at}: not a number`);
    }
  }
  const key = (row: Record<string, string | undefined>, fields: string[]) =>
    fields.map((f) => row[f] ?? "").join("\u0000");
  const keys = rows.map((row) => key(row, r.schema?.primaryKey ?? []));
  if (new Set(keys).size !== keys.length) problems.push(`${r.path}: primary key not unique`);
  for (const fk of r.schema?.foreignKeys ?? []) {
    const target = fk.reference.resource ? pkg.resources.find((x) => x.name === fk.reference.resource) : r;
    if (!target) {
      problems.push(`${r.path}: no resource ${fk.reference.resource}`);
      continue;
    }
    const known = new Set(rowsOf(target).map((row) => key(row, fk.reference.fields)));
    for (const row of rows) {
      if (fk.fields.every((f) => row[f] === "")) continue; // a missing value refers to nothing
      if (!known.has(key(row, fk.fields)))
        problems.push(`${r.path}: ${fk.fields} = ${key(row, fk.fields)} not in ${target.path}`);
    }
  }
  return problems;
}

describe("dataPackage", () => {
  test("buildData(dir, out) writes datapackage.json that the Data Package v2 profile accepts", () => {
    const { pkg } = builtFixture();
    expect(pkg.$schema).toBe(DATA_PACKAGE_PROFILE);
    expect(profileErrors(pkg)).toEqual([]);
  });

  test("the profile check can fail: a resource without a path, a hash in the wrong form, a bad field type", () => {
    const { pkg } = builtFixture();
    const [first, ...rest] = pkg.resources as [DataResource, ...DataResource[]];
    const noPath = { ...pkg, resources: [{ ...first, path: undefined }, ...rest] };
    const badHash = { ...pkg, resources: [{ ...first, hash: "sha256:not hex" }, ...rest] };
    const csv = pkg.resources.find((r) => r.format === "csv") as DataResource;
    const schema = csv.schema as NonNullable<DataResource["schema"]>;
    const badType = {
      ...pkg,
      resources: [{ ...csv, schema: { ...schema, fields: [{ ...schema.fields[0], type: "text" }] } }],
    };
    expect(profileErrors(noPath).length).toBeGreaterThan(0);
    expect(profileErrors(badHash).length).toBeGreaterThan(0);
    expect(profileErrors(badType).length).toBeGreaterThan(0);
  });

  test("dataPackage() lists every table in every format with path, format, mediatype, bytes and a sha256 hash that match the files", () => {
    const { dir, pkg } = builtFixture();
    expect(pkg.resources.map((r) => r.name).sort()).toEqual(
      TABLE_NAMES.flatMap((t) => [t, `${t}-parquet`, `${t}-json`, `${t}-arrow`]).sort(),
    );
    for (const r of pkg.resources) {
      const bytes = readFileSync(join(dir, r.path));
      expect(r.path).toBe(`${r.name.replace(/-(parquet|json|arrow)$/, "")}.${r.format}`);
      expect(r.bytes, r.path).toBe(bytes.byteLength);
      expect(r.hash, r.path).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
      expect(r.mediatype).toMatch(/^(text|application)\/[a-z.+-]+$/);
    }
  });

  test("each CSV resource's schema lists exactly the file's columns in order, each with type, description in English and Chinese", () => {
    const { dir, pkg } = builtFixture();
    const csvs = pkg.resources.filter((r) => r.format === "csv");
    expect(csvs).toHaveLength(TABLE_NAMES.length);
    for (const r of csvs) {
      const header = readFileSync(join(dir, r.path), "utf8")
        .replace(/^\uFEFF/, "")
        .split("\n")[0];
      expect(r.type).toBe("table");
      expect(r.schema?.fields.map((f) => f.name).join(",")).toBe(header);
      for (const f of r.schema?.fields ?? []) {
        expect(["string", "number"]).toContain(f.type);
        expect(f.description.length, f.name).toBeGreaterThan(5);
        expect(f["newarea:descriptionZh"], f.name).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    const figures = csvs.find((r) => r.name === "figures")?.schema;
    const field = (name: string) => figures?.fields.find((f) => f.name === name);
    expect(field("unit")?.constraints?.enum).toEqual(["CNY", "USD", "count", "ratio", "m2"]);
    expect(field("bound")?.constraints?.enum).toEqual([
      "exact",
      "at_least",
      "at_most",
      "approx",
      "order_of_magnitude",
    ]);
    expect(field("value")).toMatchObject({ type: "number", constraints: { required: true } });
    expect(field("period")?.constraints).toBeUndefined();
    expect(figures?.primaryKey).toEqual(["figure_id"]);
    expect(figures?.foreignKeys).toEqual([
      { fields: ["subject_id"], reference: { resource: "subjects", fields: ["id"] } },
      { fields: ["source_id"], reference: { resource: "sources", fields: ["id"] } },
    ]);
  });

  test("the published tables (dist/tables) keep every constraint, key and reference their datapackage.json declares", () => {
    const dir = defaultTablesDir();
    const pkg = JSON.parse(readFileSync(join(dir, DATA_PACKAGE_FILE), "utf8")) as DataPackage;
    expect(profileErrors(pkg)).toEqual([]);
    for (const r of pkg.resources.filter((x) => x.format === "csv"))
      expect(rowProblems(dir, pkg, r)).toEqual([]);
    expect(pkg.sources.length).toBeGreaterThan(0);
    expect(pkg.licenses).toEqual([{ name: "MIT", title: "MIT License" }]);
    expect(pkg.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  test("rowProblems finds a value outside its enum and a reference to nothing (the check can fail)", () => {
    const { dir, pkg } = builtFixture();
    const figures = pkg.resources.find((r) => r.name === "figures") as DataResource;
    const schema = figures.schema as NonNullable<DataResource["schema"]>;
    const narrowed = {
      ...figures,
      schema: {
        ...schema,
        fields: schema.fields.map((f) => (f.name === "unit" ? { ...f, constraints: { enum: ["USD"] } } : f)),
        foreignKeys: [{ fields: ["subject_id"], reference: { resource: "sources", fields: ["id"] } }],
      },
    };
    const problems = rowProblems(dir, pkg, narrowed);
    expect(problems.some((p) => p.includes("unit=") && p.endsWith("not in enum"))).toBe(true);
    expect(problems.some((p) => p.includes("not in sources.csv"))).toBe(true);
  });

  test("dataPackage() refuses a column without a Chinese meaning, naming table and column", () => {
    const saved = DICTIONARY_ZH.figures.bound;
    DICTIONARY_ZH.figures.bound = "";
    try {
      const manifest = {
        tables: {},
        files: [{ table: "figures", format: "csv" as const, file: "figures.csv", bytes: 1, sha256: "00" }],
      };
      expect(() => dataPackage(manifest, [])).toThrow(
        "src/dictionaryZh.ts: no Chinese meaning for figures.bound",
      );
    } finally {
      DICTIONARY_ZH.figures.bound = saved as string;
    }
  });

  test("DICTIONARY_ZH has a Chinese meaning for exactly the columns of TABLES", () => {
    for (const t of TABLE_NAMES) expect(Object.keys(DICTIONARY_ZH[t])).toEqual(TABLES[t].map((c) => c.name));
  });

  test("withPathPrefix(pkg, 'tables/') moves every path and nothing else", () => {
    const { pkg } = builtFixture();
    const moved = withPathPrefix(pkg, "tables/");
    expect(moved.resources.map((r) => r.path)).toEqual(pkg.resources.map((r) => `tables/${r.path}`));
    expect({ ...moved, resources: [] }).toEqual({ ...pkg, resources: [] });
  });
});
