// Writes brotli and gzip copies beside every text file of the build, for scripts/serve.mjs (and any
// static host) to send when the browser accepts them.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = new Set([
  ".html",
  ".css",
  ".js",
  ".mjs",
  ".json",
  ".svg",
  ".csv",
  ".txt",
  ".xml",
  ".md",
  ".arrow",
  ".wasm",
]);

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Returns the Astro integration that precompresses `dist/` once the build is done. */
export function precompress() {
  return {
    name: "newarea:precompress",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        let count = 0;
        for await (const path of files(fileURLToPath(dir))) {
          if (!COMPRESSIBLE.has(extname(path))) continue;
          const data = await readFile(path);
          if (data.length < 256) continue;
          const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
          await writeFile(`${path}.br`, br);
          await writeFile(`${path}.gz`, gzipSync(data, { level: 9 }));
          count++;
        }
        logger.info(`precompressed ${count} files (.br, .gz)`);
      },
    },
  };
}
