import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  launchChromium,
  ranOrFailed,
  SITE,
  type Site,
  startSite,
  type Watch,
  watchedContext,
} from "./notebookHelpers.ts";

// Issue 8's probes of reader SQL in the notebook: each one changed the published data or the engine, ran
// without end, or drew something unreadable. Every test here checks the message a reader sees and, where
// the probe could write, that the published data is as it was.

/** SQL that must never change anything: each did, through the page, before. */
const WRITES = [
  "with a as (select 1) delete from data.figures where measure='total_investment' returning subject_id",
  "with a as (select 1) update data.figures set value = 0 returning value",
  "with a as (select 1) insert into data.figures by name (select 'x' as figure_id) returning figure_id",
  "select 1 as a /* /* */, '*/; create or replace macro upper(x) as $$PWNED$$; create or replace view figures as select 1; drop view milestones; --'",
  "select 1 /* /* */ '*/ ); drop view milestones; select * from (select 1 --'",
  "INSTALL httpfs",
  "ATTACH ':memory:' AS other",
  "CREATE SECRET (TYPE s3)",
  "EXPLAIN ANALYZE delete from data.figures",
];

/** What another cell sees of the published data: totals, views, macros, secrets, databases, a macro's answer. */
const STATE = `SELECT (SELECT count(*) FROM figures) AS n, (SELECT sum(value) FROM figures) AS total,
  (SELECT count(*) FROM milestones) AS milestones,
  (SELECT string_agg(view_name, ',' ORDER BY view_name) FROM duckdb_views() WHERE NOT internal) AS views,
  (SELECT count(*) FROM duckdb_functions() WHERE function_type LIKE '%macro%' AND NOT internal) AS macros,
  (SELECT count(*) FROM duckdb_secrets()) AS secrets,
  (SELECT string_agg(database_name, ',' ORDER BY database_name) FROM duckdb_databases()) AS dbs,
  upper('abc') AS upper_abc`;

let site: Site;
let browser: Browser;
const seen: Watch[] = [];

