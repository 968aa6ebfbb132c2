import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium, type Site, startSite, type Watch, watchedContext } from "./notebookHelpers.ts";

/** The built site served on a free port and one Chromium, for the test file that asked for them. */
export interface BrowserFixture {
  /** The served site (from the file's beforeAll on). */
  readonly site: Site;
  /** The file's Chromium (from the file's beforeAll on). */
  readonly browser: Browser;
  /** What each context made by `context` or `open` saw, for the file's "nothing left localhost" checks. */
  readonly seen: Watch[];
  /** Returns a new watched context (see watchedContext), 1280×800 unless `options` say otherwise; its watch goes to `seen`. */
  context(options?: BrowserContextOptions): Promise<{ ctx: BrowserContext; watch: Watch }>;
  /** Opens `path` in a new page of a new `context(options)`. */
  open(
    path: string,
    options?: BrowserContextOptions,
  ): Promise<{ ctx: BrowserContext; page: Page; watch: Watch }>;
}

/** How long serving the site and starting Chromium may take together. */
const START_TIMEOUT = 60_000;

/**
 * Registers the calling file's beforeAll (serve the built site, start Chromium) and afterAll (close both),
 * and returns the fixture they fill. A failure to start fails the file with one line saying which part
 * failed and why, after closing whatever had started; nothing is left running.
 */
export function browserFixture(): BrowserFixture {
  let site: Site | undefined;
  let browser: Browser | undefined;
  let ended = false;
  const seen: Watch[] = [];

  const close = async () => {
    const [b, s] = [browser, site];
    browser = undefined;
    site = undefined;
    await b?.close();
    await s?.close();
  };
  /** Runs one part of the start; on failure closes what started and throws one line naming the part. */
  const start = async <T>(part: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      await close();
      const why = (e instanceof Error ? e.message : String(e)).split("\n")[0];
      throw new Error(`${part} failed: ${why}`);
    }
  };

  beforeAll(async () => {
    site = await start("serving the built site", startSite);
    browser = await start("starting Chromium", launchChromium);
    // Had the hook timed out meanwhile, the file's afterAll ran before these had started: close them now.
    if (ended) await close();
  }, START_TIMEOUT);

  afterAll(async () => {
    ended = true;
    await close();
  });

  const fixture: BrowserFixture = {
    get site() {
      if (!site) throw new Error("the site is served from the file's beforeAll on");
      return site;
    },
    get browser() {
      if (!browser) throw new Error("Chromium is started from the file's beforeAll on");
      return browser;
    },
    seen,
    async context(options = {}) {
      const made = await watchedContext(fixture.browser, {
        viewport: { width: 1280, height: 800 },
        ...options,
      });
      seen.push(made.watch);
      return made;
    },
    async open(path, options = {}) {
      const { ctx, watch } = await fixture.context(options);
      const page = await ctx.newPage();
      await page.goto(fixture.site.url(path));
      return { ctx, page, watch };
    },
  };
  return fixture;
}
