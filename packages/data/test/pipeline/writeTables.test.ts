import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { buildData } from "../../src/pipeline/buildData.ts";
import { copyFixture, edit, FIXTURE } from "../helpers.ts";

const fresh = () => join(tmpdir(), `newarea-out-${Math.random().toString(36).slice(2)}`, "tables");

test("buildData(dir, out) writes every table as arrow, parquet, csv and json, with a manifest of checksums", () => {
  const out = fresh();
  const manifest = buildData(FIXTURE, out);
  expect(manifest.tables).toEqual({
    sources: { rows: 2 },
    subjects: { rows: 4 },
    figures: { rows: 7 },
    milestones: { rows: 3 },
  });
  // 16 table files, manifest.json, datapackage.json and the marker saying a build made this folder.
  expect(readdirSync(out).sort()).toHaveLength(19);
  expect(readFileSync(join(out, ".newarea-tables"), "utf8")).toMatch(
    /^newarea-data tables, manifest version 1\n/,
  );
  const figuresCsv = readFileSync(join(out, "figures.csv"), "utf8");
  // The site's one CSV shape: a byte order mark (Excel reads Chinese as UTF-8 only with it), LF endings.
  expect(figuresCsv.startsWith("\uFEFF")).toBe(true);
  expect(figuresCsv).not.toContain("\r");
  expect(figuresCsv.split("\n")[0]).toBe(
    "\uFEFFsubject_id,subject_name_zh,subject_name_en,measure,value,unit,bound,period,source_id,as_written,figure_id,read_as,source_location_zh,source_location_en,source_date,source_kind,note_zh,note_en",
  );
  const json = JSON.parse(readFileSync(join(out, "figures.json"), "utf8"));
  expect(json).toHaveLength(7);
  expect(readFileSync(join(out, "figures.parquet")).subarray(0, 4).toString()).toBe("PAR1");
  const entry = manifest.files.find((f) => f.file === "figures.csv");
  expect(entry?.bytes).toBe(Buffer.byteLength(figuresCsv));
  expect(entry?.sha256).toMatch(/^[0-9a-f]{64}$/);
});

test("buildData(bad dir, out) leaves the previous output untouched and no temporary folder behind", () => {
  const out = fresh();
  buildData(FIXTURE, out);
  const before = readFileSync(join(out, "figures.json"), "utf8");
  const dir = copyFixture();
  edit(dir, "raw/figures.csv", "175亿元,", "很多钱,");
  expect(() => buildData(dir, out)).toThrow(/很多钱/);
  expect(readFileSync(join(out, "figures.json"), "utf8")).toBe(before);
  expect(readdirSync(join(out, "..")).filter((n) => n.includes(".tmp-"))).toEqual([]);
});

test("buildData(dir, out made by an older build) replaces it: a table file the new build does not write is gone", () => {
  const out = fresh();
  buildData(FIXTURE, out);
  // An older build that wrote one more table: its file is listed in its manifest.
  const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
  manifest.files.push({ table: "stale", format: "csv", file: "stale.csv", bytes: 2, sha256: "0".repeat(64) });
  writeFileSync(join(out, "manifest.json"), JSON.stringify(manifest));
  writeFileSync(join(out, "stale.csv"), "x\n");
  buildData(FIXTURE, out);
  expect(existsSync(join(out, "stale.csv"))).toBe(false);
  expect(readdirSync(join(out, "..")).sort()).toEqual(["tables"]);
});

test("buildData(dir, out made by a build before the marker existed) replaces it", () => {
  const out = fresh();
  buildData(FIXTURE, out);
  // What builds wrote before the marker: the tables and manifest.json only.
  const marker = join(out, ".newarea-tables");
  rmSync(marker);
  buildData(FIXTURE, out);
  expect(existsSync(marker)).toBe(true);
});

test("buildData(dir, empty folder) builds into it", () => {
  const out = fresh();
  mkdirSync(out, { recursive: true });
  buildData(FIXTURE, out);
  expect(existsSync(join(out, "figures.arrow"))).toBe(true);
});

test("buildData(dir, folder holding other files) refuses, naming the folder, and deletes nothing", () => {
  const out = fresh();
  mkdirSync(join(out, "drafts"), { recursive: true });
  writeFileSync(join(out, "notes.txt"), "mine\n");
  writeFileSync(join(out, "drafts", "a.md"), "mine\n");
  expect(() => buildData(FIXTURE, out)).toThrow(/not made by a build/);
  expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("mine\n");
  expect(readFileSync(join(out, "drafts", "a.md"), "utf8")).toBe("mine\n");
  expect(readdirSync(join(out, ".."))).toEqual(["tables"]);
});

test("buildData(dir, folder a build made, plus a file someone added) refuses and keeps the file", () => {
  const out = fresh();
  buildData(FIXTURE, out);
  writeFileSync(join(out, "notes.txt"), "mine\n");
  expect(() => buildData(FIXTURE, out)).toThrow(/notes\.txt/);
  expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("mine\n");
  expect(existsSync(join(out, "figures.arrow"))).toBe(true);
});

test("buildData(dir, a folder holding only a file named like a table) refuses: no marker, no manifest", () => {
  const out = fresh();
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "figures.csv"), "my own figures\n");
  expect(() => buildData(FIXTURE, out)).toThrow(/not made by a build/);
  expect(readFileSync(join(out, "figures.csv"), "utf8")).toBe("my own figures\n");
});

test("buildData(dir, out that is a file) refuses and leaves the file", () => {
  const out = fresh();
  mkdirSync(join(out, ".."), { recursive: true });
  writeFileSync(out, "a file\n");
  expect(() => buildData(FIXTURE, out)).toThrow(/is a file/);
  expect(readFileSync(out, "utf8")).toBe("a file\n");
});

test("buildData(dir, out = dir, inside dir, or holding dir) refuses and leaves raw/ and sources/", () => {
  const dir = copyFixture();
  const before = readFileSync(join(dir, "raw", "figures.csv"), "utf8");
  expect(() => buildData(dir, dir)).toThrow(/inside the data folder|is the data folder/);
  expect(() => buildData(dir, join(dir, "tables"))).toThrow(/inside the data folder/);
  expect(() => buildData(dir, join(dir, "raw"))).toThrow(/inside the data folder/);
  expect(() => buildData(dir, join(dir, ".."))).toThrow(/holds the data folder/);
  // The same folder reached through a symbolic link.
  const link = join(mkdtempSync(join(tmpdir(), "newarea-link-")), "data");
  symlinkSync(dir, link);
  expect(() => buildData(dir, join(link, "tables"))).toThrow(/inside the data folder/);
  expect(readFileSync(join(dir, "raw", "figures.csv"), "utf8")).toBe(before);
  expect(readdirSync(dir).sort()).toEqual(["raw", "sources"]);
});
