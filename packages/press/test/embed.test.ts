import { readFileSync } from "node:fs";
import { brotliCompressSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { ASK_MESSAGE, HEIGHT_MESSAGE, isAsk, MAX_HEIGHT, readHeight } from "../src/client/embedMessage.ts";
import { chartSvgOf, standaloneChartSvg } from "../src/embed/chartImage.ts";
import { embedScript } from "../src/embed/embedScripts.ts";
import { STORY } from "../src/parse/documentKinds.ts";
import { parseDocument } from "../src/parse/parseDocument.ts";
import { buildStory } from "../src/story/buildStory.ts";
import { storySteps } from "../src/story/storySteps.ts";
import { harbourData } from "./fixtures/harbour.ts";

const TEXT = readFileSync(new URL("./fixtures/harbour/story.md", import.meta.url), "utf8");
const links = { ledgerHref: (r: { kind: string; id: string }) => `/sources/#${r.kind}-${r.id}` };
const WITH_PANELS = `${TEXT}\n:::step[twoMeasures]{id=money}\nTwo different measures.\n:::\n`;

/** Builds the harbour story (with a twoMeasures step at the end) and returns it with its data. */
async function harbour(lang: "zh" | "en") {
  const data = await harbourData();
  const story = await buildStory(parseDocument(WITH_PANELS, "story.md", STORY), lang, data, links);
  return { data, steps: storySteps(story) };
}

describe("readHeight (the host's check of every message)", () => {
  it("readHeight({type, height}) returns the height rounded up to a pixel", () => {
    expect(readHeight({ type: HEIGHT_MESSAGE, height: 412.2 })).toBe(413);
    expect(readHeight({ type: HEIGHT_MESSAGE, height: MAX_HEIGHT })).toBe(MAX_HEIGHT);
  });

  it("readHeight() ignores anything but a height message of a sensible height", () => {
    for (const data of [
      null,
      undefined,
      "newarea-embed:height",
      JSON.stringify({ type: HEIGHT_MESSAGE, height: 400 }),
      [HEIGHT_MESSAGE, 400],
      { type: "other", height: 400 },
      { type: HEIGHT_MESSAGE },
      { type: HEIGHT_MESSAGE, height: "400" },
      { type: HEIGHT_MESSAGE, height: Number.NaN },
      { type: HEIGHT_MESSAGE, height: Number.POSITIVE_INFINITY },
      { type: HEIGHT_MESSAGE, height: 0 },
      { type: HEIGHT_MESSAGE, height: -5 },
      { type: HEIGHT_MESSAGE, height: MAX_HEIGHT + 1 },
    ])
      expect(readHeight(data), JSON.stringify(data) ?? String(data)).toBeUndefined();
  });

  it("isAsk() knows the host's question and nothing else", () => {
    expect(isAsk({ type: ASK_MESSAGE })).toBe(true);
    expect(isAsk({ type: HEIGHT_MESSAGE, height: 3 })).toBe(false);
    expect(isAsk(ASK_MESSAGE)).toBe(false);
    expect(isAsk(null)).toBe(false);
  });
});

describe("embedScript", () => {
  it("embedScript('host') is one classic script that starts itself, at most 2 KB brotli", async () => {
    const code = await embedScript("host");
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).toContain(HEIGHT_MESSAGE);
    expect(code).toContain("iframe[data-newarea-embed]");
    expect(brotliCompressSync(code).byteLength).toBeLessThanOrEqual(2048);
  });

  it("embedScript('frame') is one classic script, reads ?theme= and posts its height", async () => {
    const code = await embedScript("frame");
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).toContain("theme");
    expect(code).toContain("postMessage");
    expect(brotliCompressSync(code).byteLength).toBeLessThanOrEqual(1024);
  });
});

describe("standaloneChartSvg", () => {
  it("standaloneChartSvg() is a standalone SVG file: XML declaration, namespace, fonts, title, chart and source, no stylesheet", async () => {
    const { data, steps } = await harbour("zh");
    const step = steps.find((s) => s.chart.chart === "investmentScale");
    if (!step) throw new Error("no investmentScale step in the fixture");
    const d = step.chart.description;
    const svg = standaloneChartSvg(await chartSvgOf(step.chart, data), d, "zh", "新区报道 · example.org");
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    expect(svg).toMatch(/font-family="[^"]*'Noto Sans CJK SC'[^"]*sans-serif"/);
    expect(svg).toContain('xml:lang="zh-Hans"');
    expect(svg).not.toMatch(/<style|\sstyle="/);
    const { document } = parseHTML(
      `<!doctype html><html><body>${svg.replace(/^<\?xml[^>]*>\n/, "")}</body></html>`,
    );
    const root = document.querySelector("body > svg");
    const texts = [...(root?.querySelectorAll(":scope > text") ?? [])].map((t) => t.textContent).join("");
    expect(texts).toContain(d.title.slice(0, 6));
    expect(texts).toContain("新区报道 · example.org");
    expect(texts.replace(/\s/g, "")).toContain(d.source.replace(/\s/g, ""));
    expect(root?.querySelector("title")?.textContent).toBe(d.title);
    expect(root?.querySelector("desc")?.textContent).toContain(d.alt);
    // The chart itself, as drawn for the page at the wide width, below the title and above the source.
    const chart = root?.querySelector(":scope > svg");
    expect(chart?.getAttribute("width")).toBe("640");
    expect(chart?.getAttribute("aria-hidden")).toBe("true");
    const sourceY = Math.max(
      ...[...(root?.querySelectorAll(":scope > text") ?? [])].map((t) => Number(t.getAttribute("y"))),
    );
    expect(Number(chart?.getAttribute("y"))).toBeGreaterThan(20);
    expect(sourceY).toBeGreaterThan(Number(chart?.getAttribute("y")) + Number(chart?.getAttribute("height")));
    expect(Number(root?.getAttribute("height"))).toBeGreaterThan(sourceY);
  });

  it("chartSvgOf() draws a chart drawn as HTML (twoMeasures) with its image(), as SVG", async () => {
    const { data, steps } = await harbour("en");
    const money = steps.find((s) => s.id === "money");
    expect(money?.chart.wide.startsWith("<div")).toBe(true);
    const svg = await chartSvgOf(money?.chart as NonNullable<typeof money>["chart"], data);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("CNY 30 billion");
  });
});
