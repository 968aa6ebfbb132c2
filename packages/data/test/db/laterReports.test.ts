import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { NewareaDB } from "../../src/db/createClient.ts";
import { openDatabase } from "../../src/node.ts";
import { buildData } from "../../src/pipeline/buildData.ts";
import { copyFixture, edit } from "../helpers.ts";

/*
 * The fixture (primary source of 2023) plus a report of March 2024 giving the chemical park three figures:
 * its total investment as of 2024 (stock, no period: later), projects started in 2024 (period 2024: later)
 * and the park's 2023 output (period 2023, published in 2024: not later).
 */
let db: NewareaDB;

beforeAll(() => {
  const dir = copyFixture();
  writeFileSync(
    join(dir, "sources", "later-2024-03-21.yaml"),
    [
      "id: later-2024-03-21",
      "kind: secondary",
      "publisher_zh: 后来报",
      "publisher_en: Later Daily",
      "title_zh: 园区新进展",
      "title_en: News from the park",
      'date: "2024-03-21"',
      'url: "example.org/2024/0321"',
      "reliability_zh: 一年后的报道。",
      "reliability_en: A report a year later.",
      "",
    ].join("\n"),
  );
  for (const row of [
    "later-total,chem-park,total_investment,180亿元,,,later-2024-03-21,body text,,",
    "later-started,chem-park,started_projects,12个,,2024-01/2024-03,later-2024-03-21,summary,,",
    "later-output-2023,chem-park,expected_output_value,50亿元,,2023,later-2024-03-21,body text,,",
  ]) {
    edit(dir, "raw/figures.csv", null, row);
  }
  const tablesDir = join(dir, "..", "tables");
  buildData(dir, tablesDir);
  db = openDatabase({ tablesDir });
});
afterAll(() => db.close());

test("named('later_reports', [subject]) lists figures describing a time after the primary's year, earliest first", async () => {
  const rows = await db.named<Record<string, unknown>>("later_reports", ["chem-park"]);
  expect(rows.map((r) => [r.figure_id, r.period, r.source_date])).toEqual([
    ["later-started", "2024-01/2024-03", "2024-03-21"],
    ["later-total", null, "2024-03-21"],
  ]);
  expect(rows[0]).toMatchObject({ source_location_zh: "摘要", source_location_en: "summary" });
});

test("named('later_reports', [subject]) leaves out a 2023 figure published later and every figure of 2023 sources", async () => {
  const ids = (await db.named<{ figure_id: string }>("later_reports", ["chem-park"])).map((r) => r.figure_id);
  expect(ids).not.toContain("later-output-2023");
  expect(ids).not.toContain("chem-primary");
  expect(ids).not.toContain("chem-other");
  expect(await db.named("later_reports", ["area"])).toEqual([]);
});

test("named('ledger') marks the same figures is_later, and only those", async () => {
  const rows = await db.named<{ figure_id: string; is_later: boolean }>("ledger");
  const later = rows.filter((r) => r.is_later).map((r) => r.figure_id);
  expect(later.sort()).toEqual(["later-started", "later-total"]);
  expect(rows.every((r) => typeof r.is_later === "boolean")).toBe(true);
});
