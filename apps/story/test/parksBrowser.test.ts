import { formatAmount, type NewareaDB, openDatabase } from "@newarea/data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserFixture } from "./browserFixture.ts";
import { parkPages } from "./distFiles.ts";
import { axeViolations } from "./notebookHelpers.ts";

// The park, project and zone pages in Chromium: the built site served by `npm start`'s own server,
// nothing from the network.
const web = browserFixture();
let db: NewareaDB;
const INDEXES = ["/parks/", "/en/parks/"];
const pages = () => [...INDEXES, ...parkPages().map((p) => p.path)];

beforeAll(() => {
  db = openDatabase();
});

afterAll(() => db?.close());

describe("the park pages in a browser", () => {
  it("without JavaScript, every page reads complete: its lead, its figures, its charts drawn", async () => {
    const { ctx, watch } = await web.context({ javaScriptEnabled: false });
    for (const path of pages()) {
      const page = await ctx.newPage();
      await page.goto(web.site.url(path));
      const m = await page.evaluate(() => {
        const visible = (el: Element | null) => {
          const box = el?.getBoundingClientRect();
          return box ? box.width > 0 && box.height > 0 : false;
        };
        const svg = [...document.querySelectorAll("figure.chart .chart-svg")]
          .find((s) => getComputedStyle(s).display !== "none")
          ?.querySelector("svg");
        return {
          h1: document.querySelector("h1")?.textContent ?? "",
          lead: document.querySelector(".park-lead, .dek")?.textContent?.length ?? 0,
          figures: document.querySelectorAll(".park-figure").length,
          shown: [...document.querySelectorAll(".park-figure")].filter(visible).length,
          charts: document.querySelectorAll("figure.chart").length,
          svgHeight: svg?.getBoundingClientRect().height ?? 0,
        };
      });
      expect(m.h1.length, path).toBeGreaterThan(2);
      expect(m.lead, path).toBeGreaterThan(20);
      expect(m.shown, path).toBe(m.figures);
      if (m.charts > 0) expect(m.svgHeight, path).toBeGreaterThan(40);
      await page.close();
    }
    expect(watch.errors).toEqual([]);
    await ctx.close();
  }, 180_000);

  it("every figure printed on a park page equals the data package's value", async () => {
    const { ctx } = await web.context({ javaScriptEnabled: false });
    let checked = 0;
    for (const { path, lang } of parkPages()) {
      const page = await ctx.newPage();
      await page.goto(web.site.url(path));
      const printed = await page.$$eval("[data-figure]", (els) =>
        els.map((e) => ({
          id: e.getAttribute("data-figure") as string,
          value: e.getAttribute("data-value"),
          // A figure of the list shows its value in its heading; a figure in a sentence is its own text.
          text: (e.querySelector(".park-value") ?? e).textContent ?? "",
          written: e.querySelector(".park-facts q")?.textContent ?? null,
        })),
      );
      for (const p of printed) {
        const [row] = await db.named<Parameters<typeof formatAmount>[0] & { as_written: string }>(
          "figure_by_id",
          [p.id],
        );
        expect(row, `${path} ${p.id}`).toBeDefined();
        if (!row) continue;
        expect(`${p.id}: ${p.text}`).toBe(`${p.id}: ${formatAmount(row, lang)}`);
        expect(Number(p.value), `${path} ${p.id}`).toBe(row.value);
        if (p.written !== null) expect(p.written, `${path} ${p.id}`).toBe(row.as_written);
        checked++;
      }
      await page.close();
    }
    expect(checked).toBeGreaterThan(100);
    await ctx.close();
  }, 180_000);

  it("axe-core finds no violation on the index and park pages, light and dark", async () => {
    const sample = [
      ...INDEXES,
      "/parks/fine-chemical-park/",
      "/en/parks/fine-chemical-park/",
      "/parks/gensci-pharma-park/",
      "/en/parks/changguang-satellite-park-phase2/",
      "/parks/beihu-future-science-city/",
    ];
    const results: { page: string; violations: string[] }[] = [];
    for (const scheme of ["light", "dark"] as const) {
      // axe is injected past the site's CSP; the CSP itself is checked by the notebook tests.
      const { ctx } = await web.context({ colorScheme: scheme, reducedMotion: "reduce", bypassCSP: true });
      for (const path of sample) {
        const page = await ctx.newPage();
        await page.goto(web.site.url(path));
        results.push({ page: `${path} (${scheme})`, violations: await axeViolations(page) });
        await page.close();
      }
      await ctx.close();
    }
    expect(results.filter((r) => r.violations.length > 0)).toEqual([]);
  }, 180_000);

  it("no park page loads DuckDB-WASM, breaks its Content-Security-Policy or asks anything of another site", async () => {
    const { ctx, watch } = await web.context();
    for (const path of pages()) {
      const page = await ctx.newPage();
      await page.goto(web.site.url(path));
      await page.waitForLoadState("networkidle");
      await page.close();
    }
    expect(watch.requests.filter((u) => /\.wasm|duckdb/i.test(u))).toEqual([]);
    expect(watch.violations).toEqual([]);
    expect(watch.leaks).toEqual([]);
    expect(watch.errors).toEqual([]);
    await ctx.close();
  }, 180_000);

  it("on a phone (390×844) nothing overflows sideways", async () => {
    const { ctx } = await web.context({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    for (const path of [
      "/parks/",
      "/en/parks/",
      "/parks/fine-chemical-park/",
      "/en/parks/gensci-pharma-park/",
    ]) {
      const page = await ctx.newPage();
      await page.goto(web.site.url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
    await ctx.close();
  }, 60_000);
});
