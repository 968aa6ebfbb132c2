// Bundled by esbuild for the browser test: runs the same named queries as Node, in Chromium.
import { openDatabase, QUERIES } from "../../dist/browser.js";

const base = new URL("/duckdb/", location.href).href;
const progress = [];
const db = openDatabase({
  onProgress: (loaded, total, what) => progress.push({ loaded, total, what }),
  bundles: {
    mvp: { mainModule: `${base}duckdb-mvp.wasm`, mainWorker: `${base}duckdb-browser-mvp.worker.js` },
    eh: { mainModule: `${base}duckdb-eh.wasm`, mainWorker: `${base}duckdb-browser-eh.worker.js` },
  },
  tablesUrl: new URL("/tables/", location.href).href,
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
