import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserFixture } from "./browserFixture.ts";
import { STORY_PAGES } from "./distFiles.ts";
import { axeViolations, watchedContext } from "./notebookHelpers.ts";

// The scrolly story as a phone reader gets it: one graphic per chart per section whose marks move from
// step to step, a band at the top of the screen that the step text never covers, tips on the marks.

const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
];
const DESKTOP = { width: 1280, height: 800 };
/** At most this share of the visible graphic may lie under the active step's card at mid-screen. */
const MAX_COVER = 0.15;
const MAX_ELEMENTS = 1500;

const web = browserFixture();

async function phonePage(
  path: string,
  viewport: { width: number; height: number },
  motion: "reduce" | "no-preference",
) {
  const { ctx, page } = await web.open(path, {
    viewport,
    isMobile: true,
    hasTouch: true,
    reducedMotion: motion,
  });
  await page.waitForSelector("html.scrolly-on");
  return { ctx, page };
}

interface StepInfo {
  id: string;
  section: string;
  index: number;
  graphic: string;
  state: string;
  highlight: string | undefined;
}

function stepsOf(page: Page): Promise<StepInfo[]> {
  return page.$$eval("[data-step]", (els) =>
    els.map((el) => {
      const e = el as HTMLElement;
      return {
        id: e.id,
        section: e.closest("[data-scrolly]")?.id ?? "",
        index: Number(e.dataset.step),
        graphic: e.dataset.graphic ?? "",
        state: e.dataset.state ?? "",
        highlight: /(?:^| )highlight=(\S+)/.exec(e.dataset.options ?? "")?.[1],
      };
    }),
  );
}

/** Puts the top of step `id`'s card at the middle of the screen. */
async function cardAtMiddle(page: Page, id: string) {
  await page.evaluate((sid) => {
    const el = document.getElementById(sid) as HTMLElement;
    scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight / 2);
  }, id);
}

/** Waits until the step's section shows the step: its graphic on stage, in its state. */
async function shows(page: Page, s: StepInfo) {
  await page.waitForFunction(
    ({ section, index, graphic, state }) => {
      const root = document.getElementById(section);
      const g = root?.querySelector<HTMLElement>(".scrolly-chart.is-active");
      return (
        root?.dataset.activeStep === String(index) &&
        g?.dataset.graphicRoot === graphic &&
        g?.dataset.state === state
      );
    },
    s,
    { timeout: 5_000 },
  );
}

/**
 * Returns how much of the visible graphic lies under the step's card (rectangles), whether the card is
 * painted over any of the graphic (points), and whether each highlighted mark is on screen and uncovered.
 */
function coverage(page: Page, s: StepInfo) {
  return page.evaluate(({ id, section, highlight }) => {
    const card = (document.getElementById(id) as HTMLElement).getBoundingClientRect();
    const canvas = document.querySelector(
      `#${section} .scrolly-chart.is-active [data-canvas]`,
    ) as HTMLElement;
    const g = (canvas.firstElementChild ?? canvas).getBoundingClientRect();
    const top = Math.max(0, g.top);
    const bottom = Math.min(innerHeight, g.bottom);
    const visible = Math.max(0, bottom - top) * g.width;
    const ox = Math.max(0, Math.min(g.right, card.right) - Math.max(g.left, card.left));
    const oy = Math.max(0, Math.min(bottom, card.bottom) - Math.max(top, card.top));
    // What the reader sees: the topmost element at points over the graphic.
    const step = document.getElementById(id) as HTMLElement;
    let painted = 0;
    for (let i = 0; i < 20; i++)
      for (let j = 0; j < 20; j++) {
        const at = document.elementFromPoint(
          g.left + ((i + 0.5) * g.width) / 20,
          top + ((j + 0.5) * (bottom - top)) / 20,
        );
        if (at && step.contains(at)) painted++;
      }
    const marks = highlight
      ? [...canvas.querySelectorAll(`[data-key="${highlight}"], [data-key^="${highlight}/"]`)]
          .filter((m) => Number(getComputedStyle(m).opacity) > 0.05)
          .map((m) => {
            const r = m.getBoundingClientRect();
            const x = r.left + r.width / 2;
            const y = r.top + r.height / 2;
            const at = document.elementFromPoint(x, y);
            return { onScreen: y > 0 && y < innerHeight, covered: !!at && step.contains(at) };
          })
      : [];
    return { cover: visible > 0 ? (ox * oy) / visible : 1, painted, marks };
  }, s);
}

