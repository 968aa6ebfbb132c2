import type { Lang } from "@newarea/data";
import { describe, expect, it } from "vitest";
import { describeOutputPromises } from "../src/describeOutputPromises.ts";
import { outputPromises } from "../src/outputPromises.ts";
import { DIMMED_OPACITY } from "../src/palette.ts";
import { PROMISE_ROWS } from "./fixtures/outputPromises.ts";
import { SOURCES } from "./fixtures/sources.ts";
import { createDocument, expectGolden } from "./snapshot.ts";

describe("outputPromises(rows, options)", () => {
  for (const lang of ["zh", "en"] as Lang[]) {
    it(`outputPromises(rows, {lang: "${lang}"}) matches its golden SVG`, async () => {
      await expectGolden(
        outputPromises(PROMISE_ROWS, { lang, document: createDocument() }),
        `outputPromises-${lang}`,
      );
    });
  }

  it("outputPromises(rows, {width: 360, highlight}) matches its golden SVG", async () => {
    await expectGolden(
      outputPromises(PROMISE_ROWS, {
        lang: "en",
        document: createDocument(),
        width: 360,
        highlight: "optics-valley",
      }),
      "outputPromises-en-360",
    );
  });

  it("outputPromises draws output value and capacity in two panels, each on its own log axis with one tick per power of ten", () => {
    const svg = outputPromises(PROMISE_ROWS, { lang: "zh", document: createDocument() });
    expect([...svg.querySelectorAll("g.panel-heading text")].map((t) => t.textContent)).toEqual([
      "产值",
      "产能",
    ]);
    const ticks = [...svg.querySelectorAll("g.axis-tick-label")].map((g) =>
      [...g.querySelectorAll("text")].map((t) => t.textContent),
    );
    expect(ticks).toEqual([
      ["10亿", "100亿", "1000亿", "1万亿"],
      ["10亿", "100亿", "1000亿", "1万亿"],
    ]);
    expect([...svg.querySelectorAll("g.axis-label text")].map((t) => t.textContent)).toEqual([
      "产值，人民币元，对数刻度",
      "产能，人民币元，对数刻度",
    ]);
    // Equal ratios are equal distances: each decade takes the same width.
    const xs = [...(svg.querySelector("g.axis-tick")?.querySelectorAll("line") ?? [])].map((l) =>
      Number(l.getAttribute("x1")),
    );
    expect(xs).toHaveLength(4);
    const steps = xs.slice(1).map((x, i) => x - (xs[i] as number));
    for (const step of steps) expect(step).toBeCloseTo(steps[0] as number, 6);
  });

  it("outputPromises never puts capacity (产能) in the panel of output value (产值)", () => {
    const svg = outputPromises(PROMISE_ROWS, { lang: "zh", document: createDocument() });
    const top = (t: Element | undefined) =>
      Number(/,([\d.]+)\)/.exec(t?.getAttribute("transform") ?? "")?.[1] ?? Number.NaN);
    const axes = [...svg.querySelectorAll("g.axis-label text")].map(top);
    const panelOf = (label: string) => {
      const y = top([...svg.querySelectorAll("g.chart-label text")].find((t) => t.textContent === label));
      return axes.findIndex((axisY) => y < axisY);
    };
    expect(panelOf("预计产值 300亿元")).toBe(0);
    expect(panelOf("新增产能 300亿元")).toBe(1);
  });

  it("outputPromises draws an order of magnitude as a band over its decade, exact figures as dots", () => {
    const svg = outputPromises(PROMISE_ROWS, { lang: "zh", document: createDocument() });
    const bands = [...svg.querySelectorAll("g.chart-band title")].map((t) => t.textContent);
    expect(bands).toEqual([
      "带动产值目标 千亿元量级（1000亿–1万亿元）",
      "产业集群规模目标 百亿元量级（100亿–1000亿元）（3个来源）",
    ]);
    expect(svg.querySelectorAll("g.chart-figure circle")).toHaveLength(3);
  });

  it("outputPromises draws a promise three sources repeat as one band, its label saying how many sources give it", () => {
    expect(PROMISE_ROWS.filter((r) => r.measure === "cluster_output_target")).toHaveLength(3);
    const zh = outputPromises(PROMISE_ROWS, { lang: "zh", document: createDocument() });
    expect(zh.querySelectorAll("g.chart-band rect")).toHaveLength(2);
    const zhLabels = [...zh.querySelectorAll("g.chart-label text")].map((t) => t.textContent);
    expect(zhLabels.filter((t) => t?.includes("产业集群规模目标"))).toEqual([
      "产业集群规模目标 百亿元量级（3个来源）",
    ]);
    // A promise one source gives says nothing of sources.
    expect(zhLabels).toContain("带动产值目标 千亿元量级");
    const en = outputPromises(PROMISE_ROWS, { lang: "en", document: createDocument() });
    expect(en.querySelectorAll("g.chart-band rect")).toHaveLength(2);
    expect([...en.querySelectorAll("g.chart-label text")].map((t) => t.textContent)).toContain(
      "industry cluster size target: on the order of CNY 10 billion (3 sources)",
    );
  });

  it("outputPromises(rows, {highlight}) dims the other subjects and leaves the highlighted one as it is", () => {
    const plain = outputPromises(PROMISE_ROWS, { lang: "en", document: createDocument() });
    expect(plain.querySelectorAll("[opacity]")).toHaveLength(0);
    const svg = outputPromises(PROMISE_ROWS, {
      lang: "en",
      document: createDocument(),
      highlight: "gensci-park",
    });
    const opacity = (selector: string) =>
      [...svg.querySelectorAll(selector)].map((el) => Number(el.getAttribute("opacity") ?? 1));
    expect(opacity("g.chart-band rect")).toEqual([DIMMED_OPACITY, DIMMED_OPACITY]);
    expect(opacity("g.chart-figure circle").sort()).toEqual([DIMMED_OPACITY, 1, 1]);
    const names = [...svg.querySelectorAll("g.chart-name text")].map((t) => [
      t.textContent,
      Number(t.getAttribute("opacity") ?? 1),
    ]);
    expect(names).toEqual([
      ["Changchun Intelligent Optics Valley", DIMMED_OPACITY],
      ["GenSci International Pharmaceutical Park", 1],
      ["Jida Zhengyuan Information Security Industrial Park", DIMMED_OPACITY],
      ["GenSci International Pharmaceutical Park", 1],
    ]);
    const labels = [...svg.querySelectorAll("g.chart-label text")];
    for (const t of labels)
      expect(Number(t.getAttribute("opacity") ?? 1)).toBe(
        t.getAttribute("data-key")?.startsWith("gensci-park/") ? 1 : DIMMED_OPACITY,
      );
  });

  it("outputPromises has a legend naming each measure shown", () => {
    const svg = outputPromises(PROMISE_ROWS, { lang: "en", document: createDocument() });
    expect([...svg.querySelectorAll("g.chart-legend text")].map((t) => t.textContent)).toEqual([
      "expected output value",
      "new production capacity (value)",
      "industry cluster size target",
      "induced output value target",
    ]);
  });

  it("outputPromises(rows, {width: 360}) is drawn for a phone: no legend, each label names its measure", () => {
    const svg = outputPromises(PROMISE_ROWS, { lang: "en", document: createDocument(), width: 360 });
    expect(svg.querySelector("g.chart-legend")).toBeNull();
    const labels = [...svg.querySelectorAll("g.chart-label text")].map((t) => t.textContent ?? "");
    expect(labels.some((l) => l.startsWith("expected output value"))).toBe(true);
  });
});

