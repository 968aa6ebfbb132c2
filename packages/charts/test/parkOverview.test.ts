import type { Lang } from "@newarea/data";
import { formatAmount } from "@newarea/data/format";
import { describe, expect, it } from "vitest";
import { SUBJECT_KEY } from "../src/ChartDescription.ts";
import { describeParkOverview } from "../src/describeParkOverview.ts";
import { parkOverview } from "../src/parkOverview.ts";
import { knownPhrase, parkOverviewModel } from "../src/parkOverviewModel.ts";
import { CHARTS } from "../src/registry.ts";
import { SOURCES } from "./fixtures/sources.ts";
import { OVERVIEW_ROWS } from "./fixtures/subjectOverview.ts";
import { createDocument, expectGolden } from "./snapshot.ts";

const LANGS: Lang[] = ["zh", "en"];
// 超百亿元 as the site prints a floor (the formatter's words, whatever they are).
const FLOOR_ZH = formatAmount({ value: 1e10, unit: "CNY", bound: "at_least" }, "zh");

/** Returns the texts of the mark group of class `chart-<name>`. */
function texts(svg: Element, name: string): string[] {
  const g = svg.querySelector(`g.chart-${name}`);
  return g ? [...g.querySelectorAll("text")].map((t) => t.textContent ?? "") : [];
}

describe("parkOverview(rows, options)", () => {
  for (const lang of LANGS) {
    it(`parkOverview(rows, {lang: "${lang}"}) matches its golden SVG`, async () => {
      const svg = parkOverview(OVERVIEW_ROWS, { lang, document: createDocument(), sources: SOURCES });
      await expectGolden(svg, `parkOverview-${lang}`);
    });
  }

  it('parkOverview(rows, {lang: "zh", width: 360}) matches its golden SVG', async () => {
    const svg = parkOverview(OVERVIEW_ROWS, { lang: "zh", width: 360, document: createDocument() });
    await expectGolden(svg, "parkOverview-zh-360");
  });

  it("parkOverviewModel() puts parks by their highest figure, phases under their park, zones last", () => {
    const order = parkOverviewModel(OVERVIEW_ROWS, "zh").map((s) => [s.id, s.depth]);
    expect(order).toEqual([
      ["fine-chemical-park", 0],
      ["fine-chemical-park-phase1", 1],
      ["fine-chemical-park-phase2", 1],
      ["zhongjun-tianxin", 0],
      ["gensci-park", 0],
      ["tcm-centre", 0],
      ["optics-valley", 0],
      // No figure: by how many figures are known, then by id.
      ["changguang-park", 0],
      ["changguang-phase-2", 1],
      ["jida-zhengyuan", 0],
      ["beihu-zone", 0],
    ]);
  });

  it("parkOverview leaves later reports out of the investment: GenSci's 23亿 of 2024 is not drawn", () => {
    const svg = parkOverview(OVERVIEW_ROWS, { lang: "zh", document: createDocument() });
    const values = texts(svg, "value");
    expect(values).toContain("30亿元");
    expect(values.join()).not.toContain("23亿");
    expect(values).toContain("18亿元");
    expect(values.join()).not.toContain("45亿");
  });

  it("parkOverview marks a floor with an open end, a dispute with a range and a subject without a figure 未披露", () => {
    const svg = parkOverview(OVERVIEW_ROWS, { lang: "zh", document: createDocument() });
    expect(texts(svg, "value")).toContain(FLOOR_ZH);
    expect(svg.querySelectorAll("g.chart-open-end path")).toHaveLength(1);
    expect(svg.querySelectorAll("g.chart-range line")).toHaveLength(2);
    // Both chemical phases, the satellite park, jida and the zone.
    expect(texts(svg, "not-disclosed")).toEqual(Array(5).fill("未披露"));
  });

  it("parkOverview sets a phase's name in from its park's and says under each row what else is known", () => {
    const svg = parkOverview(OVERVIEW_ROWS, { lang: "en", document: createDocument() });
    const names = [...(svg.querySelector("g.chart-name")?.querySelectorAll("text") ?? [])];
    const x = (id: string) => {
      const t = names.find((n) => n.getAttribute("data-key") === id)?.getAttribute("transform") ?? "";
      return Number(/translate\(([\d.]+),/.exec(t)?.[1]);
    };
    expect(x("fine-chemical-park-phase1") - x("fine-chemical-park")).toBe(14);
    const notes = texts(svg, "sources");
    expect(notes).toContain("only later reports: 4 figures");
    expect(notes).toContain("2 figures, 5 milestones; 6 more figures in later reports");
  });
});

describe("describeParkOverview(rows, options)", () => {
  it("describeParkOverview's table has one row per subject in reading order, with its id and what it is part of", () => {
    const { table } = describeParkOverview(OVERVIEW_ROWS, { lang: "zh", sources: SOURCES });
    expect(table.rows.map((r) => r[SUBJECT_KEY])).toEqual(CHARTS.parkOverview?.keys(OVERVIEW_ROWS));
    expect(table.rows[1]).toMatchObject({
      subject: "精细化工产业园一期",
      part_of: "精细化工产业园",
      investment: "未披露",
      low_cny: null,
    });
    expect(table.rows[0]).toMatchObject({ investment: "175亿–约178亿元", part_of: null });
    expect(table.columns.map((c) => c.key)).toEqual(
      Object.keys(table.rows[0] ?? {}).filter((k) => k !== SUBJECT_KEY),
    );
  });

  it("describeParkOverview's alt text says a floor is a floor and which park a phase is part of", () => {
    const { alt } = describeParkOverview(OVERVIEW_ROWS, { lang: "zh", sources: SOURCES });
    expect(alt).toContain(`中军天信国际品牌文化旅游：${FLOOR_ZH}（主要来源），只是下限`);
    expect(alt).toContain("精细化工产业园一期（属于精细化工产业园）：未披露");
    const en = describeParkOverview(OVERVIEW_ROWS, { lang: "en", sources: SOURCES });
    expect(en.alt).toContain(
      "Fine Chemical Industrial Park phase I (part of Fine Chemical Industrial Park): not disclosed",
    );
    expect(en.subtitle).toContain("later reports left out");
  });

  it("knownPhrase() counts figures and milestones, and later reports apart", () => {
    const [chem, , , , gensci] = parkOverviewModel(OVERVIEW_ROWS, "zh");
    expect(knownPhrase(chem as NonNullable<typeof chem>, "zh")).toBe("4个数字");
    expect(knownPhrase(gensci as NonNullable<typeof gensci>, "zh")).toBe(
      "2个数字、5个时间节点；另有6个数字出自后来的报道",
    );
  });
});
