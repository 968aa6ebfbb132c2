import { createServer, type Server } from "node:http";
import { type Browser, type BrowserContextOptions, chromium, type Frame, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, requireChromium } from "../../../scripts/chromium.mjs";
// @ts-expect-error: a plain .mjs script without types
import { serve } from "../scripts/serve.mjs";
import { DIST, requireDist } from "./distFiles.ts";
import { axeViolations, watchedContext } from "./notebookHelpers.ts";

// Our site on one origin (localhost:<port>), a host page that embeds it on another (127.0.0.1:<port>).

const STEPS = ["scale", "money", "timeline"];
let site: { url: string; close: () => Promise<void> };
let host: Server;
let hostUrl: string;
let browser: Browser;

/**
 * The host page: the embed code of three steps, as a reader would paste it but with our origin, and
 * `?late` adds /embed.js only after the iframes have loaded (it must ask them for their heights).
 */
function hostPage(query: string): string {
  const embeds = STEPS.map(
    (s) =>
      `<iframe src="${site.url}embed/${s}/" title="${s}" data-newarea-embed width="100%" height="300" style="border:0"></iframe>`,
  ).join("\n<p>Text of the host page between two embeds.</p>\n");
  const script = `<script src="${site.url}embed.js" async></script>`;
  // A frame that is not an embed, and talks: its messages must change nothing.
  const other = `<iframe id="other" src="${site.url}embed/frame.js" height="50"></iframe>`;
  const late = `<script src="/late.js"></script>`;
  return `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><title>Host</title></head>
<body style="margin:0;padding:0 8px"><h1>A partner's page</h1>${embeds}${other}${query.includes("late") ? late : script}</body></html>`;
}

// Adds /embed.js once every iframe has loaded.
const LATE = (src: string) => `addEventListener("load", () => {
  const s = document.createElement("script"); s.src = ${JSON.stringify(src)}; document.body.append(s);
});`;

beforeAll(async () => {
  requireDist();
  site = await serve({ root: DIST, port: 0 });
  host = createServer((req, res) => {
    const js = req.url === "/late.js";
    res.setHeader("content-type", js ? "text/javascript" : "text/html; charset=utf-8");
    res.end(js ? LATE(`${site.url}embed.js`) : hostPage(req.url ?? ""));
  });
  await new Promise<void>((ok) => host.listen(0, "127.0.0.1", ok));
  const address = host.address();
  hostUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS, headless: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((ok) => host?.close(ok));
});

/** A context in which nothing leaves this machine. */
async function context(options: BrowserContextOptions = {}) {
  const ctx = await browser.newContext(options);
  await ctx.route("**/*", (route) => {
    const { hostname } = new URL(route.request().url());
    return hostname === "localhost" || hostname === "127.0.0.1" ? route.continue() : route.abort();
  });
  return ctx;
}

/** The embeds' frames of the host page, in document order. */
async function embedFrames(page: Page): Promise<Frame[]> {
  const frames: Frame[] = [];
  for (const handle of await page.$$("iframe[data-newarea-embed]")) {
    const frame = await handle.contentFrame();
    if (frame) frames.push(frame);
  }
  return frames;
}

/** Each embed's iframe height on the host page and its content height inside, once they agree or after 5 s. */
async function heights(page: Page) {
  const read = async () => {
    const outer = await page.$$eval("iframe[data-newarea-embed]", (fs) =>
      fs.map((f) => f.getBoundingClientRect().height),
    );
    const inner: number[] = [];
    for (const f of await embedFrames(page))
      inner.push(await f.evaluate(() => document.body.getBoundingClientRect().height));
    return outer.map((o, i) => ({ outer: o, inner: inner[i] ?? 0 }));
  };
  const deadline = Date.now() + 5_000;
  let h = await read();
  while (Date.now() < deadline && h.some((x) => Math.abs(x.outer - x.inner) > 8)) {
    await page.waitForTimeout(100);
    h = await read();
  }
  return h;
}

