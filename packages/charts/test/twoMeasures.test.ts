import { describe, expect, it } from "vitest";
import { describeTwoMeasures } from "../src/describeTwoMeasures.ts";
import type { Lang } from "../src/rows.ts";
import { twoMeasures } from "../src/twoMeasures.ts";
import { AREA_ROWS } from "./fixtures/areaKeyFigures.ts";
import { SOURCES } from "./fixtures/sources.ts";
import { createDocument, expectGolden } from "./snapshot.ts";

describe("twoMeasures(rows, options)", () => {
  for (const lang of ["zh", "en"] as Lang[]) {
    it(`twoMeasures(rows, {lang: "${lang}"}) matches its golden HTML`, async () => {
      await expectGolden(twoMeasures(AREA_ROWS, { lang, document: createDocument() }), `twoMeasures-${lang}`);
    });
  }

  it("twoMeasures(rows, {width: 360}) matches its golden HTML", async () => {
    await expectGolden(
      twoMeasures(AREA_ROWS, { lang: "en", document: createDocument(), width: 360 }),
      "twoMeasures-en-360",
    );
  });

  it("twoMeasures draws two panels, each with its own axis", () => {
    const root = twoMeasures(AREA_ROWS, { lang: "zh", document: createDocument() });
    const panels = [...root.querySelectorAll("svg")];
    expect(panels).toHaveLength(2);
    const ticks = panels.map((svg) =>
      [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')].map((t) => t.textContent),
    );
    expect(ticks[0]?.at(-1)).toBe("1200亿");
    expect(ticks[1]?.at(-1)).toBe("70亿");
    expect(panels.map((svg) => svg.querySelector("g.chart-value")?.textContent)).toEqual([
      "1080亿元",
      "61.4亿元",
    ]);
  });

  it("twoMeasures notes the growth and the industrial share as text beside the completed investment", () => {
    const root = twoMeasures(AREA_ROWS, { lang: "zh", document: createDocument() });
    expect(root.querySelector("g.chart-annotation")?.textContent).toBe("增长49%，产业投资占比76.1%");
    const en = twoMeasures(AREA_ROWS, { lang: "en", document: createDocument() });
    expect(en.querySelector("g.chart-annotation")?.textContent).toBe("up 49%, 76.1% of it industrial");
  });
});

describe("describeTwoMeasures(rows, options)", () => {
  it("describeTwoMeasures's subtitle says the two are different measures", () => {
    expect(describeTwoMeasures(AREA_ROWS, { lang: "en" }).subtitle).toBe(
      "CNY 108 billion is what the planned projects will cost over several years; CNY 6.14 billion is what was spent this year so far. Different measures, each on its own axis",
    );
    expect(describeTwoMeasures(AREA_ROWS, { lang: "zh" }).subtitle).toContain("两者不是同一个量");
  });

  it("describeTwoMeasures's alt text and table give all four figures", () => {
    const d = describeTwoMeasures(AREA_ROWS, { lang: "zh", sources: SOURCES });
    expect(d.alt).toBe(
      "两个分开的条形，各有坐标轴。全年计划的125个项目的总投资（建设期合计，跨多年）：1080亿元。今年以来完成的固定资产投资（2023年上半年）：61.4亿元，增长49%，产业投资占比76.1%。",
    );
    expect(d.table.rows.map((r) => r.value)).toEqual([108_000_000_000, 6_140_000_000, 0.49, 0.761]);
    expect(d.source).toBe("来源：中国西藏网（转载）");
  });
});
