import type { Lang } from "@newarea/data";
import { describe, expect, it } from "vitest";
import * as charts from "../src/index.ts";
import { CHARTS, type ChartContext, type ChartDefinition, checkChartOptions } from "../src/registry.ts";
import { AREA_ROWS } from "./fixtures/areaKeyFigures.ts";
import { INVESTMENT_ROWS } from "./fixtures/investmentBySubject.ts";
import { MILESTONE_ROWS } from "./fixtures/milestonesTimeline.ts";
import { PROMISE_ROWS } from "./fixtures/outputPromises.ts";
import { SOURCES } from "./fixtures/sources.ts";
import { OVERVIEW_ROWS } from "./fixtures/subjectOverview.ts";
import { createDocument } from "./snapshot.ts";

/** Each chart's fixture rows, as its named query returns them. */
const ROWS: Record<string, readonly unknown[]> = {
  projectCount: AREA_ROWS,
  twoMeasures: AREA_ROWS,
  investmentScale: INVESTMENT_ROWS,
  milestoneTimeline: MILESTONE_ROWS,
  outputPromises: PROMISE_ROWS,
  parkOverview: OVERVIEW_ROWS,
};

/** Returns the definition of a chart by name, or fails the test. */
function definition(name: string) {
  const def = CHARTS[name];
  if (!def) throw new Error(`no chart ${name}`);
  return def;
}

/** A context whose named queries answer from the fixtures, as the app's data layer would. */
function context(lang: Lang, areaRows: readonly unknown[] = AREA_ROWS): ChartContext {
  return {
    lang,
    sources: SOURCES,
    named: async (query) => {
      if (query !== "area_key_figures") throw new Error(`unexpected query ${query}`);
      return areaRows as Record<string, unknown>[];
    },
  };
}

/**
 * The options the app computes today (apps/story buildStory.chartOptions and chartCellOptions): the
 * reference `resolve` must match, key order included, since the app keys its drawn charts by their JSON.
 */
function appOptions(written: Record<string, string>, lang: Lang): Record<string, unknown> {
  const o: Record<string, unknown> = { lang, sources: SOURCES };
  if (written.highlight) o.highlight = written.highlight;
  if (written.total === "on")
    o.total = AREA_ROWS.find((r) => r.measure === "planned_total_investment")?.value;
  if (written.sources === "on") o.showSources = true;
  return o;
}

describe("CHARTS", () => {
  it("CHARTS has a definition, under its own name, for every chart function @newarea/charts exports", () => {
    const lib = charts as unknown as Record<string, unknown>;
    const drawn = Object.keys(ROWS);
    expect(Object.keys(CHARTS).sort()).toEqual([...drawn].sort());
    for (const name of drawn) {
      const def = definition(name);
      expect(def.name).toBe(name);
      expect(def.draw).toBe(lib[name]);
      expect(def.describe).toBe(lib[`describe${name[0]?.toUpperCase()}${name.slice(1)}`]);
      expect(def.help.length).toBeGreaterThan(10);
      for (const spec of Object.values(def.options)) expect(spec.help.length).toBeGreaterThan(10);
    }
  });

  it("CHARTS gives each chart the named query and parameters the app draws it from", () => {
    const queries = Object.fromEntries(Object.entries(CHARTS).map(([k, d]) => [k, [d.query, d.params]]));
    expect(queries).toEqual({
      projectCount: ["area_key_figures", []],
      twoMeasures: ["area_key_figures", []],
      investmentScale: ["investment_by_subject", []],
      milestoneTimeline: ["milestones_timeline", ["2023-04-01", "2024-12-31"]],
      outputPromises: ["output_promises", []],
      parkOverview: ["subject_overview", []],
    });
  });

  it("CHARTS' options are the ones documents write today: highlight, total and sources", () => {
    const options = Object.fromEntries(
      Object.entries(CHARTS).map(([k, d]) => [
        k,
        Object.entries(d.options).map(([o, s]) => `${o}:${s.kind}`),
      ]),
    );
    expect(options).toEqual({
      projectCount: [],
      twoMeasures: [],
      investmentScale: ["highlight:subject", "total:flag", "sources:flag"],
      milestoneTimeline: ["highlight:subject"],
      outputPromises: ["highlight:subject"],
      parkOverview: ["highlight:subject"],
    });
  });
});

