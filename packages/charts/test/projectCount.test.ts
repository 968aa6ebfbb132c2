import type { Lang } from "@newarea/data";
import { describe, expect, it } from "vitest";
import { describeProjectCount } from "../src/describeProjectCount.ts";
import { projectCount } from "../src/projectCount.ts";
import { AREA_ROWS } from "./fixtures/areaKeyFigures.ts";
import { SOURCES } from "./fixtures/sources.ts";
import { createDocument, expectGolden } from "./snapshot.ts";

describe("projectCount(rows, options)", () => {
  for (const lang of ["zh", "en"] as Lang[]) {
    it(`projectCount(rows, {lang: "${lang}"}) matches its golden SVG`, async () => {
      await expectGolden(
        projectCount(AREA_ROWS, { lang, document: createDocument() }),
        `projectCount-${lang}`,
      );
    });
  }

  it("projectCount(rows, {width: 360}) matches its golden SVG", async () => {
    await expectGolden(
      projectCount(AREA_ROWS, { lang: "en", document: createDocument(), width: 360 }),
      "projectCount-en-360",
    );
  });

  it("projectCount draws one square per project started and outlines the 125 planned", () => {
    const svg = projectCount(AREA_ROWS, { lang: "zh", document: createDocument() });
    expect(svg.querySelectorAll("g.chart-cell rect")).toHaveLength(141);
    expect(svg.querySelector("g.chart-target path")).not.toBeNull();
    expect(svg.querySelector("g.chart-target-label")?.textContent).toBe("计划 125个");
    expect(svg.querySelector("g.chart-count-label")?.textContent).toBe("已开复工 141个");
  });

  it("projectCount throws naming the measure when a figure is missing", () => {
    const rows = AREA_ROWS.filter((r) => r.measure !== "started_projects");
    expect(() => projectCount(rows, { lang: "zh", document: createDocument() })).toThrow(/started_projects/);
  });
});

describe("describeProjectCount(rows, options)", () => {
  it("describeProjectCount states both counts and the difference", () => {
    const d = describeProjectCount(AREA_ROWS, { lang: "en", sources: SOURCES });
    expect(d.alt).toBe(
      "Square chart: 141 projects started or resumed, 16 more than planned; the 125 planned are outlined.",
    );
    expect(d.subtitle).toContain("at least CNY 50 million");
    expect(d.source).toBe("Source: China Tibet Online (reprint)");
  });

  it("describeProjectCount's table has the two counts drawn", () => {
    const { table } = describeProjectCount(AREA_ROWS, { lang: "zh" });
    expect(table.rows.map((r) => r.count)).toEqual([125, 141]);
  });
});
