import { afterAll, expect, test } from "vitest";
import { openDatabase } from "../../src/node.ts";

// The published tables (dist/tables, built from data/ by `npm run build`), queried as users query them.
const db = openDatabase();
afterAll(() => db.close());

test("figures holds every figure of the primary source with the right value, unit and bound", async () => {
  const rows = await db.query<{
    subject_id: string;
    measure: string;
    value: number;
    unit: string;
    bound: string;
  }>(
    "select subject_id, measure, value, unit, bound from figures where source_kind = 'primary' and measure <> 'major_parks' order by subject_id, measure",
  );
  const got = Object.fromEntries(
    rows.map((r) => [`${r.subject_id}/${r.measure}`, [r.value, r.unit, r.bound]]),
  );
  expect(got).toEqual({
    "changchun-new-area/planned_projects": [125, "count", "exact"],
    "changchun-new-area/project_size_threshold": [5e7, "CNY", "at_least"],
    "changchun-new-area/planned_total_investment": [1080e8, "CNY", "exact"],
    "changchun-new-area/started_projects": [141, "count", "exact"],
    "changchun-new-area/completed_fixed_asset_investment": [61.4e8, "CNY", "exact"],
    "changchun-new-area/fixed_asset_investment_growth": [0.49, "ratio", "exact"],
    "changchun-new-area/industrial_investment_share": [0.761, "ratio", "exact"],
    "fine-chemical-park/total_investment": [175e8, "CNY", "exact"],
    "zhongjun-tianxin-cultural-tourism/total_investment": [1e10, "CNY", "at_least"],
    "national-tcm-medical-centre/total_investment": [22e8, "CNY", "exact"],
    "jida-zhengyuan-infosec-park/expected_output_value": [10e8, "CNY", "exact"],
    "gensci-pharma-park/new_capacity_value": [300e8, "CNY", "exact"],
    "intelligent-optics-valley/cluster_output_target": [1e10, "CNY", "order_of_magnitude"],
    "intelligent-optics-valley/induced_output_target": [1e11, "CNY", "order_of_magnitude"],
  });
});

test("figures holds the secondary sources' figures, including both sides of each disagreement", async () => {
  const rows = await db.query<{ n: number; sources: number }>(
    "select count(*) as n, count(distinct source_id) as sources from figures where source_kind = 'secondary'",
  );
  expect(rows[0]?.n).toBeGreaterThanOrEqual(30);
  const chem = await db.query<{ value: number; bound: string; source_id: string }>(
    "select value, bound, source_id from figures where subject_id = ? and measure = ? order by value, bound",
    ["fine-chemical-park", "total_investment"],
  );
  expect(chem.map((r) => [r.value, r.bound])).toEqual([
    [175e8, "exact"],
    [178e8, "approx"],
    [178e8, "exact"],
  ]);
});

test("named('conflicts') lists the chemical park, GenSci and Chang Guang phase II disagreements", async () => {
  const rows = await db.named<{ subject_id: string; measure: string }>("conflicts");
  const groups = new Set(rows.map((r) => `${r.subject_id}/${r.measure}`));
  for (const g of [
    "fine-chemical-park/total_investment",
    "gensci-pharma-park/total_investment",
    "changguang-satellite-park-phase2/total_investment",
    "intelligent-optics-valley/total_investment",
  ]) {
    expect(groups).toContain(g);
  }
});

test("named('investment_by_subject') shows Jida Zhengyuan as not disclosed, and the open bound of Zhongjun Tianxin", async () => {
  const rows = await db.named<{ subject_id: string; value: number | null; bound: string | null }>(
    "investment_by_subject",
  );
  expect(rows.filter((r) => r.subject_id === "jida-zhengyuan-infosec-park")).toEqual([
    expect.objectContaining({ value: null, bound: null }),
  ]);
  expect(rows.find((r) => r.subject_id === "zhongjun-tianxin-cultural-tourism")).toMatchObject({
    value: 1e10,
    bound: "at_least",
  });
});

test("every source is cited by at least one figure or milestone, and every milestone has a date span", async () => {
  const orphans = await db.query(
    `select id from sources where id not in (select source_id from figures union select source_id from milestones)`,
  );
  expect(orphans).toEqual([]);
  const bad = await db.query(
    "select milestone_id from milestones where date_start > date_end or date_start is null",
  );
  expect(bad).toEqual([]);
});

test("named('milestones_timeline', ['2023-04-01', '2024-12-31']) includes the phase II start on 2023-04-12, done", async () => {
  const rows = await db.named<{ subject_id: string; date: string; status: string }>("milestones_timeline", [
    "2023-04-01",
    "2024-12-31",
  ]);
  expect(rows).toContainEqual(
    expect.objectContaining({
      subject_id: "changguang-satellite-park-phase2",
      date: "2023-04-12",
      status: "done",
    }),
  );
});

test("named('investment_by_subject') leaves out phases that only another report mentions", async () => {
  const rows = await db.named<{ subject_id: string }>("investment_by_subject");
  const ids = new Set(rows.map((r) => r.subject_id));
  expect(ids.has("fine-chemical-park-phase1")).toBe(false);
  expect(ids.has("changguang-satellite-park-phase2")).toBe(true);
  expect(ids.has("jida-zhengyuan-infosec-park")).toBe(true);
});

test("the 45 specialised parks are a 2021 figure, and phase I's floor area and completion stand on phase I", async () => {
  const rows = await db.query<{ figure_id: string; subject_id: string; period: string | null }>(
    "select figure_id, subject_id, period from figures where figure_id in (?, ?) order by figure_id",
    ["cri-2018-10-13-changguang-floor-area", "cri-big5-area-specialised-parks"],
  );
  expect(rows).toEqual([
    {
      figure_id: "cri-2018-10-13-changguang-floor-area",
      subject_id: "changguang-satellite-park-phase1",
      period: null,
    },
    { figure_id: "cri-big5-area-specialised-parks", subject_id: "changchun-new-area", period: "2021" },
  ]);
  const [phase1] = await db.query<{ parent_id: string }>("select parent_id from subjects where id = ?", [
    "changguang-satellite-park-phase1",
  ]);
  expect(phase1?.parent_id).toBe("changguang-satellite-park");
  const [done] = await db.query<{ subject_id: string }>(
    "select subject_id from milestones where milestone_id = ?",
    ["cri-2018-10-13-changguang-phase1-complete"],
  );
  expect(done?.subject_id).toBe("changguang-satellite-park-phase1");
});

test("named('later_reports', ['beihu-future-science-city']) lists the zone's four 2024 figures, none of them in the investment chart", async () => {
  const rows = await db.named<{ figure_id: string; value: number; measure: string }>("later_reports", [
    "beihu-future-science-city",
  ]);
  expect(rows.map((r) => [r.figure_id, r.value])).toEqual([
    ["fang-beihu-started-projects", 132],
    ["fang-beihu-started-total-investment", 1049.78e8],
    ["cri-2024-04-02-beihu-started-projects", 201],
    ["cri-2024-04-02-beihu-started-total-investment", 1279.2e8],
  ]);
  const chart = await db.named<{ subject_id: string }>("investment_by_subject");
  expect(chart.map((r) => r.subject_id)).not.toContain("beihu-future-science-city");
  const later = await db.named<{ figure_id: string }>("later_reports", ["changchun-new-area"]);
  expect(later.map((r) => r.figure_id)).toEqual(["cri-2024-area-planned-projects"]);
});
