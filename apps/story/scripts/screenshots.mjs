// Screenshots of the built site for a visual check: phones (390×844, 360×740) and desktop (1280×800),
// light and dark, zh and en — whole pages, the story at rest on a few steps, mid-transition between two
// steps, and one transition as a sequence of frames (animations paused and sought, so frames are exact).
// Usage: node scripts/screenshots.mjs [outDir] (default /tmp/shots). SHOTS=zh,en,sources,en-sources,frames
// limits what is taken.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, requireChromium } from "../../../scripts/chromium.mjs";
import { serve } from "./serve.mjs";

const out = process.argv[2] ?? "/tmp/shots";
mkdirSync(out, { recursive: true });
const server = await serve({ root: fileURLToPath(new URL("../dist/", import.meta.url)), port: 0 });
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: CHROMIUM_ARGS,
  headless: true,
});
const viewports = {
  phone: { width: 390, height: 844 },
  small: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
};
const pages = { zh: "/", en: "/en/", sources: "/sources/", "en-sources": "/en/sources/" };
const only = process.env.SHOTS?.split(",");
const want = (name) => !only || only.includes(name);
// Steps shown at rest, and pairs of steps whose transition is caught half-way.
const AT_REST = ["target", "scale", "chemicals", "undisclosed", "timeline-gensci", "promises-gensci"];
const TRANSITIONS = [
  ["scale", "chemicals"],
  ["timeline", "timeline-optics"],
  ["promises", "promises-gensci"],
];

/** Scrolls so that step `id` is where a reader reads it: its top at mid-screen (phones) or past the trigger line. */
async function toStep(page, id) {
  await page.evaluate((sid) => {
    const el = document.getElementById(sid);
    const y = innerWidth >= 900 ? innerHeight * 0.6 - 10 : innerHeight / 2;
    if (el) scrollTo(0, el.getBoundingClientRect().top + scrollY - y);
  }, id);
  await page.waitForFunction((sid) => {
    const el = document.getElementById(sid);
    return el?.closest("[data-scrolly]")?.dataset.activeStep === el?.dataset.step;
  }, id);
}

/** Pauses every animation of the page at `ms` from its start. */
function seek(page, ms) {
  return page.evaluate((t) => {
    for (const a of document.getAnimations()) {
      a.pause();
      a.currentTime = t;
    }
  }, ms);
}

async function story(ctx, path, prefix) {
  const page = await ctx.newPage();
  await page.goto(new URL(path, server.url).href);
  await page.waitForSelector("html.scrolly-on");
  for (const id of AT_REST) {
    await toStep(page, id);
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${out}/${prefix}-rest-${id}.png` });
  }
  for (const [from, to] of TRANSITIONS) {
    await toStep(page, from);
    await page.waitForTimeout(600);
    await toStep(page, to);
    await seek(page, 200);
    await page.screenshot({ path: `${out}/${prefix}-mid-${from}-${to}.png` });
    await seek(page, 10_000);
  }
  await page.close();
}

for (const [vp, viewport] of Object.entries(viewports)) {
  for (const scheme of ["light", "dark"]) {
    const phone = vp !== "desktop";
    const ctx = await browser.newContext({
      viewport,
      colorScheme: scheme,
      deviceScaleFactor: 1,
      isMobile: phone,
      hasTouch: phone,
      reducedMotion: "no-preference",
    });
    for (const [name, path] of Object.entries(pages)) {
      if (!want(name)) continue;
      const page = await ctx.newPage();
      await page.goto(new URL(path, server.url).href);
      await page.waitForTimeout(200);
      await page.screenshot({
        path: `${out}/${name}-${vp}-${scheme}-full.png`,
        fullPage: !name.includes("sources") || phone,
      });
      await page.close();
      if (path === "/" || path === "/en/") await story(ctx, path, `${name}-${vp}-${scheme}`);
    }
    await ctx.close();
  }
}

// One transition, frame by frame: the axis rescales from the year's total to the parks' own scale.
if (want("frames")) {
  const ctx = await browser.newContext({ viewport: viewports.phone, isMobile: true, hasTouch: true });
  const page = await ctx.newPage();
  await page.goto(new URL("/", server.url).href);
  await page.waitForSelector("html.scrolly-on");
  await toStep(page, "scale");
  await page.waitForTimeout(600);
  await toStep(page, "chemicals");
  for (let t = 0; t <= 450; t += 75) {
    await seek(page, t);
    const band = await page.$("#scrolly-2 .scrolly-graphic");
    await band?.screenshot({ path: `${out}/frames-scale-chemicals-${String(t).padStart(3, "0")}ms.png` });
  }
  await ctx.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
