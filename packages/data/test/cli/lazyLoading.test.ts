import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

// Each command loads only what it needs: a command that needs no database must not pay DuckDB-WASM's
// start (or Arrow's), one that needs no Chinese conversion not OpenCC's. A module hook in the child process
// lists every module it loads, by import or require. The CLI runs as npm links it: the bin script, which
// runs dist/cli.cjs (scripts/cliBundle.ts).
const CLI = fileURLToPath(new URL("../../bin/newarea-data.cjs", import.meta.url));
const HOOK = `data:text/javascript,${encodeURIComponent(`
import { registerHooks } from "node:module";
const seen = [];
registerHooks({ load(url, context, next) { seen.push(url); return next(url, context); } });
process.on("exit", () => process.stderr.write("LOADED " + JSON.stringify(seen) + "\\n"));
`)}`;

/** Runs the CLI; returns its exit status and the URLs of the modules it loaded. */
function loaded(...args: string[]): { code: number | null; modules: string[] } {
  const r = spawnSync(process.execPath, ["--import", HOOK, CLI, ...args], {
    encoding: "utf8",
    cwd: tmpdir(),
    timeout: 60_000,
  });
  if (r.error) throw new Error(`newarea-data ${args.join(" ")}: ${r.error.message}`);
  const line = r.stderr.split("\n").find((l) => l.startsWith("LOADED "));
  if (!line) throw new Error(`newarea-data ${args.join(" ")}: no module list (stderr: ${r.stderr.trim()})`);
  return { code: r.status, modules: JSON.parse(line.slice(7)) as string[] };
}

const DUCKDB = /@duckdb\/duckdb-wasm|\/db\/nodeEngine\.js$/;
const ARROW = /\/apache-arrow\//;
const OPENCC = /\/opencc-js\//;
const matching = (modules: string[], pattern: RegExp) => modules.filter((m) => pattern.test(m));
/** The package's and its dependencies' files among `modules` (not Node's own), relative to the package. */
const packageFiles = (modules: string[]) =>
  modules.filter((m) => m.startsWith("file:")).map((m) => m.replace(/^.*\/packages\/data\//, ""));

test("newarea-data parse-amount loads neither DuckDB-WASM, Arrow nor OpenCC", () => {
  const r = loaded("parse-amount", "超百亿元");
  expect(r.code).toBe(0);
  expect(matching(r.modules, DUCKDB)).toEqual([]);
  expect(matching(r.modules, ARROW)).toEqual([]);
  expect(matching(r.modules, OPENCC)).toEqual([]);
  // Two files: the bin script and the one-file CLI, which holds the amount parser. No ES module at all.
  expect(packageFiles(r.modules)).toEqual(["bin/newarea-data.cjs", "dist/cli.cjs"]);
});

test("newarea-data clean-text loads the one-file CLI (with the ready-made tw2s table), not opencc-js, DuckDB-WASM or Arrow", () => {
  const file = join(mkdtempSync(join(tmpdir(), "newarea-lazy-")), "in.txt");
  writeFileSync(file, "長春新區發展是第一要務。\n");
  const r = loaded("clean-text", file);
  expect(r.code).toBe(0);
  // opencc-js builds its tries from its dictionaries at start; the table generated from them (bundled into
  // dist/cli.cjs) is parsed instead.
  expect(packageFiles(r.modules)).toEqual(["bin/newarea-data.cjs", "dist/cli.cjs"]);
  expect(matching(r.modules, OPENCC)).toEqual([]);
  expect(matching(r.modules, DUCKDB)).toEqual([]);
  expect(matching(r.modules, ARROW)).toEqual([]);
});

test("newarea-data query loads DuckDB-WASM's engine, with Arrow inlined in the built bundle, and OpenCC not at all", () => {
  const r = loaded("query", "select count(*) as n from figures");
  expect(r.code).toBe(0);
  expect(matching(r.modules, DUCKDB).length).toBeGreaterThan(0);
  // dist/vendor/duckdb-node-blocking.cjs carries Arrow's CommonJS build: no Arrow module is loaded, in
  // particular not Arrow's ES module build beside it.
  expect(matching(r.modules, ARROW)).toEqual([]);
  expect(matching(r.modules, OPENCC)).toEqual([]);
});
