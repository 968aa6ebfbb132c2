import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { duckdbExportPlans, type ExportPlans, readDuckdbWasm } from "../../src/db/nodeEngine.ts";
import { applyExportPlan, glueIdentifiers, gotImports, planExports } from "../../src/db/wasmExports.ts";

const require = createRequire(import.meta.url);
const dist = (file: string) => require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);

// A module written byte by byte: it imports `env.f` and a GOT.func entry `g`, and exports three functions
// (`keep` named by the glue, `g` named by the GOT import, `drop` named by nothing) and its memory `mem`.
const u8 = (...b: number[]) => b;
const str = (s: string) => [s.length, ...Buffer.from(s, "latin1")];
const section = (id: number, body: number[]) => [id, body.length, ...body];
const BEFORE = [
  ...u8(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00),
  ...section(1, [1, 0x60, 0, 1, 0x7f]), // one type: () → i32
  ...section(2, [2, ...str("env"), ...str("f"), 0, 0, ...str("GOT.func"), ...str("g"), 3, 0x7f, 1]),
  ...section(3, [3, 0, 0, 0]), // three functions of type 0
  ...section(5, [1, 0, 1]), // one memory, min 1 page
];
const EXPORTS = section(7, [
  4,
  ...str("keep"),
  0,
  1,
  ...str("drop"),
  0,
  2,
  ...str("g"),
  0,
  3,
  ...str("mem"),
  2,
  0,
]);
// keep returns 7, drop 8, g 9
const AFTER = section(10, [3, 4, 0, 0x41, 7, 0x0b, 4, 0, 0x41, 8, 0x0b, 4, 0, 0x41, 9, 0x0b]);
const TINY = new Uint8Array([...BEFORE, ...EXPORTS, ...AFTER]);

test("planExports keeps what the glue names, with or without Emscripten's underscore, and the GOT imports", async () => {
  expect([...gotImports(TINY)]).toEqual(["g"]);
  const plan = planExports(TINY, glueIdentifiers(["Module._keep(); wasmExports.mem"]));
  expect(plan.exports.map(([name]) => name)).toEqual(["keep", "g", "mem"]);
  expect(plan.dropped).toBe(1);
  const stripped = applyExportPlan(TINY, plan);
  if (!stripped) throw new Error("the plan does not apply to the module it was made for");
  const imports = {
    env: { f: () => 0 },
    "GOT.func": { g: new WebAssembly.Global({ value: "i32", mutable: true }, 0) },
  };
  const { exports } = await WebAssembly.instantiate(await WebAssembly.compile(stripped), imports);
  expect(Object.keys(exports)).toEqual(["keep", "g", "mem"]);
  expect((exports.keep as () => number)()).toBe(7);
  expect((exports.g as () => number)()).toBe(9);
  // Every byte but the export section's is the original's.
  expect([...stripped.subarray(0, BEFORE.length)]).toEqual(BEFORE);
  expect([...stripped.subarray(stripped.length - AFTER.length)]).toEqual(AFTER);
  // One export fewer: its name, kind and index.
  expect(stripped.length).toBe(TINY.length - (str("drop").length + 2));
});

test("applyExportPlan refuses a binary the plan was not made for; planExports refuses what it cannot read", () => {
  const plan = planExports(TINY, new Set(["keep"]));
  const other = TINY.slice();
  other[other.indexOf(0x64)] = 0x65; // "drop" → "erop": same length, another export section
  expect(applyExportPlan(other, plan)).toBeUndefined();
  expect(applyExportPlan(TINY.subarray(0, TINY.length - 1), plan)).toBeUndefined();
  expect(() => planExports(new Uint8Array([1, 2, 3]), new Set())).toThrow(/not a WebAssembly 1\.0 binary/);
  expect(() => planExports(TINY.subarray(0, BEFORE.length + 5), new Set())).toThrow(/runs past the end/);
  // The GOT imports are kept whatever the glue names.
  const noGot = planExports(TINY, new Set(["nothing"]));
  expect(noGot.exports.map(([name]) => name)).toEqual(["g"]);
});

test("DuckDB-WASM's wasm keeps every export its glue reads by name, and drops the ~75,000 it never looks up", async () => {
  const plans = duckdbExportPlans();
  const glue = readFileSync(dist("duckdb-node-blocking.cjs"), "utf8");
  for (const file of ["duckdb-eh.wasm", "duckdb-mvp.wasm"] as const) {
    const wasm = readFileSync(dist(file));
    const plan = plans[file];
    const kept = new Set(plan.exports.map(([name]) => name));
    // What the glue reads: wasmExports.x and wasmExports["x"], and the GOT entries it resolves.
    const read = [...glue.matchAll(/wasmExports(?:\.([\w$]+)|\["([\w$]+)"\])/g)].map((m) => m[1] ?? m[2]);
    const all = new Set(WebAssembly.Module.exports(await WebAssembly.compile(wasm)).map((e) => e.name));
    for (const name of [...read, ...gotImports(wasm)])
      if (all.has(name as string)) expect(kept).toContain(name);
    expect(kept).toContain("duckdb_web_open");
    expect(kept).toContain("malloc");
    expect(plan.dropped).toBeGreaterThan(74_000);
    expect(plan.exports.length + plan.dropped).toBe(all.size);
    const stripped = applyExportPlan(wasm, plan);
    if (!stripped) throw new Error(`${file}: the plan does not apply`);
    expect(wasm.length - stripped.length).toBeGreaterThan(7_000_000);
    const left = WebAssembly.Module.exports(await WebAssembly.compile(stripped)).map((e) => e.name);
    expect(left).toEqual(plan.exports.map(([name]) => name));
  }
});

test("the Node engine reads the stripped wasm, and the plans built into dist/vendor apply to the installed wasm", () => {
  expect(readDuckdbWasm(dist("duckdb-eh.wasm"), "duckdb-eh.wasm").stripped).toBe(true);
  const vendored = fileURLToPath(new URL("../../dist/vendor/duckdb-exports.json", import.meta.url));
  // npm test builds first (turbo's test task depends on build).
  expect(existsSync(vendored)).toBe(true);
  const plans = JSON.parse(readFileSync(vendored, "utf8")) as ExportPlans;
  for (const file of ["duckdb-eh.wasm", "duckdb-mvp.wasm"] as const) {
    expect(applyExportPlan(readFileSync(dist(file)), plans[file])).toBeDefined();
  }
});
