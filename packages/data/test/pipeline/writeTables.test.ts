import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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
  expect(readdirSync(out).sort()).toHaveLength(17);
  const figuresCsv = readFileSync(join(out, "figures.csv"), "utf8");
  expect(figuresCsv.split("\n")[0]).toBe(
    "subject_id,subject_name_zh,subject_name_en,measure,value,unit,bound,period,source_id,as_written,figure_id,read_as,source_location_zh,source_location_en,source_date,source_kind,note_zh,note_en",
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

test("buildData(dir, out) replaces stale files: a file the new build does not write is gone", () => {
  const out = fresh();
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "stale.csv"), "x\n");
  buildData(FIXTURE, out);
  expect(existsSync(join(out, "stale.csv"))).toBe(false);
});
