import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from "playwright-core";
import { CHROMIUM_ARGS, requireChromium } from "../../../scripts/chromium.mjs";
// @ts-expect-error: a plain .mjs script without types
import { serve } from "../scripts/serve.mjs";
import { DIST, requireDist } from "./distFiles.ts";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core on the page and returns its violations, one line each with up to three targets. The
 * page's context must bypass the CSP: the site's policy refuses an injected script, axe's included.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    // @ts-expect-error: axe is injected above
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
  });
}

// Shared by the notebook and data-page tests: the built site served by `npm start`'s own server, one
// Chromium, nothing from the network. STORY_DIST points them at another build folder.
export const SITE = process.env.STORY_DIST ?? DIST;

/** Every page of the site, both languages. */
export const ALL_PAGES = [
  "/",
  "/en/",
  "/sources/",
  "/en/sources/",
  "/sources/diary/",
  "/notebook/",
  "/en/notebook/",
  "/data/",
  "/en/data/",
  "/parks/",
  "/en/parks/",
  "/parks/fine-chemical-park/",
  "/en/parks/fine-chemical-park/",
];

export interface Site {
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Serves the built site on a free port. */
export async function startSite(): Promise<Site> {
  if (SITE === DIST) requireDist();
  else if (!existsSync(`${SITE}/index.html`)) throw new Error(`STORY_DIST=${SITE} holds no built site`);
  const server = (await serve({ root: SITE, port: 0 })) as { url: string; close: () => Promise<void> };
  return { url: (path) => new URL(path, server.url).href, close: server.close };
}

/** Starts Chromium on a fresh temporary profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS, headless: true });
}

/** What a browser context saw: every request, CSP violations and console or page errors. */
export interface Watch {
  requests: string[];
  leaks: string[];
  violations: string[];
  errors: string[];
}

/**
 * Returns a context that aborts and records any request leaving this machine, and records every request
 * (workers' included), every Content-Security-Policy violation (the page's event and the console's
 * "Refused to …" lines) and every page error.
 */
export async function watchedContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ ctx: BrowserContext; watch: Watch }> {
  const ctx = await browser.newContext(options);
  const watch: Watch = { requests: [], leaks: [], violations: [], errors: [] };
  await ctx.route("**/*", (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === "localhost" || u.hostname === "127.0.0.1" || u.protocol === "data:")
      return route.continue();
    watch.leaks.push(u.href);
    return route.abort();
  });
  ctx.on("request", (r) => {
    watch.requests.push(r.url());
  });
  await ctx.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sample})`,
      );
    });
  });
  ctx.on("page", (page: Page) => {
    page.on("console", (m) => {
      const text = m.text();
      if (/CSP violation|Content Security Policy|Refused to/i.test(text))
        watch.violations.push(`${page.url()}: ${text}`);
    });
    page.on("pageerror", (e) => {
      watch.errors.push(`${page.url()}: ${e.message}`);
    });
  });
  return { ctx, watch };
}

/** Waits until SQL cell `name` has finished its n-th run in the browser, or shows an error. */
export async function ranOrFailed(page: Page, name: string, n: number): Promise<void> {
  await page.waitForFunction(
    ([id, times]) => {
      const cell = document.getElementById(id as string);
      const error = cell?.querySelector<HTMLElement>("[data-error]");
      const off = document.querySelector<HTMLElement>("[data-nb-off]");
      return cell?.dataset.ran === String(times) || (error && !error.hidden) || (off && !off.hidden);
    },
    [name, n],
    { timeout: 60_000 },
  );
}

/** Puts `sql` in SQL cell `name`'s editor (unless undefined) and presses Run; waits for its n-th run or its message. */
export async function runIn(page: Page, name: string, sql: string | undefined, n: number): Promise<void> {
  if (sql !== undefined) await page.fill(`#${name} textarea`, sql);
  await page.click(`#${name} [data-run]`);
  await ranOrFailed(page, name, n);
}

/** The message shown in the cell `sel` (a SQL, chart or table cell), or "" when none shows. */
export function errorOf(page: Page, sel: string): Promise<string> {
  return page.$eval(sel, (el) => {
    const e = el.querySelector<HTMLElement>("[data-error]");
    return e && !e.hidden ? (e.textContent ?? "") : "";
  });
}

/** Waits until the cell `sel` shows a message, and returns it. */
export async function messageOf(page: Page, sel: string, timeout = 60_000): Promise<string> {
  await page.waitForSelector(`${sel} [data-error]:not([hidden])`, { timeout });
  return errorOf(page, sel);
}

/** Resets every SQL cell on the page to its SQL and runs it once more; returns the messages, by cell. */
export async function runEveryCell(page: Page): Promise<Record<string, string>> {
  const messages: Record<string, string> = {};
  for (const name of await page.$$eval("[data-sql-cell]", (els) => els.map((e) => e.id))) {
    await page.click(`#${name} [data-reset]`);
    const ran = Number((await page.$eval(`#${name}`, (e) => (e as HTMLElement).dataset.ran)) ?? 0);
    await runIn(page, name, undefined, ran + 1);
    messages[name] = await errorOf(page, `#${name}`);
  }
  return messages;
}
