// Writes dist/cli.cjs: the CLI (src/cli.ts) and everything it runs without DuckDB-WASM, as one CommonJS
// file. `parse-amount` and `clean-text` must start within 1.5× a bare `node -e ''` (BENCH.md), and Node's
// ES module loader takes about a millisecond per module to resolve, read, compile and link: ten of them
// are a third of what `parse-amount` adds to Node's own start. The commands that start DuckDB-WASM or the
// build pipeline (`query`, `export`, `build`) still import dist/db/nodeDatabase.js (and nodeEngine.js) and
// dist/pipeline/buildData.js, the package's ES modules, when they run: they are the API's own code, and
// their start is DuckDB's. bin/newarea-data.cjs runs this file. Run by `npm run build` after tsc.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const OUT = fileURLToPath(new URL("../dist/cli.cjs", import.meta.url));
// Imported at run time from dist/ (the path as tsc writes it), not bundled.
const AT_RUN_TIME = /^\.\/(db\/nodeDatabase|db\/nodeEngine|pipeline\/buildData)\.ts$/;

await build({
  entryPoints: [fileURLToPath(new URL("../src/cli.ts", import.meta.url))],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  outfile: OUT,
  // dist/cli.cjs sits where dist/cli.js does: the URLs the CLI makes from import.meta.url stay the same.
  define: { "import.meta.url": "__cliUrl" },
  banner: { js: 'var __cliUrl = require("node:url").pathToFileURL(__filename).href;' },
  legalComments: "inline",
  logLevel: "warning",
  plugins: [
    {
      name: "at-run-time",
      setup(b) {
        b.onResolve({ filter: AT_RUN_TIME }, (a) => ({
          path: a.path.replace(/\.ts$/, ".js"),
          external: true,
        }));
      },
    },
  ],
});
process.stderr.write(`wrote ${OUT}\n`);
