import { beforeEach, describe, expect, it, vi } from "vitest";
import { describeInvestmentScale } from "../src/describeInvestmentScale.ts";
import { describeMilestoneTimeline } from "../src/describeMilestoneTimeline.ts";
import { describeOutputPromises } from "../src/describeOutputPromises.ts";
import { describeParkOverview } from "../src/describeParkOverview.ts";
import { describeProjectCount } from "../src/describeProjectCount.ts";
import { describeTwoMeasures } from "../src/describeTwoMeasures.ts";
import { CHARTS } from "../src/registry.ts";
import { AREA_ROWS } from "./fixtures/areaKeyFigures.ts";
import { INVESTMENT_ROWS } from "./fixtures/investmentBySubject.ts";
import { MILESTONE_ROWS } from "./fixtures/milestonesTimeline.ts";
import { PROMISE_ROWS } from "./fixtures/outputPromises.ts";
import { OVERVIEW_ROWS } from "./fixtures/subjectOverview.ts";
import { createDocument } from "./snapshot.ts";

// Every describe function is wrapped in a spy that still runs it, so a test can count the calls a chart makes.
vi.mock("../src/describeInvestmentScale.ts", async (load) => {
  const m = await load<typeof import("../src/describeInvestmentScale.ts")>();
  return { ...m, describeInvestmentScale: vi.fn(m.describeInvestmentScale) };
});
vi.mock("../src/describeMilestoneTimeline.ts", async (load) => {
  const m = await load<typeof import("../src/describeMilestoneTimeline.ts")>();
  return { ...m, describeMilestoneTimeline: vi.fn(m.describeMilestoneTimeline) };
});
vi.mock("../src/describeOutputPromises.ts", async (load) => {
  const m = await load<typeof import("../src/describeOutputPromises.ts")>();
  return { ...m, describeOutputPromises: vi.fn(m.describeOutputPromises) };
});
vi.mock("../src/describeParkOverview.ts", async (load) => {
  const m = await load<typeof import("../src/describeParkOverview.ts")>();
  return { ...m, describeParkOverview: vi.fn(m.describeParkOverview) };
});
vi.mock("../src/describeProjectCount.ts", async (load) => {
  const m = await load<typeof import("../src/describeProjectCount.ts")>();
  return { ...m, describeProjectCount: vi.fn(m.describeProjectCount) };
});
vi.mock("../src/describeTwoMeasures.ts", async (load) => {
  const m = await load<typeof import("../src/describeTwoMeasures.ts")>();
  return { ...m, describeTwoMeasures: vi.fn(m.describeTwoMeasures) };
});

/** Returns the definition of a chart by name, or fails the test. */
function definition(name: string) {
  const def = CHARTS[name];
  if (!def) throw new Error(`no chart ${name}`);
  return def;
}

const CASES: [string, readonly unknown[], (...args: never[]) => unknown][] = [
  ["investmentScale", INVESTMENT_ROWS, describeInvestmentScale],
  ["milestoneTimeline", MILESTONE_ROWS, describeMilestoneTimeline],
  ["outputPromises", PROMISE_ROWS, describeOutputPromises],
  ["parkOverview", OVERVIEW_ROWS, describeParkOverview],
  ["projectCount", AREA_ROWS, describeProjectCount],
  ["twoMeasures", AREA_ROWS, describeTwoMeasures],
];

describe("ChartDefinition.draw(rows, options) and its description", () => {
  beforeEach(() => vi.clearAllMocks());

  for (const [chart, rows, spy] of CASES) {
    it(`CHARTS.${chart}.draw(rows, {description}) uses the description given and never calls its describe`, () => {
      const def = definition(chart);
      const description = def.describe(rows, { lang: "zh" });
      expect(spy).toHaveBeenCalledTimes(1);
      for (const width of [360, 640])
        def.draw(rows, { lang: "zh", description, width, document: createDocument() });
      expect(spy).toHaveBeenCalledTimes(1);
    });

    it(`CHARTS.${chart}.draw(rows, options) without a description describes the chart itself, once`, () => {
      const def = definition(chart);
      const el = def.draw(rows, { lang: "en", document: createDocument() });
      expect(spy).toHaveBeenCalledTimes(1);
      expect(el.getAttribute("aria-label")).toBe(def.describe(rows, { lang: "en" }).title);
    });
  }
});
