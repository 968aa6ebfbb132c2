import { formatAmount, formatDate, type NewareaDB, openDatabase } from "@newarea/data";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, requireChromium } from "../../../scripts/chromium.mjs";
// @ts-expect-error: a plain .mjs script without types
import { serve } from "../scripts/serve.mjs";
import { DIST, requireDist, STORY_PAGES } from "./distFiles.ts";
import { axeViolations } from "./notebookHelpers.ts";

// One browser for the file, nothing from the network.

let server: { url: string; close: () => Promise<void> };
let browser: Browser;
const leaks: string[] = [];

beforeAll(async () => {
  requireDist();
  server = await serve({ root: DIST, port: 0 });
  // launch() starts Chromium on a fresh temporary profile, removed when it closes.
  browser = await chromium.launch({
    executablePath: requireChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
}, 60_000);

/** A new browser context in which anything not on this machine is aborted and counted. */
async function context(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const ctx = await browser.newContext(options);
  await ctx.route("**/*", (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === "localhost" || u.hostname === "127.0.0.1" || u.protocol === "data:")
      return route.continue();
    leaks.push(u.href);
    return route.abort();
  });
  return ctx;
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path: string) => new URL(path, server.url).href;

/** Waits until scrolly section `id` shows step `index`: its graphic on stage, in its state. */
async function activeIs(page: Page, id: string, index: number) {
  await page.waitForFunction(
    ([sid, i]) => {
      const s = document.getElementById(sid as string);
      const step = s?.querySelectorAll<HTMLElement>("[data-step]")[i as number];
      const graphic = s?.querySelector<HTMLElement>(".scrolly-chart.is-active");
      return (
        s?.dataset.activeStep === String(i) &&
        graphic?.dataset.graphicRoot === step?.dataset.graphic &&
        graphic?.dataset.state === step?.dataset.state
      );
    },
    [id, index],
    { timeout: 5_000 },
  );
}

/** Scrolls so that step `index` of section `id` has just crossed the trigger line. */
async function scrollToStep(page: Page, id: string, index: number) {
  await page.evaluate(
    ([sid, i]) => {
      const step = document.getElementById(sid as string)?.querySelectorAll("[data-step]")[i as number];
      // The trigger line: 60 % down a wide screen; on a phone, half-way down what the band leaves.
      const band = document.getElementById(sid as string)?.querySelector(".scrolly-graphic");
      const bottom = Math.min(band?.getBoundingClientRect().height ?? 0, innerHeight * 0.7);
      const y = innerWidth >= 900 ? innerHeight * 0.6 : bottom + (innerHeight - bottom) * 0.5;
      if (step) scrollTo(0, step.getBoundingClientRect().top + scrollY - y + 10);
    },
    [id, index],
  );
}

describe("the story in a browser", () => {
  it("without JavaScript, every step's prose and chart SVG are there, in order, on / and /en/", async () => {
    const ctx = await context({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    for (const { path } of STORY_PAGES) {
      const page = await ctx.newPage();
      await page.goto(url(path));
      const steps = await page.$$eval("[data-step]", (els) =>
        els.map((el) => {
          const text = el.querySelector(".step-text");
          const svg = [...el.querySelectorAll(".chart-svg")]
            .find((s) => getComputedStyle(s).display !== "none")
            // A chart is an SVG, or static HTML panels (twoMeasures shows two numbers, not bars).
            ?.querySelector("svg, .chart-two-measures");
          const box = svg?.getBoundingClientRect();
          const textBox = text?.getBoundingClientRect();
          return {
            text: text?.textContent?.trim().length ?? 0,
            svgWidth: box?.width ?? 0,
            svgHeight: box?.height ?? 0,
            // Unrolled: the chart comes after its prose.
            below: box && textBox ? box.top >= textBox.bottom - 1 : false,
          };
        }),
      );
      expect(steps.length).toBeGreaterThanOrEqual(12);
      for (const s of steps) {
        expect(s.text).toBeGreaterThan(20);
        expect(s.svgWidth).toBeGreaterThan(200);
        expect(s.svgHeight).toBeGreaterThan(50);
        expect(s.below).toBe(true);
      }
      expect(await page.$(".scrolly-on")).toBeNull();
      await page.close();
    }
    await ctx.close();
  });

  it("scrolling moves the active step and the same marks to its state, the stage beside the steps (desktop)", async () => {
    const ctx = await context({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    const page = await ctx.newPage();
    await page.goto(url("/en/"));
    await page.waitForSelector("html.scrolly-on");
    await scrollToStep(page, "scrolly-2", 0);
    await activeIs(page, "scrolly-2", 0);
    const bar = await page.$(
      '#scrolly-2 .scrolly-chart.is-active rect[data-key="changguang-satellite-park"]',
    );
    const before = await bar?.evaluate((el) => (el as SVGElement).style.transform);
    await scrollToStep(page, "scrolly-2", 1);
    await activeIs(page, "scrolly-2", 1);
    // The same element, now on the zoomed axis: longer.
    expect(await bar?.evaluate((el) => el.isConnected)).toBe(true);
    expect(await bar?.evaluate((el) => (el as SVGElement).style.transform)).not.toBe(before);
    const layout = await page.evaluate(() => {
      const stage = document.querySelector("#scrolly-2 .scrolly-stage")?.getBoundingClientRect();
      const step = document.querySelector("#scrolly-2 [data-step]")?.getBoundingClientRect();
      const visible = [...document.querySelectorAll("#scrolly-2 .scrolly-chart")].filter(
        (v) => getComputedStyle(v).visibility === "visible",
      ).length;
      return { stageLeft: stage?.left ?? 0, stepRight: step?.right ?? 0, visible };
    });
    expect(layout.stageLeft).toBeGreaterThan(layout.stepRight);
    expect(layout.visible).toBe(1);
    await ctx.close();
  });

  it("the keyboard (J, K) and the step buttons move between steps", async () => {
    const ctx = await context({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    const page = await ctx.newPage();
    await page.goto(url("/"));
    await page.waitForSelector("html.scrolly-on");
    await scrollToStep(page, "scrolly-2", 2);
    await activeIs(page, "scrolly-2", 2);
    await page.keyboard.press("j");
    await activeIs(page, "scrolly-2", 3);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-step"))).toBe("3");
    await page.keyboard.press("k");
    await page.keyboard.press("k");
    await activeIs(page, "scrolly-2", 1);
    await page.click("#scrolly-2 [data-next]");
    await activeIs(page, "scrolly-2", 2);
    await page.click("#scrolly-2 [data-prev]");
    await activeIs(page, "scrolly-2", 1);
    await ctx.close();
  });

  it("a jump to a late step or to the bottom lands on the right state", async () => {
    const ctx = await context({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(url("/en/#undisclosed"));
    await page.waitForSelector("html.scrolly-on");
    const last = await page.$$eval("#scrolly-2 [data-step]", (els) => els.length - 1);
    await activeIs(page, "scrolly-2", last);
    // A jump from there back up, through a hash change.
    await page.evaluate(() => {
      location.hash = "#chemicals";
    });
    await activeIs(page, "scrolly-2", 1);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    for (const id of await page.$$eval("[data-scrolly]", (els) => els.map((e) => e.id))) {
      const n = await page.$$eval(`#${id} [data-step]`, (els) => els.length);
      await activeIs(page, id, n - 1);
    }
    await ctx.close();
  });

  it("works on a phone (390×844): the graphic is a band above the steps, nothing overflows sideways", async () => {
    const ctx = await context({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const page = await ctx.newPage();
    await page.goto(url("/"));
    await page.waitForSelector("html.scrolly-on");
    await scrollToStep(page, "scrolly-2", 4);
    await activeIs(page, "scrolly-2", 4);
    const m = await page.evaluate(() => {
      const band = document.querySelector("#scrolly-2 .scrolly-graphic") as HTMLElement;
      const svg = document.querySelector("#scrolly-2 .scrolly-chart.is-active svg")?.getBoundingClientRect();
      return {
        overflow: document.documentElement.scrollWidth - innerWidth,
        bandTop: band.getBoundingClientRect().top,
        bandZ: Number(getComputedStyle(band).zIndex),
        stepZ: Number(
          getComputedStyle(document.querySelector("#scrolly-2 .scrolly-steps") as Element).zIndex,
        ),
        svgWidth: svg?.width ?? 0,
        svgHeight: svg?.height ?? 0,
      };
    });
    expect(m.overflow).toBeLessThanOrEqual(0);
    expect(m.bandTop).toBe(0);
    expect(m.bandZ).toBeGreaterThan(m.stepZ);
    expect(m.svgWidth).toBeGreaterThan(340);
    expect(m.svgHeight).toBeGreaterThan(200);
    await ctx.close();
  });

  it("axe-core finds no violation on /, /en/ and /sources/, light and dark", async () => {
    const runs = ["/", "/en/", "/sources/", "/en/sources/"].flatMap((path) =>
      (["light", "dark"] as const).map(async (scheme) => {
        const ctx = await context({
          viewport: { width: 1280, height: 800 },
          colorScheme: scheme,
          reducedMotion: "reduce",
          // The site's CSP forbids inline scripts, so axe can only be injected past it; the CSP itself
          // is checked by the notebook tests (no violation on any page).
          bypassCSP: true,
        });
        const page = await ctx.newPage();
        await page.goto(url(path));
        const violations = await axeViolations(page);
        await ctx.close();
        return { page: `${path} (${scheme})`, violations };
      }),
    );
    const results = await Promise.all(runs);
    expect(results.filter((r) => r.violations.length > 0)).toEqual([]);
  });

  it("every figure printed in the story equals the data package's value", async () => {
    const db: NewareaDB = openDatabase();
    try {
      const milestones = new Map(
        (
          await db.named<{ milestone_id: string; date: string; precision: Parameters<typeof formatDate>[1] }>(
            "milestones_timeline",
            ["0001-01-01", "9999-12-31"],
          )
        ).map((m) => [m.milestone_id, m]),
      );
      const ctx = await context({ javaScriptEnabled: false });
      for (const { path, lang } of STORY_PAGES) {
        const page = await ctx.newPage();
        await page.goto(url(path));
        const printed = await page.$$eval("[data-figure]", (els) =>
          els.map((e) => ({
            id: e.getAttribute("data-figure") as string,
            kind: e.getAttribute("data-kind"),
            value: e.getAttribute("data-value"),
            format: e.getAttribute("data-format") ?? "",
            text: e.textContent ?? "",
          })),
        );
        expect(printed.length).toBeGreaterThan(30);
        for (const p of printed) {
          if (p.kind === "date") {
            const m = milestones.get(p.id);
            expect(m, p.id).toBeDefined();
            expect(p.text).toBe(formatDate(m?.date as string, m?.precision as "day", lang));
            expect(p.value).toBe(m?.date);
            continue;
          }
          const [row] = await db.named<Parameters<typeof formatAmount>[0] & { as_written: string }>(
            "figure_by_id",
            [p.id],
          );
          expect(row, p.id).toBeDefined();
          if (!row) continue;
          const opts = Object.fromEntries(
            p.format
              .split(" ")
              .filter(Boolean)
              .map((o) => o.split("=")),
          );
          const expected =
            "written" in opts
              ? row.as_written
              : formatAmount(row, lang, {
                  ...("signed" in opts ? { signed: true } : {}),
                  ...("digits" in opts ? { digits: Number(opts.digits) } : {}),
                });
          expect(`${p.id}: ${p.text}`).toBe(`${p.id}: ${expected}`);
          expect(Number(p.value)).toBe(row.value);
        }
        await page.close();
      }
      await ctx.close();
    } finally {
      await db.close();
    }
  });

  it("no request left localhost", () => {
    expect(leaks).toEqual([]);
  });
});
