import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { STORY } from "../src/parse/documentKinds.ts";
import { parseDocument } from "../src/parse/parseDocument.ts";
import { recordChartKeys } from "../src/site/recordChartKeys.ts";
import { buildStory } from "../src/story/buildStory.ts";
import { type ChartKeys, diffChartKeys, formatChartChanges } from "../src/story/chartKeys.ts";
import { harbourData, INVESTMENT_ROWS } from "./fixtures/harbour.ts";

const FILE = "content/harbour/story.md";
const TEXT = `Intro.

:::step[projectCount]{id=count}
Forty projects.
:::

:::step[investmentScale]{id=scale}
The battery park is the largest.
:::
`;
const cache = mkdtempSync(join(tmpdir(), "press-chart-keys-"));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe("chart keys", () => {
  it("diffChartKeys() lists the steps whose same chart gained or lost subjects, and only those", () => {
    const before: ChartKeys = {
      scale: { chart: "investmentScale", line: 7, keys: ["a", "b"] },
      count: { chart: "projectCount", line: 3, keys: [] },
      moved: { chart: "investmentScale", line: 9, keys: ["a"] },
    };
    const after: ChartKeys = {
      scale: { chart: "investmentScale", line: 7, keys: ["a", "c"] },
      count: { chart: "projectCount", line: 3, keys: [] },
      moved: { chart: "milestoneTimeline", line: 9, keys: ["z"] },
      new: { chart: "investmentScale", line: 12, keys: ["a"] },
    };
    expect(diffChartKeys(before, after)).toEqual([
      { step: "scale", line: 7, chart: "investmentScale", added: ["c"], removed: ["b"] },
    ]);
    expect(formatChartChanges(FILE, diffChartKeys(before, after))).toEqual([
      `The data changed the rows of one step's chart in ${FILE}: reread its text.`,
      `  ${FILE}:7: step #scale (investmentScale): now also c; no longer b`,
    ]);
  });

  it("recordChartKeys() says nothing on the first build and names the step when a new park joins its chart", async () => {
    process.env.NEWAREA_PRESS_CACHE = cache;
    const build = async (rows = INVESTMENT_ROWS) =>
      buildStory(parseDocument(TEXT, FILE, STORY), "en", await harbourData({ investment_by_subject: rows }), {
        ledgerHref: () => "#",
      });
    expect(recordChartKeys(await build())).toEqual([]);
    expect(recordChartKeys(await build())).toEqual([]);
    const dock = {
      ...(INVESTMENT_ROWS[2] as (typeof INVESTMENT_ROWS)[number]),
      subject_id: "dry-dock",
      name_en: "Dry Dock",
    };
    expect(recordChartKeys(await build([...INVESTMENT_ROWS, dock]))).toEqual([
      `The data changed the rows of one step's chart in ${FILE}: reread its text.`,
      `  ${FILE}:7: step #scale (investmentScale): now also dry-dock`,
    ]);
    delete process.env.NEWAREA_PRESS_CACHE;
  });
});