/**
 * Returns the parts of section `section`'s visible chart (its head, drawing and source line) whose boxes
 * the step nav's box meets, and whether the stage and the nav are wholly on screen.
 */
function navOverStage(page: Page, section: string) {
  return page.evaluate((id) => {
    const root = document.getElementById(id) as HTMLElement;
    const nav = (root.querySelector("[data-nav]") as HTMLElement).getBoundingClientRect();
    const chart = root.querySelector(".scrolly-chart.is-active") as HTMLElement;
    const parts = [
      ...chart.querySelectorAll<HTMLElement>(".chart-head:not([hidden]), [data-canvas], .chart-source"),
    ];
    const onScreen = (r: DOMRect) => r.top >= 0 && r.bottom <= innerHeight;
    const box = (r: DOMRect) => `${Math.round(r.top)}–${Math.round(r.bottom)}px`;
    const covered = parts.flatMap((el) => {
      const r = el.getBoundingClientRect();
      const meets =
        r.width > 0 &&
        r.height > 0 &&
        r.left < nav.right &&
        nav.left < r.right &&
        r.top < nav.bottom &&
        nav.top < r.bottom;
      return meets ? [`${el.className} (${box(r)}) under the nav (${box(nav)})`] : [];
    });
    const stage = (root.querySelector(".scrolly-graphic") as HTMLElement).getBoundingClientRect();
    return { covered, stageOnScreen: onScreen(stage), navOnScreen: onScreen(nav) };
  }, section);
}

