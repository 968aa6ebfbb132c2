import type { Story } from "./buildStory.ts";
import { storySteps } from "./storySteps.ts";

/** Each step's chart and the subjects that have a mark in it, by step id. */
export type ChartKeys = Record<string, { chart: string; line: number; keys: string[] }>;

/** A step whose chart gained or lost rows between two builds. */
export interface ChartChange {
  step: string;
  line: number;
  chart: string;
  added: string[];
  removed: string[];
}

/** Returns the chart keys of every step of a story. */
export function chartKeysOf(story: Story): ChartKeys {
  const out: ChartKeys = {};
  for (const step of storySteps(story))
    out[step.id] = { chart: step.chart.chart, line: step.line, keys: step.chart.keys };
  return out;
}

/**
 * Returns the steps whose chart, the same chart in both builds, gained or lost a row: the data changed
 * under a sentence that may describe it ("the largest one is only a small part").
 */
export function diffChartKeys(before: ChartKeys, after: ChartKeys): ChartChange[] {
  const changes: ChartChange[] = [];
  for (const [step, now] of Object.entries(after)) {
    const was = before[step];
    if (!was || was.chart !== now.chart) continue;
    const added = now.keys.filter((k) => !was.keys.includes(k));
    const removed = was.keys.filter((k) => !now.keys.includes(k));
    if (added.length || removed.length)
      changes.push({ step, line: now.line, chart: now.chart, added, removed });
  }
  return changes;
}

/** Returns the changes as lines for the terminal, one per step, each with file and line. */
export function formatChartChanges(file: string, changes: readonly ChartChange[]): string[] {
  if (changes.length === 0) return [];
  return [
    `The data changed the rows of ${changes.length === 1 ? "one step's chart" : `${changes.length} steps' charts`} in ${file}: reread ${changes.length === 1 ? "its" : "their"} text.`,
    ...changes.map((c) => {
      const what = [
        c.added.length ? `now also ${c.added.join(", ")}` : "",
        c.removed.length ? `no longer ${c.removed.join(", ")}` : "",
      ].filter(Boolean);
      return `  ${file}:${c.line}: step #${c.step} (${c.chart}): ${what.join("; ")}`;
    }),
  ];
}
