import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { OUTSIDE_PROBES } from "../../../packages/press/test/fixtures/readerSqlProbes.ts";
import { browserFixture } from "./browserFixture.ts";
import {
  ALL_PAGES,
  axeViolations,
  errorOf,
  ranOrFailed,
  runEveryCell,
  runIn,
  SITE,
  type Watch,
} from "./notebookHelpers.ts";

const NOTEBOOKS = ["/notebook/", "/en/notebook/"];

const web = browserFixture();
const { open, seen } = web;

describe("the notebook in a browser", () => {
  it("reads completely without JavaScript: every SQL cell's SQL and result, every chart's SVG and every table", async () => {
    for (const path of NOTEBOOKS) {
      const { ctx, page } = await open(path, { javaScriptEnabled: false });
      const cells = await page.$$eval("[data-sql-cell]", (els) =>
        els.map((el) => ({
          name: el.id,
          sql: el.querySelector("pre[data-sql]")?.textContent?.trim().length ?? 0,
          rows: el.querySelectorAll("[data-result] tbody tr").length,
          summary: el.querySelector("[data-summary]")?.textContent ?? "",
          toolbarHidden: (el.querySelector("[data-toolbar]") as HTMLElement | null)?.hidden ?? false,
        })),
      );
      expect(cells.map((c) => c.name)).toEqual(
        expect.arrayContaining([
          "area_key_figures",
          "investment_by_subject",
          "milestones_timeline",
          "output_promises",
          "conflicts",
        ]),
      );
      expect(cells.length).toBeGreaterThanOrEqual(7);
      for (const c of cells) {
        expect(c.sql, c.name).toBeGreaterThan(20);
        expect(c.rows, c.name).toBeGreaterThan(0);
        expect(c.summary, c.name).toMatch(/\d/);
        // Nothing to run without JavaScript: no dead buttons.
        expect(c.toolbarHidden, c.name).toBe(true);
      }
      const charts = await page.$$eval("[data-chart-cell]", (els) =>
        els.map((el) => {
          // The visible drawing: an SVG, or for twoMeasures an HTML figure of two panels.
          const drawing = [...el.querySelectorAll(".chart-svg")].find(
            (s) => getComputedStyle(s).display !== "none",
          )?.firstElementChild;
          const box = drawing?.getBoundingClientRect();
          return {
            id: el.id,
            width: box?.width ?? 0,
            height: box?.height ?? 0,
            title: el.querySelector("[data-title]")?.textContent ?? "",
          };
        }),
      );
      expect(charts.length).toBeGreaterThanOrEqual(5);
      for (const c of charts) {
        expect(c.width, c.id).toBeGreaterThan(200);
        expect(c.height, c.id).toBeGreaterThan(50);
        expect(c.title.length, c.id).toBeGreaterThan(4);
      }
      const tables = await page.$$eval("[data-table-cell]", (els) =>
        els.map((el) => el.querySelectorAll("tbody tr").length),
      );
      expect(tables.length).toBeGreaterThanOrEqual(3);
      for (const n of tables) expect(n).toBeGreaterThan(0);
      await ctx.close();
    }
  });

  it("no .wasm or DuckDB file is requested by / or /en/, nor by a notebook read and scrolled; a pointer on a cell or focus in it downloads the engine and the tables, once", async () => {
    const engineFiles = (w: Watch) =>
      w.requests.filter((u) => /\.wasm|duckdb|notebookRuntime|\.arrow/i.test(u));
    for (const path of ["/", "/en/", ...NOTEBOOKS]) {
      const { ctx, page, watch } = await open(path);
      await page.waitForLoadState("networkidle");
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(300);
      expect(engineFiles(watch), path).toEqual([]);
      if (NOTEBOOKS.includes(path)) {
        // A sign the reader may run a cell (focus in its editor here, the pointer on it there): the
        // downloads start; the engine itself starts on Run.
        if (path === "/notebook/") await page.focus("#conflicts textarea");
        else await page.hover("#investment_by_subject [data-run]");
        await expect.poll(() => engineFiles(watch).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(7);
        await page.waitForTimeout(300);
        const files = engineFiles(watch).map((u) =>
          u.slice(u.lastIndexOf("/") + 1).replace(/^notebookRuntime\.[\w-]+\.js$/, "notebookRuntime.js"),
        );
        expect(files.sort(), path).toEqual(
          [
            "duckdb-browser-eh.worker.js",
            "duckdb-eh.wasm",
            "figures.arrow",
            "milestones.arrow",
            "notebookRuntime.js",
            "sources.arrow",
            "subjects.arrow",
          ].sort(),
        );
      }
      await ctx.close();
    }
  });

  it("running a cell unchanged gives the built result again; editing and running it updates its table and its chart", async () => {
    const { ctx, page, watch } = await open("/en/notebook/");
    const baked = await page.$eval("#investment_by_subject [data-result]", (e) => e.innerHTML);
    const bakedRows = await page.$$eval("#investment_by_subject [data-result] tbody tr", (r) => r.length);
    const chartBefore = await page.$eval(
      "[data-chart-cell][data-from='investment_by_subject'] .chart-wide",
      (e) => e.innerHTML,
    );
    expect(chartBefore).toContain("Fine Chemical");

    await runIn(page, "investment_by_subject", undefined, 1);
    expect(await errorOf(page, "#investment_by_subject")).toBe("");
    // DuckDB-WASM in Chromium and DuckDB-WASM in Node at build time: the same rows, shown the same way.
    expect(await page.$eval("#investment_by_subject [data-result]", (e) => e.innerHTML)).toBe(baked);
    expect(await page.$eval("#investment_by_subject [data-summary]", (e) => e.textContent)).toMatch(
      /run in your browser in [\d.]+ ms/,
    );
    // The wasm came once, fetched and compiled by the page (the worker was handed the module).
    const duckdb = await page.$eval("[data-notebook]", (e) => (e as HTMLElement).dataset.duckdb ?? "");
    expect(duckdb).toMatch(/^\/duckdb\/1\.32\.0-[0-9a-f]{8}\/$/);
    expect(watch.requests.filter((u) => u.endsWith(".wasm"))).toEqual([
      web.site.url(`${duckdb}duckdb-eh.wasm`),
    ]);
    // The page's small script asked for it, before the runtime's code (which starts the worker) had come.
    const marks: Record<string, number> = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime])),
    );
    expect(marks["duckdb:wasm-requested"]).toBeLessThan(marks["duckdb:prefetch"] as number);

    const sql = await page.$eval("#investment_by_subject textarea", (e) => (e as HTMLTextAreaElement).value);
    const edited = sql.replace(
      "WHERE s.kind <> 'area'",
      "WHERE s.kind <> 'area' AND s.id NOT LIKE 'fine-chemical%'",
    );
    expect(edited).not.toBe(sql);
    await runIn(page, "investment_by_subject", edited, 2);
    expect(await errorOf(page, "#investment_by_subject")).toBe("");
    const rows = await page.$$eval("#investment_by_subject [data-result] tbody tr", (r) => r.length);
    expect(rows).toBeLessThan(bakedRows);
    expect(await page.$eval("#investment_by_subject [data-summary]", (e) => e.textContent)).toContain(
      `${rows} rows`,
    );
    const chartAfter = await page.$eval(
      "[data-chart-cell][data-from='investment_by_subject'] .chart-wide",
      (e) => e.innerHTML,
    );
    expect(chartAfter).not.toBe(chartBefore);
    expect(chartAfter).not.toContain("Fine Chemical");
    expect(chartAfter).toContain("<svg");

    // Ctrl+Enter runs too, and a table cell fed by the cell follows it.
    await page.fill(
      "#conflicts textarea",
      "SELECT * FROM (\n" +
        (await page.$eval("#conflicts textarea", (e) => (e as HTMLTextAreaElement).value)) +
        "\n) WHERE measure = 'total_investment'",
    );
    await page.press("#conflicts textarea", "Control+Enter");
    await ranOrFailed(page, "conflicts", 1);
    const table = await page.$eval(
      "[data-table-cell][data-from='conflicts'] tbody",
      (e) => e.textContent ?? "",
    );
    expect(table).not.toContain("expected output");
    expect(table).toContain("total investment");

    // Reset puts the built SQL, table and chart back.
    await page.click("#investment_by_subject [data-reset]");
    expect(await page.$eval("#investment_by_subject [data-result]", (e) => e.innerHTML)).toBe(baked);
    expect(
      await page.$eval(
        "[data-chart-cell][data-from='investment_by_subject'] .chart-wide",
        (e) => e.innerHTML,
      ),
    ).toBe(chartBefore);
    await ctx.close();
  }, 90_000);

  it("bad SQL shows DuckDB's message beside its cell, and the next good run clears it", async () => {
    const { ctx, page } = await open("/notebook/");
    await runIn(page, "area_key_figures", "SELECT nope FROM figures", 1);
    const message = await errorOf(page, "#area_key_figures");
    expect(message).toMatch(/Binder Error/);
    expect(message).toContain('"nope"');
    // DuckDB quotes the reader's own line, not the wrapper around it.
    expect(message).toContain("LINE 1: SELECT nope FROM figures");
    await runIn(page, "area_key_figures", "SELECT FROM WHERE", 1);
    expect(await errorOf(page, "#area_key_figures")).toMatch(/Parser Error/);
    await runIn(page, "area_key_figures", "SELECT count(*) AS n FROM figures", 1);
    expect(await errorOf(page, "#area_key_figures")).toBe("");
    expect(await page.$eval("#area_key_figures [data-result] tbody", (e) => e.textContent)).toMatch(/\d+/);
    await ctx.close();
  }, 90_000);

  it("forbidden statements are refused in the page with a clear message, never reaching the engine", async () => {
    const { ctx, page, watch } = await open("/en/notebook/");
    for (const sql of OUTSIDE_PROBES) {
      await page.fill("#conflicts textarea", sql);
      await page.click("#conflicts [data-run]");
      const message = await errorOf(page, "#conflicts");
      expect(message, sql).toMatch(/refused|One statement at a time/);
    }
    // The pointer on the cell downloaded the engine (a sign of intent); nothing was run on it.
    expect(await page.$eval("#conflicts", (e) => (e as HTMLElement).dataset.ran ?? null)).toBeNull();
    expect(watch.requests.filter((u) => /example\.org|passwd/.test(u))).toEqual([]);
    await ctx.close();
  });

  it("the engine itself refuses them too (the page's check bypassed): DuckDB's parser, and external access off in DuckDB-WASM", async () => {
    const { ctx, page, watch } = await open("/en/notebook/");
    const runtime = readdirSync(join(SITE, "_astro")).find((f) => /^notebookRuntime\..*\.js$/.test(f));
    expect(runtime).toBeDefined();
    // INSTALL is accepted by the engine and does nothing (no download); LOAD, which would use it, is refused.
    const statements = OUTSIDE_PROBES.filter((s) => !s.includes(";") && !s.startsWith("INSTALL"));
    // A string, not a function: the test runner would rewrite a function's import().
    const duckdb = await page.$eval("[data-notebook]", (e) => (e as HTMLElement).dataset.duckdb ?? "");
    const outcomes: string[] = await page.evaluate(`(async () => {
      const m = await import(${JSON.stringify(`/_astro/${runtime}`)});
      const rt = await m.startRuntime({ duckdb: ${JSON.stringify(duckdb)}, tables: "/data/tables/", onStage: () => {} });
      const out = [];
      for (const sql of ${JSON.stringify(statements)}) {
        try {
          await rt.run(sql, []);
          out.push("RAN: " + sql);
        } catch (e) {
          out.push(String(e.message));
        }
      }
      const ok = await rt.run("SELECT count(*) AS n FROM figures", []);
      out.push("figures: " + ok.result.rows[0].n);
      return out;
    })()`);
    for (const o of outcomes.slice(0, -1)) {
      expect(o).not.toMatch(/^RAN/);
      // A file or URL in place of a table finds no reader at all: no scanner is built in for it and
      // autoloading is off, so DuckDB looks for a table of that name.
      // A statement that is not a query cannot stand inside runCell's `SELECT * FROM (…)`: DuckDB's parser
      // refuses it before anything runs.
      expect(o).toMatch(
        /Parser Error|Permission Error: .*disabled|configuration has been locked|Catalog Error: Table with name (https:|\/etc)/,
      );
    }
    expect(outcomes.at(-1)).toMatch(/^figures: \d+$/);
    expect(watch.requests.filter((u) => /example\.org|passwd|httpfs|extensions\.duckdb/.test(u))).toEqual([]);
    await ctx.close();
  }, 90_000);

  it("when the engine cannot start, the built results stay and one line says why interactive mode is off", async () => {
    // DuckDB-WASM itself waits forever in both cases (1.32.0): the page must notice on its own.
    const cases = [
      {
        why: "the wasm cannot be downloaded",
        block: (r: Route) => (r.request().url().endsWith(".wasm") ? r.abort() : r.fallback()),
      },
      {
        why: "a worker may not compile WebAssembly",
        block: async (r: Route) => {
          if (!/worker[^/]*\.js$/.test(r.request().url())) return r.fallback();
          const res = await r.fetch();
          return r.fulfill({
            response: res,
            headers: { ...res.headers(), "content-security-policy": "script-src 'self'" },
          });
        },
      },
    ];
    for (const c of cases) {
      const { ctx, page } = await open("/notebook/");
      await ctx.route("**/*", c.block);
      await page.fill("#investment_by_subject textarea", "SELECT 1 AS edited");
      const baked = await page.$eval("#investment_by_subject [data-output]", (e) => e.innerHTML);
      const t0 = Date.now();
      await runIn(page, "investment_by_subject", undefined, 1);
      expect(Date.now() - t0, c.why).toBeLessThan(15_000);
      const off = await page.$eval("[data-nb-off]", (e) => ({
        hidden: (e as HTMLElement).hidden,
        text: e.textContent ?? "",
      }));
      expect(off.hidden, c.why).toBe(false);
      expect(off.text, c.why).toMatch(
        /^交互模式已关闭：查询引擎无法启动（.+）。页面上的结果仍是网站生成时算出的。$/,
      );
      // The built SQL and its result are back, and nothing offers to run.
      expect(await page.$eval("#investment_by_subject [data-output]", (e) => e.innerHTML), c.why).toBe(baked);
      expect(
        await page.$eval("#investment_by_subject textarea", (e) => (e as HTMLTextAreaElement).value),
        c.why,
      ).toContain("WITH inv AS");
      expect(
        await page.$$eval("[data-toolbar]", (els) => els.every((e) => (e as HTMLElement).hidden)),
        c.why,
      ).toBe(true);
      await ctx.close();
    }
  }, 90_000);

  it("without WebAssembly, one line says interactive mode is off and no Run button shows", async () => {
    const { ctx } = await web.context();
    await ctx.addInitScript(() => {
      // @ts-expect-error: a browser without WebAssembly
      delete globalThis.WebAssembly;
    });
    const page = await ctx.newPage();
    await page.goto(web.site.url("/en/notebook/"));
    await page.waitForSelector("[data-nb-off]:not([hidden])");
    expect(await page.$eval("[data-nb-off]", (e) => e.textContent)).toContain(
      "Interactive mode is off: this browser cannot run WebAssembly",
    );
    expect(await page.$$eval("[data-toolbar]", (els) => els.every((e) => (e as HTMLElement).hidden))).toBe(
      true,
    );
    await ctx.close();
  });

  it("no page violates the Content-Security-Policy, not even a notebook redrawing every chart", async () => {
    const { ctx, watch } = await web.context({ viewport: { width: 1280, height: 800 } });
    for (const path of ALL_PAGES) {
      const page = await ctx.newPage();
      const response = await page.goto(web.site.url(path));
      const policy = response?.headers()["content-security-policy"] ?? "";
      expect(policy, path).toContain("'wasm-unsafe-eval'");
      expect(policy, path).not.toContain("'unsafe-eval'");
      expect(policy, path).not.toContain("'unsafe-inline'");
      expect(
        await page.$eval('meta[http-equiv="content-security-policy"]', (m) => m.getAttribute("content")),
        path,
      ).toContain("worker-src 'self'");
      if (NOTEBOOKS.includes(path)) {
        for (const [name, message] of Object.entries(await runEveryCell(page)))
          expect(message, name).toBe("");
        const chartErrors = await page.$$eval(
          "[data-chart-cell] [data-error]",
          (els) => els.filter((e) => !(e as HTMLElement).hidden).length,
        );
        expect(chartErrors).toBe(0);
      }
      await page.close();
    }
    // The worker script carries the policy itself: a <meta> does not govern a worker.
    const worker = watch.requests.find((u) => u.endsWith("duckdb-browser-eh.worker.js"));
    expect(worker).toBeDefined();
    expect(watch.violations).toEqual([]);
    expect(watch.errors).toEqual([]);
    await ctx.close();
  }, 180_000);

  it("axe-core finds no violation on the notebook and data pages, light and dark, before and after a run", async () => {
    const results: { page: string; violations: string[] }[] = [];
    for (const path of [...NOTEBOOKS, "/data/", "/en/data/"]) {
      for (const scheme of ["light", "dark"] as const) {
        // The site's policy refuses an injected inline script, axe included: let it in for the test.
        const { ctx, page } = await open(path, {
          colorScheme: scheme,
          reducedMotion: "reduce",
          bypassCSP: true,
        });
        if (NOTEBOOKS.includes(path) && scheme === "dark") await runIn(page, "conflicts", undefined, 1);
        const violations = await axeViolations(page);
        results.push({ page: `${path} (${scheme})`, violations });
        await ctx.close();
      }
    }
    expect(results.filter((r) => r.violations.length > 0)).toEqual([]);
  }, 180_000);

  it("no request left localhost", () => {
    expect(seen.flatMap((w) => w.leaks)).toEqual([]);
  });
});
