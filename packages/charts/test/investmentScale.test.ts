import type { Lang } from "@newarea/data";
import { describe, expect, it } from "vitest";
import { SUBJECT_KEY } from "../src/ChartDescription.ts";
import { describeInvestmentScale } from "../src/describeInvestmentScale.ts";
import { investmentScale } from "../src/investmentScale.ts";
import { INVESTMENT_ROWS } from "./fixtures/investmentBySubject.ts";
import { SOURCES } from "./fixtures/sources.ts";
import { createDocument, expectGolden } from "./snapshot.ts";

const LANGS: Lang[] = ["zh", "en"];

/** Returns the texts under the mark group of class `chart-<label>`. */
function texts(svg: Element, label: string): string[] {
  const g = svg.querySelector(`g.chart-${label.replace(" ", "-")}`);
  return g ? [...g.querySelectorAll("text")].map((t) => t.textContent ?? "") : [];
}

describe("investmentScale(rows, options)", () => {
  for (const lang of LANGS) {
    it(`investmentScale(rows, {lang: "${lang}"}) matches its golden SVG`, async () => {
      const svg = investmentScale(INVESTMENT_ROWS, { lang, document: createDocument(), sources: SOURCES });
      await expectGolden(svg, `investmentScale-${lang}`);
    });
  }

  it("investmentScale(rows, {total, highlight, showSources}) matches its golden SVG at 360 px", async () => {
    const svg = investmentScale(INVESTMENT_ROWS, {
      lang: "zh",
      document: createDocument(),
      width: 360,
      total: 108_000_000_000,
      highlight: "fine-chemical-park",
      showSources: true,
      sources: SOURCES,
    });
    await expectGolden(svg, "investmentScale-total-zh-360");
  });

  it("investmentScale draws an open lower bound as a bar with an open end and a 超 label", () => {
    const svg = investmentScale(INVESTMENT_ROWS, { lang: "zh", document: createDocument() });
    expect(texts(svg, "value")).toContain("至少100亿元");
    const open = svg.querySelector("g.chart-open-end");
    expect(open?.querySelectorAll("path")).toHaveLength(1);
    const bars = [...svg.querySelectorAll("g.chart-bar title")].map((t) => t.textContent);
    expect(bars).toContainEqual(expect.stringContaining("至少100亿元"));
  });

  it('investmentScale(rows, {lang: "en"}) labels the open bound "at least CNY 10 billion"', () => {
    const svg = investmentScale(INVESTMENT_ROWS, { lang: "en", document: createDocument() });
    expect(texts(svg, "value")).toContain("at least CNY 10 billion");
  });

  it("investmentScale shows a subject without a figure as 未披露 and draws no bar for it", () => {
    const svg = investmentScale(INVESTMENT_ROWS, { lang: "zh", document: createDocument() });
    expect(texts(svg, "not disclosed")).toEqual(["未披露"]);
    const titles = [...svg.querySelectorAll("title")].map((t) => t.textContent ?? "");
    expect(titles.filter((t) => t.includes("吉大正元"))).toEqual([]);
  });

  it("investmentScale draws a disputed subject as a range with one dot per distinct figure", () => {
    const svg = investmentScale(INVESTMENT_ROWS, { lang: "zh", document: createDocument() });
    const dots = [...svg.querySelectorAll("g.chart-figure title")].map((t) => t.textContent ?? "");
    expect(dots.filter((t) => t.startsWith("精细化工产业园"))).toEqual([
      "精细化工产业园：175亿元（主要来源）",
      "精细化工产业园：约178亿元（另2篇报道，2023年）",
    ]);
    expect(dots.filter((t) => t.startsWith("金赛"))).toHaveLength(2);
    expect(texts(svg, "value")).toContain("175亿–约178亿元");
  });

  it("investmentScale(rows, {total}) extends the axis to the total and marks it", () => {
    const svg = investmentScale(INVESTMENT_ROWS, {
      lang: "zh",
      document: createDocument(),
      total: 108_000_000_000,
    });
    expect(svg.querySelector("g.chart-total")).not.toBeNull();
    expect(texts(svg, "total label").join("")).toContain("1080亿元");
  });

  it("investmentScale draws the zero line from the first row, below the total's label, to under the last row", () => {
    const y = (el: Element | null) =>
      Number(/translate\([\d.]+,([\d.]+)\)/.exec(el?.getAttribute("transform") ?? "")?.[1]);
    for (const total of [undefined, 108_000_000_000]) {
      const svg = investmentScale(INVESTMENT_ROWS, { lang: "zh", document: createDocument(), total });
      const rule = svg.querySelector("g.chart-zero line");
      const names = [...svg.querySelectorAll("g.chart-name text")];
      const last = svg.querySelector("g.chart-not-disclosed text");
      expect(Number(rule?.getAttribute("y1"))).toBeLessThanOrEqual(y(names[0] ?? null));
      expect(Number(rule?.getAttribute("y1"))).toBe(total === undefined ? 0 : 25.5);
      expect(Number(rule?.getAttribute("y2"))).toBeGreaterThan(y(last) + 17);
    }
  });

  it("investmentScale fills aria-label and aria-description from describeInvestmentScale", () => {
    const svg = investmentScale(INVESTMENT_ROWS, { lang: "en", document: createDocument() });
    const d = describeInvestmentScale(INVESTMENT_ROWS, { lang: "en" });
    expect(svg.getAttribute("aria-label")).toBe(d.title);
    expect(svg.getAttribute("aria-description")).toContain(d.alt);
  });

  it("investmentScale(rows, {width: 360}) is drawn for a phone: 12 px type, no axis label, each value beside its name or mark", () => {
    const phone = investmentScale(INVESTMENT_ROWS, { lang: "en", document: createDocument(), width: 360 });
    expect(phone.getAttribute("style")).toContain("font-size:12px");
    expect(phone.querySelector('g[aria-label="x-axis label"]')).toBeNull();
    // A value on a line of its own would start at the frame's left edge: on a phone none does.
    const starts = (svg: Element) =>
      [...svg.querySelectorAll("g.chart-value text")].map((t) =>
        Number(/translate\(([-\d.]+)/.exec(t.getAttribute("transform") ?? "")?.[1]),
      );
    expect(starts(phone).length).toBeGreaterThan(0);
    for (const x of starts(phone)) expect(x).toBeGreaterThan(6);
    const wide = investmentScale(INVESTMENT_ROWS, { lang: "en", document: createDocument() });
    expect(wide.getAttribute("style")).toContain("font-size:13px");
    expect(wide.querySelector('g[aria-label="x-axis label"]')).not.toBeNull();
    expect(starts(wide)).toContain(14);
  });

  it("investmentScale(rows, {total, width: 360}) labels the total on a clear line of the rows: as tall as without it", () => {
    const options = { lang: "zh" as const, document: createDocument(), width: 360 };
    const without = investmentScale(INVESTMENT_ROWS, options);
    const withTotal = investmentScale(INVESTMENT_ROWS, { ...options, total: 108e9 });
    expect(withTotal.getAttribute("height")).toBe(without.getAttribute("height"));
    expect(texts(withTotal, "total label")).toEqual(["全年计划项目总投资1080亿元"]);
  });
});

describe("describeInvestmentScale(rows, options)", () => {
  it("describeInvestmentScale's alt text names every subject and its values", () => {
    const { alt } = describeInvestmentScale(INVESTMENT_ROWS, { lang: "en" });
    expect(alt).toContain(
      "Fine Chemical Industrial Park: CNY 17.5 billion (primary source) to about CNY 17.8 billion (two other reports, 2023)",
    );
    expect(alt).toContain(
      "Zhongjun Tianxin international brand culture and tourism: at least CNY 10 billion (primary source), an open lower bound",
    );
    expect(alt).toContain(
      "CNY 1.8 billion (one other report, 2018) to CNY 4.5 billion (one other report, 2025)",
    );
    expect(alt).toContain(
      "CNY 1.309 billion (one other report, 2022) to CNY 1.31 billion (one other report, 2023)",
    );
    expect(alt).toContain("Jida Zhengyuan Information Security Industrial Park: not disclosed");
    for (const name of new Set(INVESTMENT_ROWS.map((r) => r.name_en))) expect(alt).toContain(name);
  });

  it("describeInvestmentScale's zh alt text writes amounts in 亿元", () => {
    const { alt } = describeInvestmentScale(INVESTMENT_ROWS, { lang: "zh" });
    expect(alt).toContain("精细化工产业园：175亿元（主要来源）至约178亿元（另2篇报道，2023年）");
    expect(alt).toContain("中军天信国际品牌文化旅游：至少100亿元（主要来源），只是下限");
    expect(alt).toContain("吉大正元信息安全产业园：未披露");
  });

  it("describeInvestmentScale's table has one row per subject drawn, with raw values", () => {
    const { table } = describeInvestmentScale(INVESTMENT_ROWS, { lang: "zh", sources: SOURCES });
    expect(table.rows).toHaveLength(7);
    expect(table.rows[0]).toMatchObject({
      subject: "精细化工产业园",
      low_cny: 17_500_000_000,
      high_cny: 17_800_000_000,
    });
    expect(table.rows.at(-1)).toMatchObject({ investment: "未披露", low_cny: null, high_cny: null });
    // Every key of a row is a column, but the subject id, which pages use to link the row's name.
    expect(table.columns.map((c) => c.key)).toEqual(
      Object.keys(table.rows[0] ?? {}).filter((k) => k !== SUBJECT_KEY),
    );
    expect(new Set(table.rows.map((r) => r[SUBJECT_KEY]))).toEqual(
      new Set(INVESTMENT_ROWS.map((r) => r.subject_id)),
    );
    expect([table.rows[0]?.[SUBJECT_KEY], table.rows.at(-1)?.[SUBJECT_KEY]]).toEqual([
      "fine-chemical-park",
      "jida-zhengyuan",
    ]);
  });

  it("describeInvestmentScale's table gives each source its own words (178亿元 is not 约178亿元 because another source wrote 约)", () => {
    const zh = describeInvestmentScale(INVESTMENT_ROWS, { lang: "zh", sources: SOURCES }).table.rows;
    expect(zh[0]?.sources).toBe("175亿元：中国西藏网（转载）；178亿元：长春日报；约178亿元：中国吉林网");
    expect(zh[1]?.sources).toBe("超百亿元：中国西藏网（转载）");
    const en = describeInvestmentScale(INVESTMENT_ROWS, { lang: "en", sources: SOURCES }).table.rows;
    expect(en[0]?.sources).toBe(
      "CNY 17.5 billion: China Tibet Online (reprint); CNY 17.8 billion: Changchun Daily; about CNY 17.8 billion: China Jilin Net",
    );
  });

  it("describeInvestmentScale's source line names each publisher once", () => {
    const { source } = describeInvestmentScale(INVESTMENT_ROWS, { lang: "en", sources: SOURCES });
    expect(source).toMatch(/^Sources: China Tibet Online \(reprint\), Changchun Daily, China Jilin Net, /);
    expect(source.match(/China Tibet Online/g)).toHaveLength(1);
  });
});

describe("investmentScale with no rows", () => {
  it("investmentScale([]) draws an empty chart rather than failing", () => {
    const svg = investmentScale([], { lang: "zh", document: createDocument() });
    expect(svg.querySelectorAll("g.chart-name text")).toHaveLength(0);
    expect(svg.getAttribute("viewBox")).toMatch(/^0 0 640 \d+$/);
  });
});
