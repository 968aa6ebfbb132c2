import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test } from "vitest";
import { patchDuckdbGlue } from "../../src/db/duckdbGlue.ts";
import { loadBlockingBundle } from "../../src/db/nodeEngine.ts";

const require = createRequire(import.meta.url);
const glue = (file: string) => readFileSync(require.resolve(`@duckdb/duckdb-wasm/dist/${file}`), "utf8");
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

// The rewrites are tied to the installed DuckDB-WASM's glue: when an upgrade changes it, these fail first
// (the Node engine would silently fall back to the slower published bundle; the site build would stop).
test.each([
  ["duckdb-node-blocking.cjs", 2],
  ["duckdb-browser-eh.worker.js", 1],
  ["duckdb-browser-mvp.worker.js", 1],
])("patchDuckdbGlue(%s) rewrites each of its %i copies of the glue", (file, copies) => {
  const before = glue(file);
  const after = patchDuckdbGlue(before, file);
  // No GOT entry is made for every export any more, and the exports are not copied three times over.
  expect(count(before, /GOT\[\w\]\|\|\(GOT\[\w\]=new WebAssembly\.Global/g)).toBe(copies);
  expect(count(after, /GOT\[\w\]\|\|\(GOT\[\w\]=new WebAssembly\.Global/g)).toBe(0);
  expect(count(after, /Object\.entries/g)).toBe(count(before, /Object\.entries/g) - 2 * copies);
  expect(count(after, /applySignatureConversions\(\w\)\{\w=Object\.assign/g)).toBe(0);
  // instantiateWasm takes a compiled module where it took a path or URL.
  expect(count(after, /this\.mainModule(Path|URL) instanceof WebAssembly\.Module/g)).toBe(1);
  // The lazily made GOT entries (Emscripten's GOT proxy) and their resolution are left as they were.
  expect(after).toContain("GOTHandler={get(");
  expect(after).toContain("reportUndefinedSymbols=()=>{for(var[");
});

test("patchDuckdbGlue makes the Node glue give up an extension at once instead of fetching it in a thread it waits on forever", () => {
  const node = patchDuckdbGlue(glue("duckdb-node-blocking.cjs"), "duckdb-node-blocking.cjs");
  expect(count(node, /if\(typeof XMLHttpRequest>"u"\)\{return 0;/g)).toBe(2);
  // The browser workers fetch with XMLHttpRequest, which fails instead of hanging: left as they are.
  for (const file of ["duckdb-browser-eh.worker.js", "duckdb-browser-mvp.worker.js"]) {
    expect(count(patchDuckdbGlue(glue(file), file), /if\(typeof XMLHttpRequest>"u"\)\{return 0;/g)).toBe(0);
  }
});

test("patchDuckdbGlue(text of another version) throws naming the rewrite that does not apply", () => {
  const other = glue("duckdb-browser-eh.worker.js").replace("function applySignatureConversions(e){e=", "x");
  expect(() => patchDuckdbGlue(other, "duckdb-browser-eh.worker.js")).toThrow(
    /duckdb-browser-eh\.worker\.js: the rewrite "applySignatureConversions: no copy of the 75,011 exports" applies 0 times/,
  );
  expect(() => patchDuckdbGlue("", "empty.js")).toThrow(/empty\.js: the rewrite "updateGOT/);
});

test("loadBlockingBundle() runs the patched glue in Node", () => {
  const { duckdb, patched } = loadBlockingBundle();
  expect(patched).toBe(true);
  expect(typeof duckdb.createDuckDB).toBe("function");
});
