import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CHARTS, type ChartDefinition } from "../src/charts.ts";
import { STORY } from "../src/parse/documentKinds.ts";
import { parseDocument } from "../src/parse/parseDocument.ts";
import { buildStory, type Section } from "../src/story/buildStory.ts";
import { harbourData } from "./fixtures/harbour.ts";

const FILE = "content/harbour/story.md";
const TEXT = readFileSync(new URL("./fixtures/harbour/story.md", import.meta.url), "utf8");
const links = { ledgerHref: (r: { kind: string; id: string }) => `/sources/#${r.kind}-${r.id}` };
const build = async (text: string, lang: "zh" | "en" = "en") =>
  buildStory(parseDocument(text, FILE, STORY), lang, await harbourData(), links);
const scrollies = (sections: Section[]) => sections.filter((s) => s.kind === "scrolly");

afterEach(() => {
  vi.restoreAllMocks();
});

describe("buildStory", () => {
  it("buildStory() groups steps that follow one another into one scrolly section, text between them ends it", async () => {
    const story = await build(TEXT);
    expect(story.sections.map((s) => s.kind)).toEqual([
      "prose",
      "scrolly",
      "prose",
      "scrolly",
      "aside",
      "sources",
    ]);
    const [first, second] = scrollies(story.sections);
    expect(first?.steps.map((s) => [s.id, s.index, s.chart.chart, s.state])).toEqual([
      ["count", 0, "projectCount", ""],
      ["scale", 1, "investmentScale", "total=on"],
      ["step-3", 2, "investmentScale", "highlight=port-logistics"],
    ]);
    expect(second?.steps.map((s) => s.id)).toEqual(["battery"]);
  });

  it("buildStory() fills figures by name, formatted for the language, with id, kind and raw value, linked to the ledger", async () => {
    const en = await build(TEXT);
    const html = JSON.stringify(en.sections);
    expect(html).toContain(
      'data-figure=\\"battery-primary\\" data-kind=\\"figure\\" data-value=\\"5000000000\\"',
    );
    expect(html).toContain(">CNY 5 billion</a>");
    expect(html).toContain(
      'data-format=\\"written\\"><a href=\\"/sources/#figure-battery-coast\\">超60亿元</a>',
    );
    expect(html).toContain(">May 2024</a>");
    const zh = JSON.stringify((await build(TEXT, "zh")).sections);
    expect(zh).toContain(">50亿元</a>");
    expect(zh).toContain(">300亿元</a>");
  });

  it("buildStory() draws each chart state once, describes it once, and passes the description to both widths", async () => {
    const describe = vi.spyOn(CHARTS.investmentScale as ChartDefinition, "describe");
    const story = await build(`${TEXT}\n:::step[investmentScale]{total=on}\nThe same state again.\n:::\n`);
    const steps = scrollies(story.sections).flatMap((s) => s.steps);
    // total=on, highlight=port-logistics, highlight=battery-park: three states for four investmentScale steps.
    expect(describe).toHaveBeenCalledTimes(3);
    const [scale, again] = [steps[1], steps.at(-1)];
    expect(again?.chart).toBe(scale?.chart);
    const svg = parseHTML(`<div>${scale?.chart.wide}</div>`).document.querySelector("svg");
    expect(svg?.getAttribute("aria-hidden")).toBe("true");
    expect(svg?.getAttribute("aria-label")).toBeNull();
    expect(scale?.chart.description.title.length).toBeGreaterThan(5);
    expect(scale?.chart.keys).toEqual(["battery-park", "port-logistics", "data-centre"]);
  });

  it("buildStory() writes one CSV per distinct chart table, UTF-8 with a BOM and \\n line ends", async () => {
    const story = await build(TEXT);
    expect([...story.csv.keys()]).toEqual([
      "/data/charts/project-count.en.csv",
      "/data/charts/investment-scale.en.csv",
    ]);
    const csv = story.csv.get("/data/charts/investment-scale.en.csv") ?? "";
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).not.toContain("\r");
    expect(csv.trimEnd().split("\n")).toHaveLength(1 + 3);
  });
});