describe("ChartDefinition.resolve(written, ctx)", () => {
  const cases: [string, Record<string, string>][] = [
    ["investmentScale", {}],
    ["investmentScale", { highlight: "fine-chemical-park" }],
    ["investmentScale", { total: "on" }],
    ["investmentScale", { total: "off", sources: "off" }],
    ["investmentScale", { highlight: "gensci-park", total: "on", sources: "on" }],
    ["milestoneTimeline", { highlight: "jida-zhengyuan" }],
    ["outputPromises", { highlight: "optics-valley" }],
    ["outputPromises", {}],
    ["parkOverview", { highlight: "gensci-park" }],
    ["projectCount", {}],
    ["twoMeasures", {}],
  ];
  for (const [chart, written] of cases) {
    for (const lang of ["zh", "en"] as Lang[]) {
      it(`CHARTS.${chart}.resolve(${JSON.stringify(written)}, {lang: "${lang}"}) gives the options the app computes`, async () => {
        const options = await CHARTS[chart]?.resolve(written, context(lang));
        expect(JSON.stringify(options)).toBe(JSON.stringify(appOptions(written, lang)));
      });
    }
  }

  it("CHARTS.investmentScale.resolve({total: 'on'}) draws the total from area_key_figures: 1080亿 on the axis", async () => {
    const options = await CHARTS.investmentScale?.resolve({ total: "on" }, context("zh"));
    expect(options.total).toBe(108_000_000_000);
    const svg = CHARTS.investmentScale?.draw(INVESTMENT_ROWS, { ...options, document: createDocument() });
    expect(svg?.querySelector("g.chart-total-label")?.textContent).toContain("1080亿元");
  });

  it("CHARTS.investmentScale.resolve({total: 'on'}) fails naming the figure when the data has no planned total", async () => {
    const without = AREA_ROWS.filter((r) => r.measure !== "planned_total_investment");
    await expect(CHARTS.investmentScale?.resolve({ total: "on" }, context("en", without))).rejects.toThrow(
      /planned_total_investment/,
    );
  });
});

describe("ChartDefinition.keys(rows)", () => {
  it("CHARTS.investmentScale.keys(rows) lists every subject, a subject without a figure included", () => {
    expect(CHARTS.investmentScale?.keys(INVESTMENT_ROWS)).toEqual([
      ...new Set(INVESTMENT_ROWS.map((r) => r.subject_id)),
    ]);
    expect(CHARTS.investmentScale?.keys(INVESTMENT_ROWS)).toContain("jida-zhengyuan");
  });

  it("CHARTS.milestoneTimeline.keys(rows) lists only subjects with a milestone inside the window drawn", () => {
    const keys = CHARTS.milestoneTimeline?.keys(MILESTONE_ROWS) ?? [];
    expect([...keys].sort()).toEqual([
      "changguang-phase-2",
      "gensci-park",
      "jida-zhengyuan",
      "optics-valley",
    ]);
    // The Chang Guang park's only milestone is of 2018, before the window.
    expect(MILESTONE_ROWS.filter((r) => r.subject_id === "changguang-park").map((r) => r.date)).toEqual([
      "2018-10",
    ]);
  });

  it("CHARTS.projectCount.keys(rows) and CHARTS.twoMeasures.keys(rows) are empty: they draw no subjects", () => {
    expect(CHARTS.projectCount?.keys(AREA_ROWS)).toEqual([]);
    expect(CHARTS.twoMeasures?.keys(AREA_ROWS)).toEqual([]);
  });

  for (const chart of ["investmentScale", "milestoneTimeline", "outputPromises", "parkOverview"]) {
    it(`CHARTS.${chart}.keys(rows) are the keys of its row names, and every mark of a subject carries its key`, () => {
      const def = definition(chart);
      const rows = ROWS[chart] as Record<string, unknown>[];
      const svg = def.draw(rows, { lang: "en", document: createDocument() });
      const names = [...svg.querySelectorAll("g.chart-name text")].map((t) => t.getAttribute("data-key"));
      // A subject may be named in more than one panel (outputPromises: output value, then capacity).
      expect([...new Set(names)]).toEqual(def.keys(rows));
      // Everything drawn per row (not the axes, grid, legend or the zero line) has a key.
      const marks = svg.querySelectorAll(
        "g[class^='chart-']:not(.chart-legend):not(.chart-legend-swatch):not(.chart-open-end):not(.chart-zero) > *, g.chart-open-end > g",
      );
      expect(marks.length).toBeGreaterThan(names.length * 2);
      for (const el of marks) expect(el.getAttribute("data-key")).toMatch(/^[a-z0-9-]+(\/[\w+-]+)?$/);
      for (const key of def.keys(rows)) {
        const own = svg.querySelectorAll(`[data-key="${key}"], [data-key^="${key}/"]`);
        expect(own.length).toBeGreaterThanOrEqual(2);
      }
    });
  }
});

