import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { CHROMIUM_ARGS, requireChromium } from "../../../../scripts/chromium.mjs";
import { patchDuckdbGlue } from "../../src/db/duckdbGlue.ts";
import { QUERIES } from "../../src/db/queries.ts";
import { openDatabase } from "../../src/node.ts";
import { TABLE_NAMES } from "../../src/tables.ts";

// The browser side of the query layer, in Chromium, from self-hosted DuckDB-WASM files in a worker,
// checked against the Node side: the same named queries must give the same rows.
const require = createRequire(import.meta.url);
const DUCKDB = dirname(require.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm"));
const TABLES = fileURLToPath(new URL("../../dist/tables/", import.meta.url));
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".arrow": "application/vnd.apache.arrow.stream",
};

let server: Server;
let browser: Browser;
let origin: string;
let bundle: string;

beforeAll(async () => {
  const out = await build({
    entryPoints: [fileURLToPath(new URL("./entry.js", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
  });
  bundle = out.outputFiles[0]?.text ?? "";
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/") {
      res
        .writeHead(200, { "content-type": "text/html" })
        .end('<!doctype html><script type="module" src="/bundle.js"></script>');
      return;
    }
    if (path === "/bundle.js") {
      res.writeHead(200, { "content-type": "text/javascript" }).end(bundle);
      return;
    }
    // /duckdb/ as the site serves the files (workers patched), /duckdb-published/ as DuckDB-WASM ships them.
    const published = path.startsWith("/duckdb-published/");
    const file = path.startsWith("/duckdb/")
      ? join(DUCKDB, path.slice(8))
      : published
        ? join(DUCKDB, path.slice(18))
        : path.startsWith("/tables/")
          ? join(TABLES, path.slice(8))
          : "";
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    if (file.endsWith(".worker.js") && !published) {
      res
        .writeHead(200, { "content-type": "text/javascript" })
        .end(patchDuckdbGlue(readFileSync(file, "utf8")));
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

test("openDatabase() in Chromium (worker, self-hosted eh bundle) answers every named query exactly as in Node", async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  const t0 = Date.now();
  const requestedAt = new Map<string, number>();
  const finishedAt = new Map<string, number>();
  page.on("request", (r) => {
    requested.push(r.url());
    requestedAt.set(r.url(), Date.now() - t0);
  });
  page.on("requestfinished", (r) => {
    finishedAt.set(r.url(), Date.now() - t0);
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => "runChecks" in window);
  const got = await page.evaluate(() => (window as unknown as { runChecks(): Promise<unknown> }).runChecks());
  const { results, parquetError, progress } = got as {
    results: Record<string, unknown>;
    parquetError: string | null;
    progress: { loaded: number; total: number | null; what: string }[];
  };

  const node = openDatabase();
  try {
    for (const name of Object.keys(QUERIES) as (keyof typeof QUERIES)[]) {
      const params =
        name === "milestones_timeline"
          ? ["2023-01-01", "2024-12-31"]
          : name === "figure_by_id"
            ? ["x"]
            : name === "later_reports"
              ? ["beihu-future-science-city"]
              : [];
      expect(results[name], name).toEqual(await node.named(name, params));
    }
    const bound = await node.query("select count(*) as n from figures where subject_id = ?", [
      "fine-chemical-park",
    ]);
    expect(results.bound).toEqual(bound);
  } finally {
    await node.close();
  }
  expect(results.big).toEqual([{ big: "9007199254740993", d: 12.34 }]);
  expect(parquetError).toMatch(/parquet/);
  expect(requested.filter((u) => !u.startsWith(origin))).toEqual([]);
  // Progress: the wasm download, and every table once. Tables download in parallel, so their order is
  // whichever answers first: compare as sets.
  const wasm = progress.filter((p) => p.what === "duckdb-wasm");
  expect(wasm.length).toBeGreaterThan(0);
  expect(Math.max(...wasm.map((p) => p.loaded))).toBeGreaterThan(1e6);
  const tables = progress.filter((p) => p.what !== "duckdb-wasm").map((p) => p.what);
  expect([...tables].sort()).toEqual([...TABLE_NAMES].sort());
  // Fetched once, by the page, which compiled it and handed the worker the module.
  expect(requested.filter((u) => u.endsWith(".wasm"))).toEqual([`${origin}/duckdb/duckdb-eh.wasm`]);
  // The tables were asked for before the wasm had arrived, so before the engine could be instantiated.
  const wasmDone = finishedAt.get(`${origin}/duckdb/duckdb-eh.wasm`) ?? 0;
  for (const t of TABLE_NAMES)
    expect(requestedAt.get(`${origin}/tables/${t}.arrow`), t).toBeLessThan(wasmDone);
  await page.close();
}, 120_000);

/** Calls the entry's `window[name]()` in a fresh page; returns its answer and the paths the page requested. */
async function inFreshPage(name: string): Promise<{ answer: unknown; requested: string[] }> {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on("request", (r) => {
    requested.push(r.url().replace(origin, ""));
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction((n) => n in window, name);
  const answer = await page.evaluate(
    (n) => (window as unknown as Record<string, () => unknown>)[n]?.(),
    name,
  );
  await page.close();
  return { answer, requested };
}

test("openDatabase().prefetch() in Chromium downloads the worker, the wasm and the tables once, and the first query downloads nothing more", async () => {
  const { answer, requested } = await inFreshPage("prefetchThenQuery");
  expect(answer).toBeGreaterThan(0);
  expect(requested.filter((u) => /duckdb|\.arrow$/.test(u)).sort()).toEqual(
    [
      "/duckdb/duckdb-browser-eh.worker.js",
      "/duckdb/duckdb-eh.wasm",
      ...TABLE_NAMES.map((t) => `/tables/${t}.arrow`),
    ].sort(),
  );
}, 120_000);

test("openDatabase() in Chromium still runs DuckDB-WASM's published worker (not patched): the worker fetches the wasm, once", async () => {
  const { answer, requested } = await inFreshPage("queryPublished");
  expect(answer).toBeGreaterThan(0);
  expect(requested.filter((u) => u.endsWith(".wasm"))).toEqual(["/duckdb-published/duckdb-eh.wasm"]);
}, 120_000);

test("openDatabase() in Chromium rejects with a reason when its worker cannot start, instead of waiting forever", async () => {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => "startBroken" in window);
  const t0 = Date.now();
  const message = await page.evaluate(() =>
    (window as unknown as { startBroken(): Promise<string> }).startBroken(),
  );
  expect(message).toMatch(/worker .*missing\.worker\.js could not start/);
  expect(Date.now() - t0).toBeLessThan(10_000);
  await page.close();
}, 60_000);
