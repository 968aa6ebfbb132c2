import { formatDate } from "@newarea/data/format";
import * as Plot from "@observablehq/plot";
import { group } from "d3";
import type { ChartOptions } from "./ChartDescription.ts";
import { describeMilestoneTimeline, type MilestoneTimelineOptions } from "./describeMilestoneTimeline.ts";
import { opacityChannel, rowOpacity } from "./highlight.ts";
import { legend } from "./legend.ts";
import { pick } from "./localize.ts";
import { distinctMilestones, milestoneLabel, milestonesInWindow } from "./milestoneModel.ts";
import { PALETTE } from "./palette.ts";
import { DEFAULT_WIDTH, FONT_SIZE, LINE_HEIGHT, plotBase } from "./plotBase.ts";
import type { Lang, MilestoneTimelineRow } from "./rows.ts";
import { rowTextMarks } from "./rowText.ts";
import { sideLabel } from "./sideLabel.ts";
import { wrapText } from "./wrapText.ts";

const MARK = 12;
const DOT_R = 5;
const LABEL_GAP = 6;
// Wide enough for half of a tick label such as 2023年4月 at either end.
const MARGIN = { left: 32, right: 32, bottom: 30 };
const DAY = 86_400_000;
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Month ticks: the first tick and each January carry the year (`2023年4月`, `Apr 2023`), the others the month only. */
function monthTick(lang: Lang) {
  return (d: Date, i: number) => {
    const month = d.getUTCMonth();
    const withYear = i === 0 || month === 0;
    if (lang === "zh")
      return withYear ? formatDate(d.toISOString().slice(0, 7), "month", lang) : `${month + 1}月`;
    return `${EN_MONTHS[month] ?? ""}${withYear ? ` ${d.getUTCFullYear()}` : ""}`;
  };
}

/**
 * Draws milestones on a time axis, one line per milestone under its subject's name: a dot for a day, a
 * span for a month or "end of 2023"; filled when done, hollow when planned. A milestone two sources report
 * identically is drawn once. Milestones outside the window are left out (the description says how many).
 * Returns Plot's SVG.
 */
export function milestoneTimeline(
  rows: readonly MilestoneTimelineRow[],
  options: MilestoneTimelineOptions & ChartOptions,
): SVGElement | HTMLElement {
  const { lang, highlight } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const { from, to, shown } = milestonesInWindow(rows, options);
  const t0 = day(from);
  const t1 = day(to) + DAY;
  const px = (t: number) => ((t - t0) / (t1 - t0)) * innerWidth;
  const timeAt = (x: number) => new Date(t0 + (x / innerWidth) * (t1 - t0));

  const key = legend(
    [
      { label: pick(lang, "已完成", "done"), fill: PALETTE.blue },
      {
        label: pick(lang, "计划（截至报道时）", "planned (as of the report)"),
        fill: "none",
        stroke: PALETTE.blue,
      },
    ],
    innerWidth,
  );
  let y = key.height + 10;

  const names: { x: Date; y: number; text: string; opacity: number }[] = [];
  const marks: {
    x1: Date;
    x2: Date;
    y: number;
    done: boolean;
    span: boolean;
    opacity: number;
    title: string;
  }[] = [];
  const labels: { x: Date; y: number; text: string; anchor: "start" | "end"; opacity: number }[] = [];
  for (const [id, ms] of group(distinctMilestones(shown), (r) => r.subject_id)) {
    const opacity = rowOpacity(highlight, id);
    const first = ms[0] as MilestoneTimelineRow;
    const nameLines = wrapText(
      lang === "zh" ? first.subject_name_zh : first.subject_name_en,
      innerWidth,
      FONT_SIZE,
      true,
    );
    names.push({ x: new Date(t0), y, text: nameLines.join("\n"), opacity });
    y += nameLines.length * LINE_HEIGHT + 4;
    for (const m of ms) {
      // A span is clipped to the window; a day is a dot.
      const start = Math.max(day(m.date_start), t0);
      const end = Math.min(day(m.date_end) + DAY, t1);
      const span = m.precision !== "day";
      const [left, right] = span ? [px(start), px(end)] : [px(start) - DOT_R, px(start) + DOT_R];
      const text = milestoneLabel(m, lang);
      const placed = sideLabel(text, {
        left,
        right,
        top: y,
        frameWidth: innerWidth,
        markHeight: MARK,
        gap: LABEL_GAP,
      });
      marks.push({
        x1: new Date(start),
        x2: new Date(end),
        y: placed.markY,
        done: m.status === "done",
        span,
        opacity,
        title: text,
      });
      labels.push({
        x: timeAt(placed.x),
        y: placed.y,
        text: placed.lines.join("\n"),
        anchor: placed.anchor,
        opacity,
      });
      y = placed.bottom + 6;
    }
    y += 10;
  }
  const description = describeMilestoneTimeline(rows, options);
  const opacity = opacityChannel(highlight);
  const spanOptions = {
    x1: "x1",
    x2: "x2",
    y1: (d: { y: number }) => d.y - MARK / 2,
    y2: (d: { y: number }) => d.y + MARK / 2,
    stroke: PALETTE.blue,
    strokeWidth: 1.5,
    opacity,
    title: "title",
  } as const;
  const dotOptions = {
    x: "x1",
    y: "y",
    r: DOT_R,
    stroke: PALETTE.blue,
    strokeWidth: 1.5,
    opacity,
    title: "title",
  } as const;
  const ticks = innerWidth >= 480 ? 3 : 6;

  return Plot.plot({
    ...plotBase(description, options),
    height: y + MARGIN.bottom,
    marginTop: 0,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    x: {
      type: "utc",
      domain: [new Date(t0), new Date(t1)],
      ticks: `${ticks} months`,
      tickFormat: monthTick(lang),
      grid: true,
      label: null,
    },
    y: { type: "identity", axis: null },
    marks: [
      ...key.marks,
      Plot.rect(
        marks.filter((m) => m.span && m.done),
        { ...spanOptions, fill: PALETTE.blue, className: "chart-done" },
      ),
      Plot.rect(
        marks.filter((m) => m.span && !m.done),
        { ...spanOptions, fill: "none", className: "chart-planned" },
      ),
      Plot.dot(
        marks.filter((m) => !m.span && m.done),
        { ...dotOptions, fill: PALETTE.blue, className: "chart-done" },
      ),
      Plot.dot(
        marks.filter((m) => !m.span && !m.done),
        { ...dotOptions, fill: "none", className: "chart-planned" },
      ),
      ...rowTextMarks(names, labels, opacity),
    ],
  });
}
