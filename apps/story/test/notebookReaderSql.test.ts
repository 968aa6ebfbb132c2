import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { WRITE_PROBES as WRITES } from "../../../packages/press/test/fixtures/readerSqlProbes.ts";
import { browserFixture } from "./browserFixture.ts";
import { axeViolations, errorOf, messageOf, runEveryCell, runIn, SITE } from "./notebookHelpers.ts";

// Issue 8's probes of reader SQL in the notebook: each one changed the published data or the engine, ran
// without end, or drew something unreadable. Every test here checks the message a reader sees and, where
// the probe could write, that the published data is as it was.

/** What another cell sees of the published data: totals, views, macros, secrets, databases, a macro's answer. */
const STATE = `SELECT (SELECT count(*) FROM figures) AS n, (SELECT sum(value) FROM figures) AS total,
  (SELECT count(*) FROM milestones) AS milestones,
  (SELECT string_agg(view_name, ',' ORDER BY view_name) FROM duckdb_views() WHERE NOT internal) AS views,
  (SELECT count(*) FROM duckdb_functions() WHERE function_type LIKE '%macro%' AND NOT internal) AS macros,
  (SELECT count(*) FROM duckdb_secrets()) AS secrets,
  (SELECT string_agg(database_name, ',' ORDER BY database_name) FROM duckdb_databases()) AS dbs,
  upper('abc') AS upper_abc`;

const { open, seen } = browserFixture();

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

/** Runs `sql` in the conflicts cell, presses Cancel after `after` ms and returns how long the message took. */
async function cancelAfter(page: Page, sql: string, after: number): Promise<{ ms: number; message: string }> {
  await page.fill("#conflicts textarea", sql);
  await page.click("#conflicts [data-run]");
  await page.waitForSelector("#conflicts [data-cancel]:not([hidden])");
  await page.waitForTimeout(after);
  expect(await errorOf(page, "#conflicts"), "still running when cancelled").toBe("");
  const t0 = Date.now();
  await page.click("#conflicts [data-cancel]");
  const message = await messageOf(page, "#conflicts");
  return { ms: Date.now() - t0, message };
}

