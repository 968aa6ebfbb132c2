// Ships the DuckDB-WASM files the notebook runs on, self-hosted at /duckdb/<version>/ with brotli and
// gzip copies beside them (34 MB raw, about 5 MB brotli); the worker scripts with their glue patched
// (@newarea/data's patchDuckdbGlue). Brotli at quality 11 takes about a minute per wasm, so the copies are
// made once per DuckDB-WASM version and patch, and kept in node_modules/.cache. List this
// integration AFTER precompress(): the files arrive already compressed and are not compressed twice.
import { createReadStream, existsSync } from "node:fs";
import { copyFile, mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import {
  DUCKDB_FILES,
  duckdbCacheDir,
  duckdbCachedCopy,
  duckdbDistDir,
  duckdbFileBytes,
  duckdbPath,
  tablesDir,
} from "@newarea/press";

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/** Makes the .br and .gz copies of the DuckDB-WASM files in the cache, those not already there. */
async function ensureCompressed(logger) {
  const cache = duckdbCacheDir();
  await mkdir(cache, { recursive: true });
  const missing = DUCKDB_FILES.filter(
    (f) => !existsSync(duckdbCachedCopy(f, ".br")) || !existsSync(duckdbCachedCopy(f, ".gz")),
  );
  if (missing.length === 0) return;
  logger.info(`compressing ${missing.join(", ")} (once per DuckDB-WASM version; about a minute per wasm)`);
  await Promise.all(
    missing.map(async (f) => {
      const data = duckdbFileBytes(f);
      const [b, g] = await Promise.all([
        br(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_LGWIN]: 24,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
        gz(data, { level: 9 }),
      ]);
      // Written under a temporary name and renamed, so an interrupted build leaves no half file behind.
      for (const [suffix, bytes] of [
        [".br", b],
        [".gz", g],
      ]) {
        await writeFile(`${duckdbCachedCopy(f, suffix)}.tmp`, bytes);
        await rename(`${duckdbCachedCopy(f, suffix)}.tmp`, duckdbCachedCopy(f, suffix));
      }
    }),
  );
}

/**
 * Serves the engine files from node_modules in `astro dev`, and the tables' Arrow files the notebook loads:
 * the dev server wants `/data/tables/figures.arrow/` with a slash (trailingSlash: "always"), the page asks
 * for the file as the build writes it.
 */
function devMiddleware(base) {
  return (req, res, next) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const name = path.startsWith(base) ? path.slice(base.length) : "";
    if (DUCKDB_FILES.includes(name)) {
      res.setHeader(
        "content-type",
        name.endsWith(".wasm") ? "application/wasm" : "text/javascript; charset=utf-8",
      );
      if (name.endsWith(".wasm")) createReadStream(join(duckdbDistDir(), name)).pipe(res);
      else res.end(duckdbFileBytes(name));
      return;
    }
    const table = /^\/data\/tables\/([a-z]+\.arrow)$/.exec(path)?.[1];
    if (!table) return next();
    const file = join(tablesDir(), table);
    if (!existsSync(file)) return next();
    res.setHeader("content-type", "application/vnd.apache.arrow.stream");
    createReadStream(file).pipe(res);
  };
}

/** Returns the Astro integration that puts the DuckDB-WASM files, precompressed, into the build. */
export function duckdbFiles() {
  return {
    name: "newarea:duckdb-files",
    hooks: {
      "astro:server:setup": ({ server }) => {
        server.middlewares.use(devMiddleware(duckdbPath()));
      },
      // Before the pages render, so that the notebook can state the download size.
      "astro:build:start": async ({ logger }) => {
        await ensureCompressed(logger);
      },
      "astro:build:done": async ({ dir, logger }) => {
        await ensureCompressed(logger);
        const out = join(fileURLToPath(dir), duckdbPath());
        await mkdir(out, { recursive: true });
        for (const f of DUCKDB_FILES) {
          await writeFile(join(out, f), duckdbFileBytes(f));
          await copyFile(duckdbCachedCopy(f, ".br"), join(out, `${f}.br`));
          await copyFile(duckdbCachedCopy(f, ".gz"), join(out, `${f}.gz`));
        }
        logger.info(`DuckDB-WASM files in ${duckdbPath()} (with .br and .gz)`);
      },
    },
  };
}
