// Writes dist/vendor/duckdb-node-blocking.cjs: DuckDB-WASM's blocking Node bundle with its glue patched
// (src/db/duckdbGlue.ts) and Apache Arrow's CommonJS build inlined, so that `newarea-data query` loads one
// file instead of patching 1.3 MB of text and requiring Arrow's 134 modules at every start (about 200 ms,
// a fifth of the cold start). And dist/vendor/duckdb-exports.json: for each wasm, the exports that glue can
// look up (src/db/wasmExports.ts), so that a start drops the others without reading 75,011 names. Run by
// `npm run build` after tsc; the output depends only on the installed packages (esbuild's output is
// deterministic).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { patchDuckdbGlue } from "../src/db/duckdbGlue.ts";
import { duckdbExportPlans } from "../src/db/nodeEngine.ts";

const require = createRequire(import.meta.url);
const BUNDLE = require.resolve("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs");
const OUT = fileURLToPath(new URL("../dist/vendor/duckdb-node-blocking.cjs", import.meta.url));

await build({
  stdin: {
    contents: patchDuckdbGlue(readFileSync(BUNDLE, "utf8"), BUNDLE),
    // Its requires resolve from DuckDB-WASM's folder, as they would unbundled.
    resolveDir: dirname(BUNDLE),
    sourcefile: "@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs",
    loader: "js",
  },
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // Optional native helpers of the ws package, required inside try/catch: left to the runtime.
  external: ["bufferutil", "utf-8-validate"],
  legalComments: "inline",
  logLevel: "warning",
  outfile: OUT,
});
process.stderr.write(`wrote ${OUT}\n`);

// Made from the installed packages (the vendored plans are not written yet, so nothing stale is read back).
const PLANS = fileURLToPath(new URL("../dist/vendor/duckdb-exports.json", import.meta.url));
const plans = duckdbExportPlans();
writeFileSync(PLANS, `${JSON.stringify(plans)}\n`);
const counts = Object.entries(plans).map(
  ([f, p]) => `${f} keeps ${p.exports.length} of ${p.exports.length + p.dropped}`,
);
process.stderr.write(`wrote ${PLANS}: ${counts.join(", ")} exports\n`);