describe("checkChartOptions(def, written, rows)", () => {
  const investment = definition("investmentScale");

  it("checkChartOptions accepts the options a chart takes, with values it has", () => {
    expect(
      checkChartOptions(
        investment,
        { highlight: "fine-chemical-park", total: "on", sources: "off" },
        INVESTMENT_ROWS,
      ),
    ).toBeUndefined();
    expect(checkChartOptions(definition("projectCount"), {}, AREA_ROWS)).toBeUndefined();
  });

  it("checkChartOptions(highlight naming a subject with no row) names the chart and lists the keys it has", () => {
    expect(checkChartOptions(investment, { highlight: "no-such-park" }, INVESTMENT_ROWS)).toBe(
      `highlight: "no-such-park" has no row in investmentScale; it has: ${[...new Set(INVESTMENT_ROWS.map((r) => r.subject_id))].sort().join(", ")}`,
    );
    // A subject of the data that this chart does not draw is just as wrong here.
    const timeline = definition("milestoneTimeline");
    expect(checkChartOptions(timeline, { highlight: "fine-chemical-park" }, MILESTONE_ROWS)).toMatch(
      /^highlight: "fine-chemical-park" has no row in milestoneTimeline; it has: changguang-phase-2, gensci-park, /,
    );
  });

  it("checkChartOptions(an option the chart does not take) lists the options it takes", () => {
    expect(checkChartOptions(investment, { colour: "red" }, INVESTMENT_ROWS)).toBe(
      'unknown option "colour" for investmentScale; it takes: highlight, total, sources',
    );
    expect(checkChartOptions(definition("twoMeasures"), { highlight: "x" }, AREA_ROWS)).toBe(
      'unknown option "highlight" for twoMeasures; it takes no options',
    );
  });

  it("checkChartOptions(a flag neither on nor off) says what a flag takes", () => {
    expect(checkChartOptions(investment, { total: "yes" }, INVESTMENT_ROWS)).toBe(
      'total: "yes" must be on or off',
    );
  });

  it("checkChartOptions(an enum option with another value) lists the values allowed", () => {
    const def: ChartDefinition = {
      ...investment,
      options: { scale: { kind: "enum", values: ["linear", "log"], help: "the x scale's type" } },
    };
    expect(checkChartOptions(def, { scale: "sqrt" }, [])).toBe('scale: "sqrt" is not one of linear, log');
    expect(checkChartOptions(def, { scale: "log" }, [])).toBeUndefined();
  });
});

describe("ChartDefinition.draw(rows, {description})", () => {
  for (const [chart, rows] of Object.entries(ROWS)) {
    it(`CHARTS.${chart}.draw(rows, {description}) takes its accessible name from the description given`, async () => {
      const def = definition(chart);
      const options = await def.resolve({}, context("en"));
      const description = { ...def.describe(rows, options), title: "MARKER TITLE", alt: "MARKER ALT" };
      const el = def.draw(rows, { ...options, description, document: createDocument() });
      expect(el.getAttribute("aria-label")).toBe("MARKER TITLE");
      expect(el.getAttribute("aria-description")).toContain("MARKER ALT");
    });
  }
});