describe("embeds on another origin", () => {
  for (const width of [360, 800]) {
    it(`/embed.js sizes each iframe to its content on a page of another origin, ${width} px wide`, async () => {
      const ctx = await context({ viewport: { width, height: 900 } });
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      await page.goto(hostUrl);
      const h = await heights(page);
      expect(h).toHaveLength(STEPS.length);
      for (const { outer, inner } of h) {
        expect(Math.abs(outer - inner), JSON.stringify(h)).toBeLessThanOrEqual(8);
        expect(outer).not.toBe(300); // sized, not the default of the embed code
      }
      // Nothing scrolls inside an iframe: all of its content shows. Chromium throttles a cross-origin frame
      // out of view, which learns its new size only once shown: each is scrolled into view first.
      for (const handle of await page.$$("iframe[data-newarea-embed]")) {
        await handle.scrollIntoViewIfNeeded();
        const frame = await handle.contentFrame();
        const fits = await frame
          ?.waitForFunction(() => document.documentElement.scrollHeight - innerHeight <= 1, null, {
            timeout: 5_000,
          })
          .then(() => true)
          .catch(() => false);
        expect(fits, frame?.url()).toBe(true);
      }
      expect(errors).toEqual([]);
      await ctx.close();
    });
  }

  it("/embed.js added after the embeds loaded asks them for their heights", async () => {
    const ctx = await context({ viewport: { width: 800, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(`${hostUrl}?late`);
    const h = await heights(page);
    for (const { outer, inner } of h)
      expect(Math.abs(outer - inner), JSON.stringify(h)).toBeLessThanOrEqual(8);
    await ctx.close();
  });

  it("/embed.js ignores height messages from the page itself and from an iframe that is not an embed", async () => {
    const ctx = await context({ viewport: { width: 800, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(hostUrl);
    const before = (await heights(page)).map((x) => x.outer);
    await page.evaluate(() => postMessage({ type: "newarea-embed:height", height: 5 }, "*"));
    const other = page.frames().find((f) => f.url().endsWith("/embed/frame.js"));
    await other?.evaluate(() => parent.postMessage({ type: "newarea-embed:height", height: 7 }, "*"));
    // A frame of our origin, but for another iframe's message: only the iframe whose window sent it counts.
    const [first] = await embedFrames(page);
    await first?.evaluate(() => parent.postMessage({ type: "newarea-embed:height", height: "9" }, "*"));
    await page.waitForTimeout(300);
    const after = await page.$$eval("iframe[data-newarea-embed]", (fs) =>
      fs.map((f) => f.getBoundingClientRect().height),
    );
    expect(after).toEqual(before);
    await ctx.close();
  });

  it("without /embed.js an iframe keeps the height its embed code gives", async () => {
    const ctx = await context({ viewport: { width: 800, height: 900 }, javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(hostUrl);
    const outer = await page.$$eval("iframe[data-newarea-embed]", (fs) =>
      fs.map((f) => f.getBoundingClientRect().height),
    );
    expect(outer).toEqual([300, 300, 300]);
    await ctx.close();
  });
});

describe("embed pages in a browser", () => {
  const pages = ["/embed/scale/", "/en/embed/money/", "/embed/timeline-optics/", "/en/embed/promises/"];

  it("without JavaScript an embed page is complete: title, the chart drawn, source and links", async () => {
    const ctx = await context({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    for (const path of pages) {
      const page = await ctx.newPage();
      await page.goto(new URL(path, site.url).href);
      const seen = await page.evaluate(() => {
        const shown = [...document.querySelectorAll(".chart-svg")].find(
          (s) => getComputedStyle(s).display !== "none",
        );
        const box = shown?.firstElementChild?.getBoundingClientRect();
        return {
          title: document.querySelector("h1")?.textContent ?? "",
          chart: [box?.width ?? 0, box?.height ?? 0],
          source: document.querySelector(".chart-source")?.textContent ?? "",
          links: document.querySelectorAll(".embed-links a").length,
          overflow: document.documentElement.scrollWidth - innerWidth,
        };
      });
      expect(seen.title.length, path).toBeGreaterThan(5);
      expect(seen.chart[0], path).toBeGreaterThan(300);
      expect(seen.chart[1], path).toBeGreaterThan(50);
      expect(seen.source, path).toMatch(/^(来源|Sources?)/);
      expect(seen.links, path).toBe(2);
      expect(seen.overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
    await ctx.close();
  });

  it("an embed page follows the system's colour scheme, and ?theme= overrides it either way", async () => {
    const background = async (scheme: "light" | "dark", query: string) => {
      const ctx = await context({ colorScheme: scheme });
      const page = await ctx.newPage();
      await page.goto(new URL(`/embed/scale/${query}`, site.url).href);
      const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await ctx.close();
      return bg;
    };
    const LIGHT = "rgb(253, 253, 251)";
    const DARK = "rgb(18, 19, 22)";
    expect(await background("light", "")).toBe(LIGHT);
    expect(await background("dark", "")).toBe(DARK);
    expect(await background("light", "?theme=dark")).toBe(DARK);
    expect(await background("dark", "?theme=light")).toBe(LIGHT);
    expect(await background("dark", "?theme=pink")).toBe(DARK);
  });

  it("embed pages break no Content-Security-Policy rule, framed on another origin or alone", async () => {
    const { ctx, watch } = await watchedContext(browser, { viewport: { width: 800, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(hostUrl);
    await heights(page);
    for (const path of [...pages, "/embed/scale/chart.svg", "/en/embed/money/chart.svg"]) {
      await page.goto(new URL(path, site.url).href);
      await page.waitForLoadState("load");
    }
    expect(watch.violations).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.leaks).toEqual([]);
    // The watch sees a violation when there is one: an inline style the policy does not list.
    await page.goto(new URL(pages[0] as string, site.url).href);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML("beforeend", '<p style="color: red">x</p>');
    });
    await page.waitForTimeout(200);
    expect(watch.violations.length).toBeGreaterThan(0);
    await ctx.close();
  });

  it("chart.svg opened alone parses as XML and shows its title and chart", async () => {
    const ctx = await context({ viewport: { width: 800, height: 900 } });
    const page = await ctx.newPage();
    for (const path of ["/embed/scale/chart.svg", "/en/embed/money/chart.svg"]) {
      await page.goto(new URL(path, site.url).href);
      const shown = await page.evaluate(() => ({
        root: document.documentElement.tagName,
        error: document.querySelector("parsererror") !== null,
        width: document.documentElement.getBoundingClientRect().width,
        texts: document.querySelectorAll("text").length,
      }));
      expect(shown, path).toEqual({ root: "svg", error: false, width: 688, texts: expect.any(Number) });
      expect(shown.texts, path).toBeGreaterThan(8);
    }
    await ctx.close();
  });

  it("axe-core finds no violation on embed pages in zh and en, light and dark", async () => {
    const runs = pages.flatMap((path) =>
      (["light", "dark"] as const).map(async (scheme) => {
        // axe is injected past the strict CSP; the CSP itself is checked above.
        const ctx = await context({
          viewport: { width: 800, height: 900 },
          colorScheme: scheme,
          bypassCSP: true,
        });
        const page = await ctx.newPage();
        await page.goto(new URL(path, site.url).href);
        const violations = await axeViolations(page);
        await ctx.close();
        return { page: `${path} (${scheme})`, violations };
      }),
    );
    const results = await Promise.all(runs);
    expect(results.filter((r) => r.violations.length > 0)).toEqual([]);
  });
});