beforeAll(async () => {
  site = await startSite();
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string) {
  const { ctx, watch } = await watchedContext(browser, { viewport: { width: 1280, height: 800 } });
  seen.push(watch);
  const page = await ctx.newPage();
  await page.goto(site.url(path));
  return { ctx, page };
}

const errorOf = (page: Page, name: string) =>
  page.$eval(`#${name}`, (el) => {
    const e = el.querySelector<HTMLElement>("[data-error]");
    return e && !e.hidden ? (e.textContent ?? "") : "";
  });

/** Puts `sql` in cell `name` and runs it with the Run button; waits for its n-th run or its message. */
async function runIn(page: Page, name: string, sql: string | undefined, n: number) {
  if (sql !== undefined) await page.fill(`#${name} textarea`, sql);
  await page.click(`#${name} [data-run]`);
  await ranOrFailed(page, name, n);
}

/**
 * Runs each SQL on the page's own runtime, the page's check bypassed, and returns what happened to each
 * ("RAN" or the error's kind and message), then the STATE row.
 */
async function throughRuntime(
  page: Page,
  statements: string[],
): Promise<{ outcomes: string[]; state: unknown }> {
  const runtime = readdirSync(join(SITE, "_astro")).find((f) => /^notebookRuntime\..*\.js$/.test(f));
  const duckdb = await page.$eval("[data-notebook]", (e) => (e as HTMLElement).dataset.duckdb ?? "");
  // A string, not a function: the test runner would rewrite a function's import().
  return page.evaluate(`(async () => {
    const m = await import(${JSON.stringify(`/_astro/${runtime}`)});
    const rt = await m.startRuntime({ duckdb: ${JSON.stringify(duckdb)}, tables: "/data/tables/", onStage: () => {} });
    const outcomes = [];
    for (const sql of ${JSON.stringify(statements)}) {
      try {
        await rt.run(sql, []);
        outcomes.push("RAN");
      } catch (e) {
        outcomes.push(e.kind + ": " + e.message);
      }
    }
    const state = (await rt.run(${JSON.stringify(STATE)}, [])).result.rows[0];
    return { outcomes, state };
  })()`);
}

describe("reader SQL in the notebook cannot change anything, and always answers", () => {
  it("every write probe is refused in the page and, the page's check bypassed, by DuckDB's parser; the published data, views, macros, secrets and databases stay as they were", async () => {
    const { ctx, page } = await open("/en/notebook/");
    const before = await throughRuntime(page, []);
    expect(before.state).toMatchObject({
      upper_abc: "ABC",
      secrets: 0,
      dbs: expect.stringContaining("memory"),
    });
    for (const [i, sql] of WRITES.entries()) {
      await runIn(page, "conflicts", sql, i + 1);
      expect(await errorOf(page, "conflicts"), sql).toMatch(
        /is refused|One statement at a time|^Not run: only one query that reads runs here/,
      );
    }
    const after = await throughRuntime(page, WRITES);
    for (const [i, o] of after.outcomes.entries()) expect(o, WRITES[i]).toMatch(/^notOneQuery: /);
    expect(after.state).toEqual(before.state);
    // Every cell still runs, and gives what it gave when the site was built.
    await runIn(page, "investment_by_subject", undefined, 1);
    expect(await errorOf(page, "investment_by_subject")).toBe("");
    await ctx.close();
  }, 120_000);

  it("on the Chinese page the refusal, the Cancel button and the messages are Chinese", async () => {
    const { ctx, page } = await open("/notebook/");
    await runIn(page, "conflicts", WRITES[0], 1);
    expect(await errorOf(page, "conflicts")).toMatch(/^已拒绝 DELETE：/);
    expect(await page.$eval("#conflicts [data-cancel]", (e) => e.textContent)).toMatch(/^停止/);
    await runIn(page, "conflicts", "SELECT FROM WHERE", 1);
    expect(await errorOf(page, "conflicts")).toMatch(/^没有运行：这里只运行一条读取数据的查询/);
    await ctx.close();
  }, 90_000);

  it("an endless recursive CTE stops on Cancel, reached by keyboard, within seconds; then every cell runs again", async () => {
    const { ctx, page } = await open("/en/notebook/");
    await runIn(page, "area_key_figures", undefined, 1);
    await page.fill(
      "#conflicts textarea",
      "with recursive r(n) as (select 1 union all select n + 1 from r) select count(*) as n from r",
    );
    await page.focus("#conflicts textarea");
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector("#conflicts [data-cancel]:not([hidden])");
    await page.waitForTimeout(1500);
    expect(await errorOf(page, "conflicts")).toBe("");
    // Run is disabled while the cell runs: Tab from the editor reaches Cancel.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-cancel"))).toBe(true);
    const t0 = Date.now();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => {
      const e = document.querySelector<HTMLElement>("#conflicts [data-error]");
      return e && !e.hidden;
    });
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(await errorOf(page, "conflicts")).toMatch(/^Cancelled: the query did not finish/);
    expect(await page.$eval("#conflicts [data-cancel]", (e) => (e as HTMLElement).hidden)).toBe(true);
    // Focus went back to Run, and every cell runs again.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-run"))).toBe(true);
    const names = await page.$$eval("[data-sql-cell]", (els) => els.map((e) => e.id));
    for (const name of names) {
      if (name === "conflicts") await page.click(`#conflicts [data-reset]`);
      const ran = Number((await page.$eval(`#${name}`, (e) => (e as HTMLElement).dataset.ran)) ?? 0);
      await runIn(page, name, undefined, ran + 1);
      expect(await errorOf(page, name), name).toBe("");
    }
    await ctx.close();
  }, 120_000);

  it("a query that needs more memory than the notebook allows fails within seconds with a message a reader can act on; the next run works", async () => {
    const { ctx, page } = await open("/en/notebook/");
    const t0 = Date.now();
    await runIn(
      page,
      "conflicts",
      "select k, count(*) from (select a.range * 100000 + b.range as k from range(100000) a, range(100000) b) group by k",
      1,
    );
    const ms = Date.now() - t0;
    const message = await errorOf(page, "conflicts");
    expect(message).toMatch(/^The query needed more memory than the notebook allows \(256 MB\)/);
    expect(message).not.toMatch(/SET |memory_limit|temp_directory/);
    // The engine's start included (about 2 s here alone).
    expect(ms).toBeLessThan(30_000);
    await runIn(page, "conflicts", "select count(*) as n from figures", 1);
    expect(await errorOf(page, "conflicts")).toBe("");
    await ctx.close();
  }, 90_000);

  it("a 50 MB value is shown by its start and its length, quickly", async () => {
    const { ctx, page } = await open("/en/notebook/");
    await runIn(page, "conflicts", "select 1 as warm", 1);
    const t0 = Date.now();
    await runIn(page, "conflicts", "select repeat('x', 50000000) as s, 'short' as t", 2);
    const ms = Date.now() - t0;
    expect(await errorOf(page, "conflicts")).toBe("");
    const cell = await page.$eval("#conflicts [data-result] tbody td", (e) => e.textContent ?? "");
    expect(cell).toContain("(50,000,000 characters; the start shown)");
    expect(cell.length).toBeLessThan(600);
    expect(ms).toBeLessThan(15_000);
    await ctx.close();
  }, 90_000);

  it("a chart fed by a cell without the columns it needs names them, in the page's language; DuckDB's LINE excerpt shows once", async () => {
    for (const [path, expected] of [
      [
        "/en/notebook/",
        /^The chart cannot be redrawn: it needs the columns? .+, which this cell's result lacks/,
      ],
      ["/notebook/", /^图表无法重画：它需要的列 .+ 不在这个单元的结果里/],
    ] as const) {
      const { ctx, page } = await open(path);
      await runIn(page, "investment_by_subject", "select 1 as x", 1);
      const chart = await page.$eval("[data-chart-cell][data-from='investment_by_subject']", (el) => {
        const e = el.querySelector<HTMLElement>("[data-error]");
        return e && !e.hidden ? (e.textContent ?? "") : "";
      });
      expect(chart, path).toMatch(expected);
      expect(chart, path).not.toMatch(/Cannot read properties/);
      await runIn(page, "area_key_figures", "SELECT nope\nFROM figures", 1);
      const message = await errorOf(page, "area_key_figures");
      expect(message, path).toContain("LINE 1: SELECT nope\n");
      expect(message.match(/LINE \d+:/g), path).toHaveLength(1);
      await ctx.close();
    }
  }, 120_000);

  it("no request left localhost", () => {
    expect(seen.flatMap((w) => w.leaks)).toEqual([]);
  });
});
