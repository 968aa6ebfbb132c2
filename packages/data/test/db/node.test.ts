import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { NewareaDB } from "../../src/db/createClient.ts";
import { openDatabase } from "../../src/node.ts";
import { buildData } from "../../src/pipeline/buildData.ts";
import { FIXTURE } from "../helpers.ts";

let db: NewareaDB;
let tablesDir: string;

beforeAll(() => {
  tablesDir = join(mkdtempSync(join(tmpdir(), "newarea-db-")), "tables");
  buildData(FIXTURE, tablesDir);
  db = openDatabase({ tablesDir });
});
afterAll(() => db.close());

test("openDatabase() starts once however many callers query at the same time", async () => {
  const results = await Promise.all(
    Array.from({ length: 5 }, () => db.query("select count(*) as n from figures")),
  );
  expect(results.map((r) => r[0])).toEqual(Array(5).fill({ n: 7 }));
});

test("query(sql, params) binds parameters: a quote in a value is data, never SQL", async () => {
  const rows = await db.query("select figure_id from figures where subject_id = ? and value > ?", [
    "chem-park",
    1.76e10,
  ]);
  expect(rows).toEqual([{ figure_id: "chem-other" }]);
  expect(await db.query("select count(*) as n from figures where subject_id = ?", ["x' or '1'='1"])).toEqual([
    { n: 0 },
  ]);
});

test("query(sql) converts BIGINT, DECIMAL and DATE at the boundary, never rounding a big integer", async () => {
  const [row] = await db.query(
    "select 42::BIGINT as b, 12.34::DECIMAL(10,2) as d, 9007199254740993::BIGINT as big, DATE '2023-04-12' as day",
  );
  expect(row).toEqual({ b: 42, d: 12.34, big: "9007199254740993", day: "2023-04-12" });
});

test("the figures view keeps the contract columns first, in order", async () => {
  const rows = await db.query("select * from figures limit 1");
  expect(Object.keys(rows[0] ?? {}).slice(0, 10)).toEqual([
    "subject_id",
    "subject_name_zh",
    "subject_name_en",
    "measure",
    "value",
    "unit",
    "bound",
    "period",
    "source_id",
    "as_written",
  ]);
  const [m] = await db.query("select * from milestones limit 1");
  expect(Object.keys(m ?? {}).slice(0, 8)).toEqual([
    "subject_id",
    "subject_name_zh",
    "date",
    "precision",
    "status",
    "event_zh",
    "event_en",
    "source_id",
  ]);
});

test("named('area_key_figures') lists the primary's area figures in story order", async () => {
  const rows = await db.named<{ measure: string; value: number }>("area_key_figures");
  expect(rows.map((r) => r.measure)).toEqual([
    "planned_projects",
    "planned_total_investment",
    "industrial_investment_share",
  ]);
  expect(rows[1]?.value).toBe(1080e8);
});

test("named('investment_by_subject') gives each subject its figures, a range where sources disagree, and not-disclosed rows", async () => {
  const rows = await db.named<Record<string, unknown>>("investment_by_subject");
  expect(rows.map((r) => [r.subject_id, r.value, r.bound, r.disputed])).toEqual([
    ["chem-park", 175e8, "exact", true],
    ["chem-park", 178e8, "approx", true],
    ["tourism", 1e10, "at_least", false],
    ["secret", null, null, false],
  ]);
  expect(rows[0]).toMatchObject({ low: 175e8, high: 178e8, source_count: 2, in_primary: true });
});

test("named('conflicts') lists both sides of 175亿 vs 约178亿", async () => {
  const rows = await db.named<Record<string, unknown>>("conflicts");
  expect(rows.map((r) => [r.figure_id, r.as_written, r.low, r.high])).toEqual([
    ["chem-primary", "175亿元", 175e8, 178e8],
    ["chem-other", "约178亿元", 175e8, 178e8],
  ]);
});

test("named('milestones_timeline', [from, to]) keeps milestones overlapping the range, earliest first", async () => {
  const rows = await db.named<Record<string, unknown>>("milestones_timeline", ["2023-04-01", "2023-12-31"]);
  expect(rows.map((r) => r.milestone_id)).toEqual(["chem-start", "secret-done"]);
});

test("named('output_promises') and named('figure_by_id') answer from the same views", async () => {
  expect((await db.named<Record<string, unknown>>("output_promises")).map((r) => r.figure_id)).toEqual([
    "secret-output",
  ]);
  expect(await db.named("figure_by_id", ["chem-other"])).toHaveLength(1);
});

test("a query needing the parquet extension fails at once with DuckDB's message instead of hanging", async () => {
  const t0 = performance.now();
  await expect(db.query("select * from read_parquet('x.parquet')")).rejects.toThrow(/parquet/);
  expect(performance.now() - t0).toBeLessThan(2000);
});

test("named(unknown) rejects with the list of known queries", async () => {
  await expect(db.named("nope" as "conflicts")).rejects.toThrow(
    /unknown named query "nope"; known: area_key_figures/,
  );
});

test("openDatabase({ sandbox: true }) refuses reading, COPY … TO, ATTACH and settings after loading, and writes nothing", async () => {
  const locked = openDatabase({ tablesDir, sandbox: true });
  const scratch = mkdtempSync(join(tmpdir(), "newarea-sandbox-"));
  try {
    expect(await locked.query("select count(*) as n from subjects")).toEqual([{ n: 4 }]);
    for (const sql of [
      "select * from read_csv('/etc/passwd')",
      `COPY (select 1 as x) TO '${join(scratch, "copied.csv")}'`,
      `ATTACH '${join(scratch, "new.db")}' AS other`,
      "SET enable_external_access = true",
      "RESET lock_configuration",
    ]) {
      await expect(locked.query(sql), sql).rejects.toThrow();
    }
    expect(readdirSync(scratch)).toEqual([]);
  } finally {
    await locked.close();
  }
});

test("openDatabase() without the sandbox reads a local file, as the CLI's query does", async () => {
  const csv = join(mkdtempSync(join(tmpdir(), "newarea-local-")), "local.csv");
  writeFileSync(csv, "a,b\n1,2\n3,4\n");
  expect(await db.query(`select count(*) as n from read_csv('${csv}')`)).toEqual([{ n: 2 }]);
});
