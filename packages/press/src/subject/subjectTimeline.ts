import type { Lang, MilestoneTimelineRow } from "@newarea/data";
import { type ChartState, drawWithOptions } from "../chartState.ts";
import { CHARTS } from "../charts.ts";
import { chartContext, type DocumentData } from "../data/documentData.ts";

/**
 * Draws a subject's milestones on the milestone timeline, planned hollow and done filled, over the whole
 * years they span (not the story's window: a park's start in 2018 or 2021 is part of its page). Returns
 * null for a subject without milestones.
 */
export function subjectTimeline(
  rows: readonly MilestoneTimelineRow[],
  data: DocumentData,
  lang: Lang,
): ChartState | null {
  const def = CHARTS.milestoneTimeline;
  if (!def) throw new Error("the chart registry has no milestoneTimeline");
  if (rows.length === 0) return null;
  const first = rows.map((r) => r.date_start).sort()[0] as string;
  const last = rows
    .map((r) => r.date_end)
    .sort()
    .at(-1) as string;
  const { sources } = chartContext(data, lang);
  const options = { lang, sources, from: `${first.slice(0, 4)}-01-01`, to: `${last.slice(0, 4)}-12-31` };
  return drawWithOptions(def, rows, options);
}
