import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const MODULE = fileURLToPath(new URL("../../src/db/runCommonJs.ts", import.meta.url));
const BIN = fileURLToPath(new URL("../../bin/newarea-data.cjs", import.meta.url));
const NODE_ENTRY = new URL("../../dist/node.js", import.meta.url).href;
// A child process (the cache is written as a process exits) runs a CommonJS source through runCommonJs.
const CHILD = `import { runCommonJs } from ${JSON.stringify(MODULE)};
const m = runCommonJs("/virtual/answer.cjs", "module.exports = { answer: () => require('node:path').sep + 42 };", "answer");
console.log(m.answer());`;

function run(cacheHome: string): string {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", CHILD], {
    encoding: "utf8",
    env: { ...process.env, XDG_CACHE_HOME: cacheHome },
    timeout: 30_000,
  });
  if (r.error || r.status !== 0) throw new Error(`child: ${r.error?.message ?? r.stderr.trim()}`);
  return r.stdout.trim();
}

test("runCommonJs(path, source, name) runs the source, writes V8's code cache at exit and uses it next time", () => {
  const home = mkdtempSync(join(tmpdir(), "newarea-v8cache-"));
  expect(run(home)).toBe("/42");
  const dir = join(home, "newarea-data");
  const [file] = readdirSync(dir);
  expect(file).toMatch(/^answer-v8-.+-[0-9a-f]{8}\.bin$/);
  const path = join(dir, file as string);
  const written = statSync(path).mtimeMs;
  expect(readFileSync(path).length).toBeGreaterThan(100);
  // Accepted: not written again.
  expect(run(home)).toBe("/42");
  expect(statSync(path).mtimeMs).toBe(written);
  // A damaged cache is rejected by V8, the source compiles as if there were none, and a good one replaces it.
  const damaged = Buffer.from("not a code cache");
  writeFileSync(path, damaged);
  expect(run(home)).toBe("/42");
  expect(readFileSync(path).equals(damaged)).toBe(false);
  expect(readFileSync(path).length).toBeGreaterThan(100);
});

test("runCommonJs(path, source, name) runs the source where no cache can be written, without retrying forever", () => {
  expect(run("/proc/newarea-no-such-folder")).toBe("/42");
});

// The CLI's query raises V8's wasm tiering budget (setWasmTieringBudget), and V8 rejects a code cache made
// under other flags: the CLI and the API keep a cache each, instead of throwing each other's away in turn.
test("the CLI's query and the API keep separate code caches of DuckDB-WASM's bundle, each reused", () => {
  const home = mkdtempSync(join(tmpdir(), "newarea-v8cache-"));
  const env = { ...process.env, XDG_CACHE_HOME: home };
  const node = (args: string[]) => {
    const r = spawnSync(process.execPath, args, { encoding: "utf8", env, timeout: 60_000 });
    if (r.error || r.status !== 0)
      throw new Error(`${args.join(" ")}: ${r.error?.message ?? r.stderr.trim()}`);
    return r.stdout;
  };
  const cli = () => node([BIN, "query", "select 42 as answer", "--format", "csv"]);
  const api = () =>
    node([
      "--input-type=module",
      "-e",
      `const { openDatabase } = await import(${JSON.stringify(NODE_ENTRY)});
console.log(JSON.stringify(await openDatabase().query("select 42 as answer")));`,
    ]);
  const caches = () =>
    Object.fromEntries(
      readdirSync(join(home, "newarea-data"))
        .filter((f) => f.startsWith("duckdb-node-blocking"))
        .map((f) => [f.replace(/-v8-.*$/, ""), statSync(join(home, "newarea-data", f)).mtimeMs]),
    );
  expect(cli()).toBe("answer\n42\n");
  expect(api()).toBe('[{"answer":42}]\n');
  const first = caches();
  expect(Object.keys(first).sort()).toEqual([
    "duckdb-node-blocking",
    "duckdb-node-blocking-tiering-300000000",
  ]);
  // Each accepted the next time: neither is written again.
  expect(cli()).toBe("answer\n42\n");
  expect(api()).toBe('[{"answer":42}]\n');
  expect(caches()).toEqual(first);
});
