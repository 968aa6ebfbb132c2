import { relative, resolve, sep } from "node:path";
import { buildData } from "@newarea/data";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { dataDir, tablesDir } from "../data/dataPaths.ts";
import { setDataError } from "../data/dataState.ts";
import { dataProblem } from "./dataProblem.ts";

type DevServer = Parameters<NonNullable<AstroIntegration["hooks"]["astro:server:setup"]>>[0]["server"];

// Saving a file often writes it more than once in a few milliseconds: rebuild once, after the last.
const SETTLE_MS = 150;

/**
 * Validates data/ and rebuilds the tables, the way `npx newarea-data build` does. Returns the error as
 * the pages will show it, or undefined when the data is good.
 */
function rebuild(dir: string, logger: AstroIntegrationLogger, why: string): Error | undefined {
  try {
    const manifest = buildData(dir, tablesDir());
    setDataError(undefined);
    const rows = Object.values(manifest.tables).reduce((n, t) => n + (t?.rows ?? 0), 0);
    logger.info(`${why}: data checked, tables rebuilt (${rows} rows)`);
    return undefined;
  } catch (e) {
    const error = dataProblem(e, dir);
    setDataError(error);
    logger.error(error.message);
    return error;
  }
}

/** Watches the data folder: each saved CSV or YAML rebuilds the tables, then the open pages reload or show the error. */
function watchData(server: DevServer, logger: AstroIntegrationLogger): void {
  const dir = dataDir();
  rebuild(dir, logger, "dev server start");
  server.watcher.add(dir);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = new Set<string>();
  const onFile = (path: string) => {
    const abs = resolve(path);
    if (!abs.startsWith(dir + sep) || !/\.(csv|ya?ml)$/i.test(abs)) return;
    changed.add(relative(process.cwd(), abs));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...changed].join(", ");
      changed.clear();
      const error = rebuild(dir, logger, files);
      const hot = server.environments.client.hot;
      if (error) {
        const { name, message, stack } = error;
        const { hint, loc } = error as { hint?: string; loc?: unknown };
        hot.send({ type: "error", err: { name, message, stack: stack ?? "", hint, loc } as never });
      } else hot.send({ type: "full-reload", path: "*" });
    }, SETTLE_MS);
  };
  for (const event of ["add", "change", "unlink"]) server.watcher.on(event, onFile);
}

/**
 * The Astro integration of the document package. In `astro dev` it watches `data/` (NEWAREA_DATA_DIR)
 * too: saving a CSV or YAML there checks the data and rebuilds the tables through @newarea/data's
 * pipeline, then the preview reloads with the new figures, or shows the data error (file, line,
 * column, value, what to do) in the browser's overlay and the terminal, until it is fixed.
 */
export function press(): AstroIntegration {
  return {
    name: "@newarea/press",
    hooks: {
      "astro:server:setup": ({ server, logger }) => watchData(server, logger),
    },
  };
}
