import type { Lang } from "@newarea/data";
import { describe, expect, it } from "vitest";
import { describeTwoMeasures } from "../src/describeTwoMeasures.ts";
import { twoMeasures } from "../src/twoMeasures.ts";
import { twoMeasuresImage } from "../src/twoMeasuresImage.ts";
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

  it("twoMeasures draws no bars and no axes: two numbers, as text", () => {
    for (const lang of ["zh", "en"] as Lang[]) {
      const root = twoMeasures(AREA_ROWS, { lang, document: createDocument() });
      expect(root.tagName.toLowerCase()).toBe("div");
      expect(root.querySelectorAll("svg, rect, .chart-bar, [aria-label='x-axis tick']")).toHaveLength(0);
      expect(root.querySelectorAll(".chart-panel")).toHaveLength(2);
    }
    const root = twoMeasures(AREA_ROWS, { lang: "zh", document: createDocument() });
    expect([...root.querySelectorAll(".chart-value")].map((v) => v.textContent)).toEqual([
      "1080亿元",
      "61.4亿元",
    ]);
    const en = twoMeasures(AREA_ROWS, { lang: "en", document: createDocument() });
    expect([...en.querySelectorAll(".chart-value")].map((v) => v.textContent)).toEqual([
      "CNY 108 billion",
      "CNY 6.14 billion",
    ]);
  });

  it("twoMeasures gives each number what it measures and its period", () => {
    const root = twoMeasures(AREA_ROWS, { lang: "zh", document: createDocument() });
    const text = (selector: string) => [...root.querySelectorAll(selector)].map((t) => t.textContent);
    expect(text(".chart-panel-title")).toEqual(["125个计划项目的总投资", "已完成的固定资产投资"]);
    expect(text(".chart-period")).toEqual(["2023年计划；建设期合计，跨多年", "2023年上半年，今年以来"]);
    const en = twoMeasures(AREA_ROWS, { lang: "en", document: createDocument() });
    expect([...en.querySelectorAll(".chart-period")].map((t) => t.textContent)).toEqual([
      "planned for 2023; their whole build, over several years",
      "first half of 2023, this year so far",
    ]);
  });

  it("twoMeasures notes the growth and the industrial share under the completed investment only", () => {
    const root = twoMeasures(AREA_ROWS, { lang: "zh", document: createDocument() });
    const panels = [...root.querySelectorAll(".chart-panel")];
    expect(panels[0]?.querySelector(".chart-annotation")).toBeNull();
    expect([...(panels[1]?.querySelectorAll(".chart-note") ?? [])].map((n) => n.textContent)).toEqual([
      "增长49%",
      "产业投资占比76.1%",
    ]);
    const en = twoMeasures(AREA_ROWS, { lang: "en", document: createDocument() });
    expect([...en.querySelectorAll(".chart-note")].map((n) => n.textContent)).toEqual([
      "up 49%",
      "76.1% of it industrial",
    ]);
  });

  it("twoMeasures says under the panels that the two are not drawn to one scale", () => {
    const root = twoMeasures(AREA_ROWS, { lang: "zh", document: createDocument() });
    expect(root.lastElementChild?.getAttribute("class")).toBe("chart-scale-note");
    expect(root.lastElementChild?.textContent).toBe("两个数字是不同的量，没有按同一比例画出，不能直接相比");
    const en = twoMeasures(AREA_ROWS, { lang: "en", document: createDocument() });
    expect(en.querySelector(".chart-scale-note")?.textContent).toBe(
      "Two different measures, not drawn to one scale: they cannot be compared directly",
    );
  });

  it("twoMeasures sits side by side at 480px and wider and wraps below, and keeps its accessible name", () => {
    const root = twoMeasures(AREA_ROWS, { lang: "en", document: createDocument(), width: 360 });
    const style = root.getAttribute("style") ?? "";
    expect(style).toContain("flex-wrap:wrap");
    expect(style).toContain("max-width:360px");
    // Two panels of this basis and the gap between them fit in 480px and no less.
    const basis = Number(
      /flex:1 1 ([\d.]+)px/.exec(root.querySelector(".chart-panel")?.getAttribute("style") ?? "")?.[1],
    );
    const gap = Number(/gap:(\d+)px/.exec(style)?.[1]);
    expect(2 * basis + gap).toBe(480);
    expect(root.getAttribute("role")).toBe("group");
    expect(root.getAttribute("aria-label")).toBe(describeTwoMeasures(AREA_ROWS, { lang: "en" }).title);
    expect(root.getAttribute("aria-description")).toContain("not to one scale");
  });
});

describe("describeTwoMeasures(rows, options)", () => {
  it("describeTwoMeasures's subtitle says the two are different measures", () => {
    expect(describeTwoMeasures(AREA_ROWS, { lang: "en" }).subtitle).toBe(
      "CNY 108 billion is what the planned projects will cost over several years; CNY 6.14 billion is the investment completed this year so far. Different measures, shown apart and not to one scale",
    );
    expect(describeTwoMeasures(AREA_ROWS, { lang: "zh" }).subtitle).toContain("两者不是同一个量");
  });

  it("describeTwoMeasures's alt text and table give all four figures", () => {
    const d = describeTwoMeasures(AREA_ROWS, { lang: "zh", sources: SOURCES });
    expect(d.alt).toBe(
      "两个分开的数字，不按同一比例。125个计划项目的总投资（2023年计划；建设期合计，跨多年）：1080亿元。已完成的固定资产投资（2023年上半年，今年以来）：61.4亿元，增长49%，产业投资占比76.1%。",
    );
    expect(d.table.rows.map((r) => r.value)).toEqual([108_000_000_000, 6_140_000_000, 0.49, 0.761]);
    expect(d.source).toBe("来源：中国西藏网（转载）");
  });
});

describe("twoMeasuresImage(rows, options)", () => {
  for (const [lang, width] of [
    ["zh", 640],
    ["en", 640],
    ["en", 360],
  ] as [Lang, number][]) {
    it(`twoMeasuresImage(rows, {lang: "${lang}", width: ${width}}) matches its golden SVG`, async () => {
      await expectGolden(
        twoMeasuresImage(AREA_ROWS, { lang, document: createDocument(), width }),
        `twoMeasuresImage-${lang}-${width}`,
      );
    });
  }

  it("twoMeasuresImage says what the HTML panels say, as SVG text, and stacks the panels below 480px", () => {
    const html = twoMeasures(AREA_ROWS, { lang: "zh", document: createDocument() });
    const svg = twoMeasuresImage(AREA_ROWS, { lang: "zh", document: createDocument() });
    const words = (el: Element) => (el.textContent ?? "").replace(/\s+/g, "");
    expect(svg.tagName.toLowerCase()).toBe("svg");
    expect(words(svg)).toBe(words(html));
    const ruleX = (w: number) =>
      [
        ...twoMeasuresImage(AREA_ROWS, { lang: "en", document: createDocument(), width: w }).querySelectorAll(
          "rect",
        ),
      ].map((r) => [r.getAttribute("x"), Number(r.getAttribute("y")) > 0]);
    expect(ruleX(640)).toEqual([
      ["0", false],
      ["328", false],
    ]);
    expect(ruleX(360)).toEqual([
      ["0", false],
      ["0", true],
    ]);
  });
});
