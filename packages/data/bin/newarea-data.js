#!/usr/bin/env node
// A committed shim, so npm links the command at install time, before dist/ is built.
import { createRequire } from "node:module";

// require, not an ES import, of node:fs: that would build a namespace of all its exports first (5 ms).
const { existsSync } = createRequire(import.meta.url)("node:fs");
const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  console.error("newarea-data: the package is not built yet; run `npm run build` at the repository root");
  process.exit(1);
}
await import(cli.href);
