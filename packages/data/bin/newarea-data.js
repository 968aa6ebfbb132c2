#!/usr/bin/env node
// A committed shim, so npm links the command at install time, before dist/ is built.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  console.error("newarea-data: the package is not built yet; run `npm run build` at the repository root");
  process.exit(1);
}
await import(cli.href);
