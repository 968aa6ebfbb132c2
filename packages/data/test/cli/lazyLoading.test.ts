import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

// Each command loads only what it needs: a command that needs no database must not pay DuckDB-WASM's
// start (or Arrow's), one that needs no Chinese conversion not OpenCC's. A module hook in the child process
// lists every module it loads, by import or require.
const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
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

test("newarea-data parse-amount loads neither DuckDB-WASM, Arrow nor OpenCC", () => {
  const r = loaded("parse-amount", "超百亿元");
  expect(r.code).toBe(0);
  expect(matching(r.modules, DUCKDB)).toEqual([]);
  expect(matching(r.modules, ARROW)).toEqual([]);
  expect(matching(r.modules, OPENCC)).toEqual([]);
  // The command's own modules only: the amount parser and the CLI (with its error class and the input limit it
  // states in its usage), not the build pipeline or the formats.
  expect(matching(r.modules, /\/dist\/(pipeline\/(?!DataError|limits)|format\/|text\/|db\/)/)).toEqual([]);
});

test("newarea-data clean-text loads the ready-made tw2s table, not opencc-js, DuckDB-WASM, Arrow or the amount parser", () => {
  const file = join(mkdtempSync(join(tmpdir(), "newarea-lazy-")), "in.txt");
  writeFileSync(file, "長春新區發展是第一要務。\n");
  const r = loaded("clean-text", file);
  expect(r.code).toBe(0);
  // opencc-js builds its tries from its dictionaries at start; the table generated from them is parsed instead.
  expect(matching(r.modules, /\/dist\/text\/tw2sTable\.js$/).length).toBe(1);
  expect(matching(r.modules, OPENCC)).toEqual([]);
  expect(matching(r.modules, DUCKDB)).toEqual([]);
  expect(matching(r.modules, ARROW)).toEqual([]);
  expect(matching(r.modules, /\/dist\/amount\//)).toEqual([]);
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
