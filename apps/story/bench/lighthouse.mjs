import { loadavg } from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, findChromium } from "../../../scripts/chromium.mjs";
import { recordBench } from "../../../scripts/recordBench.mjs";
import { serve } from "../scripts/serve.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const chromePath = process.env.CHROME_PATH || findChromium();
if (!chromePath) {
  console.error(
    "lighthouse bench: no Chromium; run `node scripts/ensure-chromium.mjs` at the repository root",
  );
  process.exit(1);
}
const TARGETS = {
  performance: 0.98,
  accessibility: 1,
  "best-practices": 1,
  seo: 1,
  lcpMs: 1500,
  tbtMs: 100,
  domElements: 1500,
};
// Other work on the machine skews the simulated timings: the load averages before and after say how much.
const loadBefore = loadavg();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// STORY_DIST measures another build (a baseline, such as main's) without recording it.
const site = await serve({ port: 0, ...(process.env.STORY_DIST ? { root: process.env.STORY_DIST } : {}) });
const rows = [];
try {
  for (const path of ["/", "/en/"]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath,
        chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
      });
      try {
        const result = await lighthouse(`${site.url.replace(/\/$/, "")}${path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        });
        const lhr = result.lhr;
        runs.push({
          performance: lhr.categories.performance.score,
          accessibility: lhr.categories.accessibility.score,
          "best-practices": lhr.categories["best-practices"].score,
          seo: lhr.categories.seo.score,
          lcpMs: lhr.audits["largest-contentful-paint"].numericValue,
          tbtMs: lhr.audits["total-blocking-time"].numericValue,
          domElements: (lhr.audits["dom-size-insight"] ?? lhr.audits["dom-size"])?.numericValue ?? Number.NaN,
          bytes: lhr.audits["total-byte-weight"].numericValue,
          failing: Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
            .map((a) => a.id),
        });
      } finally {
        await chrome.kill();
      }
    }
    const pick = (k) => median(runs.map((r) => r[k]));
    const row = {
      path,
      performance: pick("performance"),
      accessibility: pick("accessibility"),
      "best-practices": pick("best-practices"),
      seo: pick("seo"),
      lcpMs: pick("lcpMs"),
      tbtMs: pick("tbtMs"),
      domElements: pick("domElements"),
      bytes: pick("bytes"),
      failing: [...new Set(runs.flatMap((r) => r.failing))],
    };
    rows.push(row);
    console.log(
      `${path.padEnd(5)} perf ${row.performance} a11y ${row.accessibility} bp ${row["best-practices"]} seo ${row.seo} LCP ${Math.round(row.lcpMs)} ms, TBT ${Math.round(row.tbtMs)} ms, ${row.domElements} elements, ${Math.round(row.bytes / 1024)} KiB${row.failing.length ? `; failing: ${row.failing.join(", ")}` : ""}; runs: ${runs.map((r) => r.performance).join(", ")}`,
    );
  }
} finally {
  await site.close();
}

const met = (r) =>
  r.performance >= TARGETS.performance &&
  r.accessibility >= TARGETS.accessibility &&
  r["best-practices"] >= TARGETS["best-practices"] &&
  r.seo >= TARGETS.seo &&
  r.lcpMs <= TARGETS.lcpMs &&
  r.tbtMs <= TARGETS.tbtMs &&
  r.domElements <= TARGETS.domElements;
const loadAfter = loadavg();
const load = (l) => l.map((v) => v.toFixed(1)).join(" / ");
if (process.env.STORY_DIST) {
  console.log(`measured ${process.env.STORY_DIST}; not recorded`);
  process.exit(0);
}
const recorded = recordBench("story", [
  "## The story: Lighthouse (mobile)",
  "",
  `Run: \`npm run bench\` (${new Date().toISOString().slice(0, 10)}, Lighthouse mobile preset with simulated throttling, Debian Chromium, site served from localhost by \`npm start\`'s server, median of ${RUNS}; machine load average (1 / 5 / 15 min) ${load(loadBefore)} before, ${load(loadAfter)} after).`,
  "",
  "| page | performance | accessibility | best practices | SEO | LCP | TBT | DOM elements | bytes | targets met |",
  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ...rows.map(
    (r) =>
      `| \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r["best-practices"]} | ${r.seo} | ${(r.lcpMs / 1000).toFixed(2)} s | ${Math.round(r.tbtMs)} ms | ${r.domElements} | ${Math.round(r.bytes / 1024)} KiB | ${met(r) ? "yes" : `no${r.failing.length ? ` (${r.failing.join(", ")})` : ""}`} |`,
  ),
  "",
  "Targets: performance ≥ 0.98; accessibility, best practices and SEO 1.0; LCP ≤ 1.5 s; total blocking time ≤ 100 ms; at most 1,500 DOM elements.",
]);
console.log(`recorded in ${recorded}`);
