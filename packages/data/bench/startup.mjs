// Cold starts of the CLI, each in a new Node process, against floors measured in the same run: DuckDB-WASM's
// floor (read duckdb-eh.wasm as the CLI runs it, without the exports its glue never looks up, and
// WebAssembly.compile it, in a process of its own; also the published file's, for reference) for `query`,
// a bare `node -e ''` for the commands that need no database. The cases take turns, run after run, so that a
// machine shared with other work slows them alike; the figures are medians, the ratios of medians.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readDuckdbWasm } from "../dist/db/nodeEngine.js";

const require = createRequire(import.meta.url);
const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const CLI = fileURLToPath(new URL("../bin/newarea-data.cjs", import.meta.url));
const PUBLISHED_WASM = require.resolve("@duckdb/duckdb-wasm/dist/duckdb-eh.wasm");
// The wasm the CLI compiles (src/db/wasmExports.ts), written out once so that the floor reads a file too.
const WASM = join(mkdtempSync(join(tmpdir(), "newarea-wasm-")), "duckdb-eh.wasm");
{
  const { bytes, stripped } = readDuckdbWasm(PUBLISHED_WASM, "duckdb-eh.wasm");
  if (!stripped) throw new Error("startup bench: the export plan does not apply to the installed wasm");
  writeFileSync(WASM, bytes);
}
// The CLI keeps V8's code cache of DuckDB-WASM's bundle in the user's cache folder after its first start
// (src/db/runCommonJs.ts): a folder of the benchmark's own, filled by one query before the runs, for the
// later starts; a new empty one each time for a first start.
const WARM = mkdtempSync(join(tmpdir(), "newarea-cache-"));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Prints the milliseconds of reading a wasm and compiling it, measured inside the process.
const floorOf = (wasm) => `const t0 = performance.now();
const bytes = require("node:fs").readFileSync(${JSON.stringify(wasm)});
WebAssembly.compile(bytes).then(() => console.log(performance.now() - t0));`;

// Scraped text as the seed arrives: Traditional script, pinyin left in brackets, 2.4 KB.
const SCRAPED =
  `${"長(zhǎng)春新區(qū)2023年重點項目建設推進會召開，發(fā)展是第一要務(wù)，項目是第一支撐。".repeat(12)}\n`.repeat(
    2,
  );

/**
 * Runs `args` with this Node (or `command`), V8's code cache for DuckDB-WASM's bundle in `cacheHome`;
 * returns the wall time in milliseconds and what it printed.
 */
function time(args, cwd, command = process.execPath, cacheHome = WARM) {
  const t0 = performance.now();
  const env = { ...process.env, XDG_CACHE_HOME: cacheHome };
  const r = spawnSync(command, args, { encoding: "utf8", cwd, env, timeout: 120_000 });
  const ms = performance.now() - t0;
  if (r.error || r.status !== 0) {
    const why = r.error?.message ?? r.stderr.trim().split("\n")[0];
    throw new Error(`startup bench: ${command} ${args.join(" ")}: ${why}`);
  }
  return { ms, out: r.stdout };
}

/**
 * Returns the medians (ms) of each case over `runs` turns: the DuckDB-WASM floors (in-process), a bare
 * Node start, the CLI's `parse-amount`, `clean-text` and `query` (its bin script, as npm links it; a first
 * start, and later ones with V8's code cache), and `query` through npx, which adds npm's own start; and the
 * median ratio of each command to its floor.
 */
export function benchStartup(runs) {
  const dir = mkdtempSync(join(tmpdir(), "newarea-startup-"));
  const scraped = join(dir, "scraped.txt");
  writeFileSync(scraped, SCRAPED);
  const cases = {
    floor: () => Number(time(["-e", floorOf(WASM)], dir).out),
    floorPublished: () => Number(time(["-e", floorOf(PUBLISHED_WASM)], dir).out),
    bare: () => time(["-e", ""], dir).ms,
    parseAmount: () => time([CLI, "parse-amount", "超百亿元"], dir).ms,
    cleanText: () => time([CLI, "clean-text", scraped], dir).ms,
    query: () => time([CLI, "query", "select count(*) from figures"], dir).ms,
    queryFirst: () =>
      time(
        [CLI, "query", "select count(*) from figures"],
        dir,
        process.execPath,
        mkdtempSync(join(dir, "c-")),
      ).ms,
    npxQuery: () =>
      time(["--no-install", "newarea-data", "query", "select count(*) from figures"], PACKAGE, "npx").ms,
  };
  time([CLI, "query", "select 1"], dir);
  const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [k, f] of Object.entries(cases)) samples[k].push(f());
  // Each case divided by its floor of the same turn; the median of those ratios.
  const ratio = (k, floor) => median(samples[k].map((x, i) => x / samples[floor][i]));
  return {
    ms: Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, median(xs)])),
    ratio: {
      query: ratio("query", "floor"),
      queryPublished: ratio("query", "floorPublished"),
      queryFirst: ratio("queryFirst", "floor"),
      npxQuery: ratio("npxQuery", "floor"),
      parseAmount: ratio("parseAmount", "bare"),
      cleanText: ratio("cleanText", "bare"),
    },
  };
}

// One cold start inside a process of its own: prints @newarea/data's performance marks, in ms since the
// process started, and the moment the first answer came.
const PHASES = `const instantiate = WebAssembly.instantiate;
WebAssembly.instantiate = async (...args) => {
  performance.mark("duckdb:v8-instantiate");
  const r = await instantiate(...args);
  performance.mark("duckdb:v8-instantiated");
  return r;
};
const { openDatabase } = await import(${JSON.stringify(new URL("../dist/db/nodeDatabase.js", import.meta.url).href)});
const db = openDatabase();
await db.query("select count(*) from figures");
performance.mark("duckdb:answered");
const marks = performance.getEntriesByType("mark").filter((m) => m.name.startsWith("duckdb:"));
console.log(JSON.stringify(Object.fromEntries(marks.map((m) => [m.name.slice(7), m.startTime]))));`;

/** Returns, per mark, the median over `runs` cold processes of its time in ms since the process started. */
export function benchPhases(runs) {
  const samples = [];
  for (let i = 0; i < runs; i++)
    samples.push(JSON.parse(time(["--input-type=module", "-e", PHASES], PACKAGE).out));
  return Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))]));
}
