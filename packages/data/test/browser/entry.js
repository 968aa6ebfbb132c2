// Bundled by esbuild for the browser test: runs the same named queries as Node, in Chromium.
import { openDatabase, QUERIES } from "../../dist/browser.js";

const base = new URL("/duckdb/", location.href).href;
const progress = [];
/** The bundles under `folder`; `patched` says the server patched the workers' glue (the site's files do). */
const bundles = (folder, patched) => {
  const at = new URL(folder, location.href).href;
  return {
    mvp: { mainModule: `${at}duckdb-mvp.wasm`, mainWorker: `${at}duckdb-browser-mvp.worker.js` },
    eh: { mainModule: `${at}duckdb-eh.wasm`, mainWorker: `${at}duckdb-browser-eh.worker.js` },
    patched,
  };
};
const tablesUrl = new URL("/tables/", location.href).href;
const db = openDatabase({
  onProgress: (loaded, total, what) => progress.push({ loaded, total, what }),
  bundles: bundles("/duckdb/", true),
  tablesUrl,
});

window.runChecks = async () => {
  const t0 = performance.now();
  const results = {};
  for (const name of Object.keys(QUERIES)) {
    const params =
      name === "milestones_timeline"
        ? ["2023-01-01", "2024-12-31"]
        : name === "figure_by_id"
          ? ["x"]
          : name === "later_reports"
            ? ["beihu-future-science-city"]
            : [];
    results[name] = await db.named(name, params);
  }
  results.bound = await db.query("select count(*) as n from figures where subject_id = ?", [
    "fine-chemical-park",
  ]);
  results.big = await db.query("select 9007199254740993::BIGINT as big, 12.34::DECIMAL(10,2) as d");
  let parquetError = null;
  try {
    await db.query("select * from read_parquet('x.parquet')");
  } catch (e) {
    parquetError = String(e.message ?? e);
  }
  return { results, parquetError, progress, ms: performance.now() - t0 };
};

// Downloads on a sign of intent, waits until everything has arrived, then queries.
window.prefetchThenQuery = async () => {
  const other = openDatabase({ bundles: bundles("/duckdb/", true), tablesUrl });
  other.prefetch();
  const arrived = () =>
    performance.getEntriesByType("resource").filter((e) => /duckdb-eh\.wasm|milestones\.arrow/.test(e.name));
  while (arrived().length < 2 || arrived().some((e) => e.responseEnd === 0))
    await new Promise((r) => setTimeout(r, 50));
  const [row] = await other.query("select count(*) as n from figures");
  await other.close();
  return row.n;
};

// DuckDB-WASM's own worker script, as published: the worker fetches and compiles the wasm itself.
window.queryPublished = async () => {
  const other = openDatabase({ bundles: bundles("/duckdb-published/", false), tablesUrl });
  const [row] = await other.query("select count(*) as n from figures");
  await other.close();
  return row.n;
};

// A worker script that is not there: the start must fail with a reason, not wait forever.
window.startBroken = async () => {
  const broken = openDatabase({
    bundles: { mvp: { mainModule: `${base}duckdb-mvp.wasm`, mainWorker: `${base}missing.worker.js` } },
    tablesUrl: new URL("/tables/", location.href).href,
  });
  try {
    await broken.ready();
    return "started";
  } catch (e) {
    return String(e.message ?? e);
  }
};
