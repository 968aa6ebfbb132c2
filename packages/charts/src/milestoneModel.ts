import type { Lang, MilestoneTimelineRow } from "@newarea/data";
import { formatDate } from "@newarea/data/format";

/** The window the story looks at when none is given: from the primary source's first date to the end of 2024. */
export const DEFAULT_WINDOW = { from: "2023-04-01", to: "2024-12-31" } as const;

/** Milestones that fall in a window (ISO days, inclusive), earliest first, and how many fall outside it. */
export interface MilestoneWindow {
  from: string;
  to: string;
  shown: MilestoneTimelineRow[];
  outside: number;
}

/** Returns the milestones whose dates overlap [from, to], ordered as the query orders them, and the count left out. */
export function milestonesInWindow(
  rows: readonly MilestoneTimelineRow[],
  { from = DEFAULT_WINDOW.from, to = DEFAULT_WINDOW.to }: { from?: string; to?: string },
): MilestoneWindow {
  const key = (r: MilestoneTimelineRow) => `${r.date_start} ${r.date_end} ${r.subject_id} ${r.source_id}`;
  const shown = rows
    .filter((r) => r.date_end >= from && r.date_start <= to)
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { from, to, shown, outside: rows.length - shown.length };
}

/** Returns a milestone's date, as precise as it is known, and what happens: `2024年4月：竣工投产`, `April 2024: …`. */
export function milestoneLabel(row: MilestoneTimelineRow, lang: Lang): string {
  const date = formatDate(row.date, row.precision, lang);
  return lang === "zh" ? `${date}：${row.event_zh}` : `${date}: ${row.event_en}`;
}

/** Returns a day `YYYY-MM-DD` formatted as its month, for describing a window: `2023年4月`, `April 2023`. */
export function windowMonth(day: string, lang: Lang): string {
  return formatDate(day.slice(0, 7), "month", lang);
}

/**
 * Returns the milestones to draw, in the order given: a milestone that several sources report identically
 * (same subject, date, precision, status and event, in both languages) is kept once, as its first row.
 */
export function distinctMilestones(rows: readonly MilestoneTimelineRow[]): MilestoneTimelineRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = JSON.stringify([r.subject_id, r.date, r.precision, r.status, r.event_zh, r.event_en]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