describe("buildStory scrolly graphics", () => {
  it("buildStory() gives each scrolly section one graphic per chart, each state once, and each step its graphic and state", async () => {
    const story = await build(TEXT);
    const [first, second] = scrollies(story.sections);
    expect(first?.graphics.map((g) => [g.chart, g.states.length])).toEqual([
      ["projectCount", 1],
      ["investmentScale", 2],
    ]);
    expect(first?.steps.map((s) => s.view)).toEqual([
      { graphic: 0, state: 0 },
      { graphic: 1, state: 0 },
      { graphic: 1, state: 1 },
    ]);
    // The steps' own drawings are the graphic's states: the same objects, for <noscript> and embeds.
    expect(first?.graphics[1]?.states).toEqual([first?.steps[1]?.chart, first?.steps[2]?.chart]);
    expect(second?.graphics.map((g) => g.chart)).toEqual(["investmentScale"]);
    // One drawing per width, each mark once, carrying the placements of both states.
    for (const width of ["narrow", "wide"] as const) {
      const svg = parseHTML(`<div>${first?.graphics[1]?.[width].markup}</div>`).document.querySelector("svg");
      expect(svg?.querySelectorAll('rect[data-key="port-logistics"]'), width).toHaveLength(1);
      const table = svg?.querySelector('rect[data-key="port-logistics"]')?.getAttribute("data-m") ?? "";
      expect(table.split(";"), width).toHaveLength(2);
      expect(svg?.querySelectorAll("[data-tick]").length, width).toBeGreaterThan(4);
    }
  });

  it("buildStory() writes each mark's tip: figures formatted and as written, bound, source and date, ledger and park links", async () => {
    const story = await buildStory(parseDocument(TEXT, FILE, STORY), "en", await harbourData(), {
      ...links,
      parkHref: (id) => `/parks/${id}/`,
    });
    const tips = scrollies(story.sections)[0]?.graphics[1]?.tips ?? {};
    const battery = tips["battery-park"] ?? "";
    expect(battery).toContain(
      '<p class="tip-name">Battery Park <a href="/parks/battery-park/">park page</a></p>',
    );
    expect(battery).toContain("<b>CNY 5 billion</b>");
    expect(battery).toContain("(exact)");
    expect(battery).toContain("<b>at least CNY 6 billion</b>");
    expect(battery).toContain("(lower bound)");
    expect(battery).toContain('as written <q lang="zh-Hans">超60亿元</q>, Coast News, March 2024');
    expect(battery).toContain('<a href="/sources/#figure-battery-coast">ledger</a>');
    // A dot of one source's figure has a tip of its own, naming that figure only.
    const dot = Object.entries(tips).find(([k]) => k.startsWith("battery-park/coast-news"))?.[1] ?? "";
    expect(dot).toContain("at least CNY 6 billion");
    expect(dot).not.toContain("CNY 5 billion");
    expect(tips["data-centre"]).toContain("<li>not disclosed</li>");
  });
});

describe("buildStory errors", () => {
  it("buildStory() names file, line and column of an unknown figure, named value, milestone or token option", async () => {
    await expect(build("---\nlang: en\n---\nOne.\n\nTwo {fig:battery-primry}.")).rejects.toThrow(
      `${FILE}:6:5: unknown figure "battery-primry" (did you mean battery-primary, battery-coast?)`,
    );
    await expect(build("{q:area_key_figures.nope}")).rejects.toThrow(`${FILE}:1:1: unknown named value`);
    await expect(build("\n{date:nope}")).rejects.toThrow(`${FILE}:2:1: unknown milestone "nope"`);
    await expect(build("{fig:port-primary|bold}")).rejects.toThrow(`${FILE}:1:1: unknown option "bold"`);
  });

  it("buildStory() names file and line of an unknown chart or option, and of an option value the chart refuses", async () => {
    await expect(build("\n:::step[pieChart]\nx\n:::")).rejects.toThrow(
      `${FILE}:2:1: unknown chart "pieChart"`,
    );
    await expect(build(":::step[investmentScale]{colour=red}\nx\n:::")).rejects.toThrow(
      `${FILE}:1:1: unknown option "colour" for investmentScale; it takes: highlight, total, sources`,
    );
    await expect(build(":::step[investmentScale]{total=yes}\nx\n:::")).rejects.toThrow(
      `${FILE}:1:1: total: "yes" must be on or off`,
    );
    await expect(build(":::step[projectCount]{id=Bad_Id}\nx\n:::")).rejects.toThrow(
      `${FILE}:1:1: id "Bad_Id"`,
    );
    await expect(
      build(":::step[projectCount]{id=a}\nx\n:::\n:::step[projectCount]{id=a}\ny\n:::"),
    ).rejects.toThrow(`${FILE}:4:1: step id "a" is used twice`);
  });

  it("buildStory() refuses highlight= naming a subject without a row in that chart, and names the subjects it has", async () => {
    await expect(build(":::step[investmentScale]{highlight=atlantis}\nx\n:::")).rejects.toThrow(
      `${FILE}:1:1: highlight: "atlantis" has no row in investmentScale; it has: battery-park, data-centre, port-logistics`,
    );
  });
});