describe("describeOutputPromises(rows, options)", () => {
  it("describeOutputPromises's alt text gives every promise, orders of magnitude as ranges", () => {
    const { alt } = describeOutputPromises(PROMISE_ROWS, { lang: "en" });
    expect(alt).toContain(
      "Changchun Intelligent Optics Valley: induced output value target on the order of CNY 100 billion (CNY 100 billion to CNY 1 trillion); industry cluster size target on the order of CNY 10 billion (CNY 10 billion to CNY 100 billion)",
    );
    expect(alt).toContain(
      "industry cluster size target on the order of CNY 10 billion (CNY 10 billion to CNY 100 billion) (3 sources)",
    );
    expect(alt).toContain("GenSci International Pharmaceutical Park: expected output value CNY 30 billion");
    expect(alt).toContain(
      "Production capacity panel — GenSci International Pharmaceutical Park: new production capacity (value) CNY 30 billion",
    );
    expect(alt).toContain(
      "Jida Zhengyuan Information Security Industrial Park: expected output value CNY 1 billion",
    );
  });

  it("describeOutputPromises's table has one row per source figure, with both ends in yuan", () => {
    const { table } = describeOutputPromises(PROMISE_ROWS, { lang: "zh", sources: SOURCES });
    expect(table.rows).toHaveLength(7);
    expect(table.rows.filter((r) => r.measure === "产业集群规模目标").map((r) => r.source)).toEqual([
      "中国西藏网（转载）",
      "新华财经",
      "新浪财经",
    ]);
    expect(table.rows[0]).toMatchObject({
      promise: "千亿元量级（1000亿–1万亿元）",
      low_cny: 1e11,
      high_cny: 1e12,
    });
    expect(table.rows[2]).toMatchObject({ source: "长春新区政府网" });
  });
});

describe("outputPromises with no rows", () => {
  it("outputPromises([]) draws an empty log axis rather than failing", () => {
    const svg = outputPromises([], { lang: "en", document: createDocument() });
    expect([...svg.querySelectorAll("g.axis-tick-label text")].map((t) => t.textContent)).toEqual([
      "1bn",
      "10bn",
      "100bn",
      "1tn",
    ]);
  });
});
