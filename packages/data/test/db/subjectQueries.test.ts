import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { NewareaDB } from "../../src/db/createClient.ts";
import type { SubjectListRow, SubjectOverviewRow } from "../../src/db/queryRows.ts";
import { openDatabase } from "../../src/node.ts";
import { buildData } from "../../src/pipeline/buildData.ts";
import { copyFixture, edit } from "../helpers.ts";

/*
 * The fixture plus a phase of the chemical park (an area figure only) and a report of 2024 giving the park a
 * later total investment: the overview must leave the later figure out of the investment and count it apart.
 */
let db: NewareaDB;

beforeAll(() => {
  const dir = copyFixture();
  edit(
    dir,
    "raw/subjects.csv",
    null,
    "chem-park-phase1,精细化工产业园一期,Fine Chemical Park phase I,park,chemicals,chem-park,,",
  );
  edit(
    dir,
    "raw/figures.csv",
    null,
    "phase1-area,chem-park-phase1,planned_area,3.698平方公里,,,other-2023-05-08,body text,,",
  );
  edit(
    dir,
    "raw/figures.csv",
    null,
    "chem-later,chem-park,total_investment,200亿元,,2024,other-2023-05-08,body text,,",
  );
  const tablesDir = join(dir, "..", "tables");
  buildData(dir, tablesDir);
  db = openDatabase({ tablesDir });
});
afterAll(() => db.close());

test("named('subject_list') lists every subject but the area, by id, with its remarks", async () => {
  const rows = await db.named<SubjectListRow>("subject_list");
  expect(rows.map((r) => [r.id, r.kind, r.parent_id])).toEqual([
    ["chem-park", "park", null],
    ["chem-park-phase1", "park", "chem-park"],
    ["secret", "project", null],
    ["tourism", "project", null],
  ]);
  expect(rows.find((r) => r.id === "secret")).toMatchObject({ note_en: "no investment figure, on purpose" });
});

test("named('subject_overview') gives one row per investment figure of the story's time, later reports apart", async () => {
  const rows = await db.named<SubjectOverviewRow>("subject_overview");
  const chem = rows.filter((r) => r.subject_id === "chem-park");
  expect(chem.map((r) => r.figure_id)).toEqual(["chem-primary", "chem-other"]);
  expect(chem[0]).toMatchObject({
    low: 17.5e9,
    high: 17.8e9,
    disputed: true,
    source_count: 2,
    in_primary: true,
  });
  expect(chem[0]).toMatchObject({ figure_count: 2, milestone_count: 1, later_count: 1, parent_kind: null });
});

test("named('subject_overview') gives a subject without an investment figure one row with value null, and its counts", async () => {
  const rows = await db.named<SubjectOverviewRow>("subject_overview");
  expect(rows.map((r) => r.subject_id)).toEqual([
    "chem-park",
    "chem-park",
    "chem-park-phase1",
    "secret",
    "tourism",
  ]);
  expect(rows.find((r) => r.subject_id === "secret")).toMatchObject({
    value: null,
    low: null,
    disputed: false,
    figure_count: 1,
    milestone_count: 2,
    later_count: 0,
  });
  expect(rows.find((r) => r.subject_id === "chem-park-phase1")).toMatchObject({
    value: null,
    parent_kind: "park",
    figure_count: 1,
  });
});
