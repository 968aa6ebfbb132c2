import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Story } from "../story/buildStory.ts";
import { type ChartKeys, chartKeysOf, diffChartKeys, formatChartChanges } from "../story/chartKeys.ts";

/** Where the chart keys of the last build are kept: NEWAREA_PRESS_CACHE, or node_modules/.cache. */
function cacheDir(): string {
  return process.env.NEWAREA_PRESS_CACHE || join(process.cwd(), "node_modules", ".cache", "newarea-press");
}

/**
 * Compares the story's chart keys with those of the last build of the same file (in `npm run dev` or
 * `npm run build`), keeps the new ones, and returns the lines telling the editor which steps' charts
 * gained or lost rows (none on the first build, or when nothing changed).
 */
export function recordChartKeys(story: Story): string[] {
  const dir = cacheDir();
  const path = join(dir, `chart-keys.${story.file.replace(/[^\w.-]+/g, "_")}.json`);
  const before = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as ChartKeys) : undefined;
  const now = chartKeysOf(story);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, `${JSON.stringify(now, null, 1)}\n`);
  return before ? formatChartChanges(story.file, diffChartKeys(before, now)) : [];
}
