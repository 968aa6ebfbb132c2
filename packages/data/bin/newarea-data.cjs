#!/usr/bin/env node
// A committed shim, so npm links the command at install time, before dist/ is built. CommonJS, like the
// CLI it runs (dist/cli.cjs, one file: scripts/cliBundle.ts): Node's ES module loader would add about a
// millisecond per module to a command that answers in a few.
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const cli = join(__dirname, "..", "dist", "cli.cjs");
if (!existsSync(cli)) {
  console.error("newarea-data: the package is not built yet; run `npm run build` at the repository root");
  process.exit(1);
}
// V8's compile cache for the CLI, in the user's own cache folder (as DuckDB-WASM's bundle's, runCommonJs.ts):
// the next start deserializes the CLI's code instead of compiling it. Node < 22.1 has no compile cache.
const module_ = require("node:module");
if (typeof module_.enableCompileCache === "function") {
  const base = process.env.XDG_CACHE_HOME || join(require("node:os").homedir(), ".cache");
  module_.enableCompileCache(join(base, "newarea-data", "node-compile-cache"));
}
require(cli);