describe("the scrolly story on a phone", () => {
  for (const viewport of PHONES) {
    for (const { path } of STORY_PAGES) {
      it(`${path} at ${viewport.width}×${viewport.height}: one graphic per chart, the active card at mid-screen covers ≤ 15 % of it and never the highlighted mark, ≤ 1,500 elements`, async () => {
        const { ctx, page } = await phonePage(path, viewport, "reduce");
        expect(await page.evaluate(() => document.getElementsByTagName("*").length)).toBeLessThanOrEqual(
          MAX_ELEMENTS,
        );
        // A section is drawn when it comes near the screen: until then its stage holds no drawing at all.
        const stage = (section: string) =>
          page.$eval(`#${section} [data-stage]`, (stage) => {
            const charts = [...stage.querySelectorAll(".scrolly-chart")];
            return {
              charts: charts.length,
              // Each chart's canvas holds one drawing (an SVG, or the HTML of a chart drawn as HTML).
              drawn: charts.filter((g) => g.querySelector("[data-canvas]")?.childElementCount === 1).length,
              most: Math.max(...charts.map((g) => g.querySelectorAll("svg").length)),
            };
          });
        const steps = await stepsOf(page);
        expect(steps.length).toBeGreaterThanOrEqual(12);
        // The distinct charts of each section: the graphics its steps name.
        const graphics = new Map<string, Set<string>>();
        for (const s of steps) graphics.set(s.section, (graphics.get(s.section) ?? new Set()).add(s.graphic));
        const charts = Object.fromEntries([...graphics].map(([section, g]) => [section, g.size]));
        const covers: string[] = [];
        for (const s of steps) {
          await cardAtMiddle(page, s.id);
          await shows(page, s);
          // Reduced motion: the state is there at once, nothing animates.
          expect(
            await page.$eval(
              `#${s.section} [data-stage]`,
              (el) => el.getAnimations({ subtree: true }).length,
            ),
            s.id,
          ).toBe(0);
          // One drawing per distinct chart of the section, however many steps and states it has.
          const n = charts[s.section];
          expect(await stage(s.section), s.id).toEqual({ charts: n, drawn: n, most: 1 });
          const c = await coverage(page, s);
          covers.push(`${s.id} ${Math.round(c.cover * 100)}%`);
          expect(c.cover, s.id).toBeLessThanOrEqual(MAX_COVER);
          expect(c.painted, `${s.id}: the card is painted over the graphic`).toBe(0);
          if (s.highlight) expect(c.marks.length, s.id).toBeGreaterThan(0);
          for (const m of c.marks) expect(m, s.id).toEqual({ onScreen: true, covered: false });
        }
        // Every section drawn now: the most elements the page ever holds.
        const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
        expect(elements).toBeLessThanOrEqual(MAX_ELEMENTS);
        console.log(
          `${path} ${viewport.width}×${viewport.height} elements: ${elements}; covered: ${covers.join(", ")}`,
        );
        await ctx.close();
      });
    }
  }

  for (const viewport of PHONES)
    for (const { path } of STORY_PAGES) {
      it(`${path} at ${viewport.width}×${viewport.height}: a step change moves the same elements in one eased transition, and a later change takes over mid-flight`, async () => {
        const { ctx, page } = await phonePage(path, viewport, "no-preference");
        const steps = await stepsOf(page);
        let moved = 0;
        for (const [k, s] of steps.entries()) {
          const prev = steps[k - 1];
          if (!prev || prev.section !== s.section || prev.graphic !== s.graphic) continue;
          await cardAtMiddle(page, prev.id);
          await shows(page, prev);
          await page.waitForTimeout(700);
          // A mark whose placement differs between the two states.
          const marked = await page.evaluate(
            ({ section, from, to }) => {
              const g = document.querySelector(`#${section} .scrolly-chart.is-active`) as HTMLElement;
              const els = [...g.querySelectorAll<SVGElement>("[data-m]")];
              const entries = (el: Element) => {
                const out: string[] = [];
                for (const e of (el.getAttribute("data-m") ?? "").split(";"))
                  out.push(e === "" ? (out.at(-1) ?? "") : e);
                return out;
              };
              const i = els.findIndex((el) => entries(el)[Number(from)] !== entries(el)[Number(to)]);
              if (i >= 0) (els[i] as SVGElement).dataset.watched = "";
              return i;
            },
            { section: s.section, from: prev.state, to: s.state },
          );
          expect(marked, `${prev.id} → ${s.id}: no mark differs`).toBeGreaterThanOrEqual(0);
          const watched = await page.$(`#${s.section} [data-watched]`);
          // Record the animation the element is given (polling for a running one could miss 450 ms under load).
          await watched?.evaluate((el) => {
            const own = el as Element & { started?: KeyframeAnimationOptions };
            const animate = own.animate.bind(own);
            own.animate = (frames, options) => {
              own.started = options as KeyframeAnimationOptions;
              return animate(frames, options);
            };
          });
          await cardAtMiddle(page, s.id);
          await page.waitForFunction((el) => !!(el as Element & { started?: unknown }).started, watched, {
            timeout: 5_000,
          });
          const timing = await watched?.evaluate((el) => {
            const t = (el as Element & { started?: KeyframeAnimationOptions }).started;
            return { duration: Number(t?.duration), easing: t?.easing };
          });
          expect(timing?.duration).toBeGreaterThanOrEqual(300);
          expect(timing?.duration).toBeLessThanOrEqual(600);
          expect(timing?.easing).not.toBe("linear");
          await shows(page, s);
          await page.waitForFunction((el) => (el as Element).getAnimations().length === 0, watched, {
            timeout: 2_000,
          });
          // The same element, still on stage, now where the step puts it.
          expect(
            await watched?.evaluate((el) => el.isConnected && !!el.closest(".scrolly-chart.is-active")),
            s.id,
          ).toBe(true);
          await watched?.evaluate((el) => {
            delete (el as SVGElement).dataset.watched;
          });
          moved++;
        }
        expect(moved).toBeGreaterThanOrEqual(9);
        // A jump over several steps lands on the last state, from mid-flight, without the steps between.
        const scale = steps.filter((s) => s.section === "scrolly-2");
        const [first, last] = [scale[0], scale.at(-1)] as [StepInfo, StepInfo];
        await cardAtMiddle(page, first.id);
        await shows(page, first);
        await cardAtMiddle(page, last.id);
        await shows(page, last);
        expect(await page.$eval("#scrolly-2", (el) => el.dataset.activeStep)).toBe(String(last.index));
        await ctx.close();
      });
    }

  it("a hovered mark (desktop, zh) shows its tip with the ledger line and the park page /parks/<subject id>/", async () => {
    const { ctx, page } = await web.open("/", { viewport: DESKTOP });
    await page.waitForSelector("html.scrolly-on");
    const steps = await stepsOf(page);
    const chemicals = steps.find((s) => s.id === "chemicals") as StepInfo;
    await page.evaluate((sid) => {
      const el = document.getElementById(sid) as HTMLElement;
      scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.6 + 10);
    }, chemicals.id);
    await shows(page, chemicals);
    const tip = "#scrolly-2 .scrolly-chart.is-active [data-tip]";
    // The mouse goes to the mark once it has stopped moving, without the scroll page.hover() may do:
    // a scroll changes the step, and a state change closes the tip (a mark that moves takes it away).
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
    const at = await page.$eval(
      '#scrolly-2 .scrolly-chart.is-active [data-key^="fine-chemical-park/"]',
      (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      },
    );
    await page.mouse.move(at.x, at.y);
    await page.waitForSelector(`${tip}.is-open`);
    expect(await page.$eval(tip, (el) => el.textContent ?? "")).toContain("精细化工产业园");
    expect(await page.$eval(tip, (el) => el.getAttribute("aria-live"))).toBe("polite");
    expect(await page.$eval(`${tip} .tip-name a`, (a) => a.getAttribute("href"))).toBe(
      "/parks/fine-chemical-park/",
    );
    expect(await page.$eval(`${tip} a[href^="/sources/#fig-"]`, (a) => a.getAttribute("href"))).toMatch(
      /^\/sources\/#fig-/,
    );
    await ctx.close();
  });

  it("a tapped mark shows its figure, bound, source and date with a link to its ledger line; arrow keys go from mark to mark", async () => {
    const { ctx, page } = await phonePage("/en/", PHONES[0] as { width: number; height: number }, "reduce");
    const steps = await stepsOf(page);
    const chemicals = steps.find((s) => s.id === "chemicals") as StepInfo;
    await cardAtMiddle(page, chemicals.id);
    await shows(page, chemicals);
    const tip = "#scrolly-2 .scrolly-chart.is-active [data-tip]";
    await page.tap('#scrolly-2 .scrolly-chart.is-active [data-key^="fine-chemical-park/tibet"]');
    await page.waitForSelector(`${tip}.is-open`);
    const text = await page.$eval(tip, (el) => el.textContent ?? "");
    expect(text).toContain("Fine Chemical Industrial Park");
    expect(text).toContain("CNY 17.5 billion");
    expect(text).toContain("exact");
    expect(text).toContain("175亿元");
    expect(text).toContain("China Tibet Online");
    expect(await page.$eval(tip, (el) => el.getAttribute("role"))).toBe("status");
    const ledger = await page.$eval(`${tip} a[href*="/sources/#fig-"]`, (a) => a.getAttribute("href"));
    expect(ledger).toMatch(/^\/en\/sources\/#fig-/);
    // The source's date, and the park's own page, built from the subject id (in English under /en/).
    expect(text).toMatch(/\b20\d\d\b/);
    expect(await page.$eval(`${tip} .tip-name a`, (a) => a.getAttribute("href"))).toBe(
      "/en/parks/fine-chemical-park/",
    );
    // The keyboard: the graphic is one stop; arrows open the tips in turn, Escape closes.
    await page.focus("#scrolly-2 .scrolly-chart.is-active [data-canvas]");
    await page.keyboard.press("ArrowDown");
    const first = await page.$eval(tip, (el) => el.textContent ?? "");
    await page.keyboard.press("ArrowDown");
    const second = await page.$eval(tip, (el) => el.textContent ?? "");
    expect(first.length).toBeGreaterThan(10);
    expect(second).not.toBe(first);
    await page.keyboard.press("Escape");
    expect(await page.$eval(tip, (el) => el.classList.contains("is-open"))).toBe(false);
    await ctx.close();
  });

  it("printed with JavaScript on, every step has its static chart under its prose, and the stage is back after", async () => {
    const { ctx, page } = await phonePage("/", PHONES[0] as { width: number; height: number }, "reduce");
    await page.emulateMedia({ media: "print" });
    await page.waitForFunction(() => !document.documentElement.classList.contains("scrolly-on"));
    const printed = await page.$$eval("[data-step]", (els) =>
      els.map(
        (el) =>
          el.querySelectorAll("[data-printed] figure.chart svg, [data-printed] .chart-two-measures").length,
      ),
    );
    expect(printed.length).toBeGreaterThanOrEqual(12);
    for (const n of printed) expect(n).toBeGreaterThanOrEqual(1);
    await page.emulateMedia({ media: "screen" });
    await page.waitForSelector("html.scrolly-on");
    expect(await page.$$("[data-printed]")).toHaveLength(0);
    await ctx.close();
  });

  for (const { path } of STORY_PAGES)
    it(`${path} at 1280×800: the step nav covers no part of the stage's chart (head, drawing, source line) at any step, nor as a section's stage leaves`, async () => {
      const { ctx, page } = await web.open(path, { viewport: DESKTOP, reducedMotion: "reduce" });
      await page.waitForSelector("html.scrolly-on");
      const steps = await stepsOf(page);
      expect(steps.length).toBeGreaterThanOrEqual(12);
      const last = new Map(steps.map((s) => [s.section, s]));
      // Each step where a reader reads it (its top just past the trigger line at 60 %), then each section's
      // last step half a screen further on, its stage scrolling away with the section's end.
      const places = [
        ...steps.map((s) => ({ s, at: 0.6, where: "at its step" })),
        ...[...last.values()].map((s) => ({ s, at: 0.1, where: "leaving" })),
      ];
      let stuck = 0;
      const problems: string[] = [];
      for (const { s, at, where } of places) {
        await page.evaluate(
          ({ id, y }) => {
            const el = document.getElementById(id) as HTMLElement;
            scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * y + 10);
          },
          { id: s.id, y: at },
        );
        await shows(page, s);
        const r = await navOverStage(page, s.section);
        problems.push(...r.covered.map((c) => `${s.id} ${where}: ${c}`));
        // The nav goes with the stage: where the whole stage is on screen, so is the nav.
        if (r.stageOnScreen) {
          stuck++;
          if (!r.navOnScreen) problems.push(`${s.id} ${where}: the stage is on screen, the nav is not`);
        }
      }
      expect(problems).toEqual([]);
      expect(stuck).toBeGreaterThanOrEqual(steps.length / 2);
      await ctx.close();
    });

  it("axe-core finds no violation on / and /en/ on a phone, light and dark, a tip open", async () => {
    const runs = STORY_PAGES.flatMap(({ path }) =>
      (["light", "dark"] as const).map(async (colorScheme) => {
        const { ctx } = await watchedContext(web.browser, {
          viewport: PHONES[0],
          isMobile: true,
          hasTouch: true,
          colorScheme,
          reducedMotion: "reduce",
          bypassCSP: true,
        });
        const page = await ctx.newPage();
        await page.goto(web.site.url(path));
        await page.waitForSelector("html.scrolly-on");
        await cardAtMiddle(page, "chemicals");
        await page.waitForFunction(() => document.getElementById("scrolly-2")?.dataset.activeStep === "1");
        await page.tap('#scrolly-2 .scrolly-chart.is-active text[data-key="fine-chemical-park"]');
        await page.waitForSelector("#scrolly-2 [data-tip].is-open");
        const violations = await axeViolations(page);
        await ctx.close();
        return { page: `${path} (${colorScheme})`, violations };
      }),
    );
    const results = await Promise.all(runs);
    expect(results.filter((r) => r.violations.length > 0)).toEqual([]);
  });

  it("no page error, no CSP violation, no request left localhost", () => {
    expect(web.seen.flatMap((w) => [...w.errors, ...w.violations, ...w.leaks])).toEqual([]);
  });
});