/** One scalar call of about 10^10 steps (tens of seconds): DuckDB checks for a cancel between chunks, never inside it. */
const NO_YIELD = "select levenshtein(repeat('a', 100000), repeat('b', 100000)) as d";
/** A 10^10-row cross join sorted at random: under the cell's LIMIT a top-N, which would run for an hour here. */
const CROSS_SORT = "select * from range(100000) a, range(100000) b order by random()";

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
      expect(await errorOf(page, "#conflicts"), sql).toMatch(
        /is refused|One statement at a time|^Not run: only one query that reads runs here/,
      );
    }
    const after = await throughRuntime(page, WRITES);
    for (const [i, o] of after.outcomes.entries()) expect(o, WRITES[i]).toMatch(/^notOneQuery: /);
    expect(after.state).toEqual(before.state);
    // Every cell still runs, and gives what it gave when the site was built.
    await runIn(page, "investment_by_subject", undefined, 1);
    expect(await errorOf(page, "#investment_by_subject")).toBe("");
    await ctx.close();
  }, 120_000);

  it("on the Chinese page the refusal, the Cancel button and the messages are Chinese", async () => {
    const { ctx, page } = await open("/notebook/");
    await runIn(page, "conflicts", WRITES[0], 1);
    expect(await errorOf(page, "#conflicts")).toMatch(/^已拒绝 DELETE：/);
    expect(await page.$eval("#conflicts [data-cancel]", (e) => e.textContent)).toMatch(/^停止/);
    await runIn(page, "conflicts", "SELECT FROM WHERE", 1);
    expect(await errorOf(page, "#conflicts")).toMatch(/^没有运行：这里只运行一条读取数据的查询/);
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
    expect(await errorOf(page, "#conflicts")).toBe("");
    // Run is disabled while the cell runs: Tab from the editor reaches Cancel.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-cancel"))).toBe(true);
    const t0 = Date.now();
    await page.keyboard.press("Enter");
    await messageOf(page, "#conflicts");
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(await errorOf(page, "#conflicts")).toMatch(/^Cancelled: the query did not finish/);
    expect(await page.$eval("#conflicts [data-cancel]", (e) => (e as HTMLElement).hidden)).toBe(true);
    // Focus went back to Run, and every cell runs again.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-run"))).toBe(true);
    for (const [name, message] of Object.entries(await runEveryCell(page))) expect(message, name).toBe("");
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
    const message = await errorOf(page, "#conflicts");
    expect(message).toMatch(/^The query needed more memory than the notebook allows \(256 MB\)/);
    expect(message).not.toMatch(/SET |memory_limit|temp_directory/);
    // The engine's start included (about 2 s here alone).
    expect(ms).toBeLessThan(30_000);
    await runIn(page, "conflicts", "select count(*) as n from figures", 1);
    expect(await errorOf(page, "#conflicts")).toBe("");
    await ctx.close();
  }, 90_000);

  it("a 50 MB value is shown by its start and its length, quickly", async () => {
    const { ctx, page } = await open("/en/notebook/");
    await runIn(page, "conflicts", "select 1 as warm", 1);
    const t0 = Date.now();
    await runIn(page, "conflicts", "select repeat('x', 50000000) as s, 'short' as t", 2);
    const ms = Date.now() - t0;
    expect(await errorOf(page, "#conflicts")).toBe("");
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
      const chart = await errorOf(page, "[data-chart-cell][data-from='investment_by_subject']");
      expect(chart, path).toMatch(expected);
      expect(chart, path).not.toMatch(/Cannot read properties/);
      await runIn(page, "area_key_figures", "SELECT nope\nFROM figures", 1);
      const message = await errorOf(page, "#area_key_figures");
      expect(message, path).toContain("LINE 1: SELECT nope\n");
      expect(message.match(/LINE \d+:/g), path).toHaveLength(1);
      await ctx.close();
    }
  }, 120_000);

  it("a query the cancel cannot reach (one scalar call that never yields) is ended by restarting the engine a few seconds after Cancel, without downloading the wasm again; one line says so, a cell waiting behind it is told the same, the published data is as before and every cell runs again", async () => {
    const { ctx, page, watch } = await open("/en/notebook/");
    const before = await throughRuntime(page, []);
    await runIn(page, "area_key_figures", undefined, 1);
    await page.fill("#conflicts textarea", NO_YIELD);
    await page.click("#conflicts [data-run]");
    await page.waitForSelector("#conflicts [data-cancel]:not([hidden])");
    // Another cell asks while the engine is busy: its query waits in the same worker.
    await page.click("#area_key_figures [data-run]");
    await page.waitForTimeout(1000);
    const t0 = Date.now();
    await page.click("#conflicts [data-cancel]");
    await page.waitForSelector("#conflicts [data-progress]:not([hidden])");
    expect(await page.$eval("#conflicts [data-progress-text]", (e) => e.textContent)).toBe("Stopping…");
    await messageOf(page, "#conflicts");
    const ms = Date.now() - t0;
    const restarted =
      /^The query engine was restarted with the published tables, because a cancelled query did not stop within seconds/;
    expect(await errorOf(page, "#conflicts")).toMatch(restarted);
    expect(await errorOf(page, "#area_key_figures")).toMatch(restarted);
    // 3 s for the cancel to work, then a new worker, the compiled wasm handed to it, the tables loaded.
    expect(ms).toBeGreaterThanOrEqual(2_900);
    expect(ms).toBeLessThan(15_000);
    expect(watch.requests.filter((u) => u.endsWith(".wasm"))).toHaveLength(1);
    const after = await throughRuntime(page, []);
    expect(after.state).toEqual(before.state);
    for (const [name, message] of Object.entries(await runEveryCell(page))) expect(message, name).toBe("");
    await ctx.close();
  }, 120_000);

  it("a sorted 10^10-row cross join (a top-N under the cell's LIMIT) stops on Cancel within seconds, by the cancel itself, not a restart", async () => {
    const { ctx, page } = await open("/en/notebook/");
    await runIn(page, "conflicts", "select 1 as warm", 1);
    const { ms, message } = await cancelAfter(page, CROSS_SORT, 3000);
    expect(message).toMatch(/^Cancelled: the query did not finish/);
    expect(ms).toBeLessThan(3_000);
    await runIn(page, "conflicts", "select count(*) as n from figures", 2);
    expect(await errorOf(page, "#conflicts")).toBe("");
    await ctx.close();
  }, 90_000);

  it("axe-core finds no violation while a cell runs (Cancel and its time showing) and after a refusal, light and dark, zh and en", async () => {
    const results: string[] = [];
    for (const path of ["/notebook/", "/en/notebook/"]) {
      for (const scheme of ["light", "dark"] as const) {
        const { ctx, page } = await open(path, {
          colorScheme: scheme,
          reducedMotion: "reduce",
          bypassCSP: true,
        });
        await runIn(page, "conflicts", "select 1 as warm", 1);
        await page.fill("#conflicts textarea", CROSS_SORT);
        await page.click("#conflicts [data-run]");
        await page.waitForSelector("#conflicts [data-progress]:not([hidden])");
        results.push(...(await axeViolations(page)).map((v) => `${path} ${scheme} running: ${v}`));
        await page.click("#conflicts [data-cancel]");
        await messageOf(page, "#conflicts");
        await runIn(page, "conflicts", WRITES[0], 2);
        expect(await errorOf(page, "#conflicts")).toMatch(/refused|已拒绝/);
        results.push(...(await axeViolations(page)).map((v) => `${path} ${scheme} refused: ${v}`));
        await ctx.close();
      }
    }
    expect(results).toEqual([]);
  }, 180_000);

  it("no request left localhost", () => {
    expect(seen.flatMap((w) => w.leaks)).toEqual([]);
  });
});
