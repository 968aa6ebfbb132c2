import type { Lang, MilestoneTimelineRow } from "@newarea/data";
import { formatDate } from "@newarea/data/format";
import * as Plot from "@observablehq/plot";
import { group, scaleUtc } from "d3";
import type { ChartOptions } from "./ChartDescription.ts";
import { describeMilestoneTimeline, type MilestoneTimelineOptions } from "./describeMilestoneTimeline.ts";
import { opacityChannel } from "./highlight.ts";
import { legend } from "./legend.ts";
import { LineGrid, onLine, rectOnLine } from "./lineGrid.ts";
import { pick } from "./localize.ts";
import { keyed, markKey } from "./markKey.ts";
import { distinctMilestones, milestoneLabel, milestonesInWindow } from "./milestoneModel.ts";
import { PALETTE } from "./palette.ts";
import { chartType, DEFAULT_WIDTH, plotBase } from "./plotBase.ts";
import { layoutSubjectRows, type PlacedItem, type SubjectRows, subjectTextMarks } from "./subjectRows.ts";

const MARK = 12;
const DOT_R = 5;
// Wide enough for half of a tick label such as 2023年4月 at either end; on a phone the first tick is
// well inside the window (July), so names start at the left edge.
const MARGIN = { left: 32, right: 32, bottom: 30 };
const PHONE_MARGIN = { left: 6, right: 26, bottom: 26 };
const DAY = 86_400_000;
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const day = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`));

/** Months between ticks: the shortest of these that leaves 80 px per tick (a park's page may span years). */
const TICK_STEPS = [3, 6, 12, 24, 60];

/** Returns the tick interval for a window of `months` months drawn `innerWidth` pixels wide. */
function tickStep(months: number, innerWidth: number): number {
  return TICK_STEPS.find((step) => months / step <= innerWidth / 80) ?? (TICK_STEPS.at(-1) as number);
}

/**
 * Month ticks: the first tick and each January carry the year (`2023年4月`, `Apr 2023`), the others the month
 * only; ticks a year or more apart are the year alone (`2021年`, `2021`).
 */
function monthTick(lang: Lang, step: number) {
  return (d: Date, i: number) => {
    if (step >= 12) return formatDate(String(d.getUTCFullYear()), "year", lang);
    const month = d.getUTCMonth();
    const withYear = i === 0 || month === 0;
    if (lang === "zh")
      return withYear ? formatDate(d.toISOString().slice(0, 7), "month", lang) : `${month + 1}月`;
    return `${EN_MONTHS[month] ?? ""}${withYear ? ` ${d.getUTCFullYear()}` : ""}`;
  };
}

/** A milestone as drawn: from its first day to the day after its last, clipped to the window. */
interface Span {
  start: Date;
  end: Date;
  done: boolean;
  /** A month, a half year or the end of a year is a span; a day is a dot. */
  span: boolean;
  title: string;
}

/**
 * Returns each subject's milestones in the window as rows of the chart, a milestone two sources report
 * identically once. `labelled` says which milestones get their label (the others are drawn unlabelled).
 */
function milestoneRows(
  shown: readonly MilestoneTimelineRow[],
  x: (d: Date) => number,
  [t0, t1]: [Date, Date],
  lang: Lang,
  labelled: (m: MilestoneTimelineRow) => boolean,
): SubjectRows<Span>[] {
  return [...group(distinctMilestones(shown), (r) => r.subject_id)].map(([id, ms]) => ({
    id,
    name: lang === "zh" ? (ms[0]?.subject_name_zh ?? id) : (ms[0]?.subject_name_en ?? id),
    items: ms.map((m) => {
      const start = new Date(Math.max(+day(m.date_start), +t0));
      const end = new Date(Math.min(+day(m.date_end) + DAY, +t1));
      const span = m.precision !== "day";
      const text = milestoneLabel(m, lang);
      const [left, right] = span ? [x(start), x(end)] : [x(start) - DOT_R, x(start) + DOT_R];
      const datum = { start, end, done: m.status === "done", span, title: text };
      return { datum, key: markKey(id, m.milestone_id), text: labelled(m) ? text : "", left, right };
    }),
  }));
}

/** Returns the marks of the milestones: spans as boxes, days as dots, filled when done, hollow when planned. */
function milestoneMarks(
  items: PlacedItem<Span>[],
  opacity: ReturnType<typeof opacityChannel>,
  grid: LineGrid,
) {
  const style = {
    stroke: PALETTE.blue,
    strokeWidth: 1.5,
    opacity,
    title: (d: PlacedItem<Span>) => d.datum.title,
  };
  const select = (span: boolean, done: boolean) =>
    items.filter((d) => d.datum.span === span && d.datum.done === done);
  const rect = (done: boolean) => {
    const data = select(true, done);
    return Plot.rect(data, {
      ...style,
      ...rectOnLine(grid, Math.min(MARK, grid.type.line - 4)),
      x1: (d: PlacedItem<Span>) => d.datum.start,
      x2: (d: PlacedItem<Span>) => d.datum.end,
      fill: done ? PALETTE.blue : "none",
      className: done ? "chart-done" : "chart-planned",
      ...keyed(data),
    });
  };
  const dot = (done: boolean) => {
    const data = select(false, done);
    return Plot.dot(data, {
      ...style,
      ...onLine(grid),
      x: (d: PlacedItem<Span>) => d.datum.start,
      r: DOT_R,
      fill: done ? PALETTE.blue : "none",
      className: done ? "chart-done" : "chart-planned",
      ...keyed(data),
    });
  };
  return [rect(true), rect(false), dot(true), dot(false)];
}

/**
 * Draws milestones on a time axis, one line per milestone under its subject's name: a dot for a day, a
 * span for a month or "end of 2023"; filled when done, hollow when planned. A milestone two sources report
 * identically is drawn once. Milestones outside the window are left out (the description says how many).
 * On a phone there is no legend (the subtitle says filled and hollow) and only the milestones the step
 * is about carry their label — the highlighted subject's, or the done ones when none is highlighted —
 * the others sharing lines, unlabelled (a tap on one shows its tip). Returns Plot's SVG.
 */
export function milestoneTimeline(
  rows: readonly MilestoneTimelineRow[],
  options: MilestoneTimelineOptions & ChartOptions,
): SVGElement | HTMLElement {
  const { lang, highlight } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const margin = chartType(width).phone ? PHONE_MARGIN : MARGIN;
  const innerWidth = width - margin.left - margin.right;
  const { from, to, shown } = milestonesInWindow(rows, options);
  const window: [Date, Date] = [day(from), new Date(+day(to) + DAY)];
  const x = scaleUtc().domain(window).range([0, innerWidth]);

  const grid = new LineGrid(chartType(width));
  const { phone } = grid.type;
  const done = { label: pick(lang, "已完成", "done"), fill: PALETTE.blue };
  const planned = { label: pick(lang, "计划（截至报道时）", "planned (as of the report)"), fill: "none" };
  const key = phone ? [] : legend([done, { ...planned, stroke: PALETTE.blue }], innerWidth, grid);
  if (!phone) grid.take(2);
  const labelled = (m: MilestoneTimelineRow) =>
    !phone || (highlight === undefined ? m.status === "done" : m.subject_id === highlight);
  const subjects = milestoneRows(shown, x, window, lang, labelled);
  const layout = layoutSubjectRows(grid, subjects, { frameWidth: innerWidth, highlight });
  const opacity = opacityChannel(highlight);
  const months =
    (window[1].getUTCFullYear() - window[0].getUTCFullYear()) * 12 +
    window[1].getUTCMonth() -
    window[0].getUTCMonth();
  const step = tickStep(months, innerWidth);

  return Plot.plot({
    ...plotBase(options.description ?? describeMilestoneTimeline(rows, options), options),
    ...grid.frame(margin),
    x: {
      type: "utc",
      domain: window,
      ticks: step >= 12 ? `${step / 12} years` : `${step} months`,
      tickFormat: monthTick(lang, step),
      grid: true,
      label: null,
    },
    marks: [
      ...key,
      ...milestoneMarks(layout.items, opacity, grid),
      ...subjectTextMarks(layout, x.invert, opacity, grid),
    ],
  });
}
