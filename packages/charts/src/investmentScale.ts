import type { InvestmentRow, Lang } from "@newarea/data";
import { amountTickFormat, formatAmount } from "@newarea/data/format";
import * as Plot from "@observablehq/plot";
import { type ScaleLinear, scaleLinear } from "d3";
import type { ChartDescription, ChartOptions } from "./ChartDescription.ts";
import { describeInvestmentScale, type InvestmentScaleOptions } from "./describeInvestmentScale.ts";
import { type OpacityChannel, opacityChannel } from "./highlight.ts";
import { type InvestmentSubject, investmentModel } from "./investmentModel.ts";
import {
  clearLine,
  type InvestmentLayout,
  type InvestmentRowContext,
  layoutInvestmentRows,
  NOTE_GAP,
  NOTE_LINE_HEIGHT,
} from "./investmentRows.ts";
import { LineGrid, onLine, rectOnLine, textOnGrid } from "./lineGrid.ts";
import { pick } from "./localize.ts";
import { keyed } from "./markKey.ts";
import { OPEN_END_REACH, openEnd } from "./openEnd.ts";
import { PALETTE } from "./palette.ts";
import { chartType, DEFAULT_WIDTH, plotBase, SMALL_FONT_SIZE, X_LABEL_BELOW } from "./plotBase.ts";
import { textWidth } from "./textWidth.ts";
import { wrapText } from "./wrapText.ts";

/** Bar height and dot radius, and the margins: on a phone the axis has no label (the subtitle says CNY). */
const SIZES = {
  wide: { bar: 14, dot: 4.5, margin: { left: 14, right: 30, bottom: 40 } },
  phone: { bar: 9, dot: 4, margin: { left: 6, right: 18, bottom: 24 } },
};

/**
 * Returns the end of the axis in yuan and its tick count: it reaches the largest figure, the open ends
 * drawn after bounds, and the total when given, rounded up when that costs little room.
 */
function axisEnd(subjects: readonly InvestmentSubject[], total: number | undefined, innerWidth: number) {
  let xMax = total ?? 1; // 1 yuan when there is nothing to draw, so that the scale is not empty
  for (const s of subjects) {
    if (s.high === null) continue;
    xMax = Math.max(xMax, s.openEnded ? (s.high * innerWidth) / (innerWidth - OPEN_END_REACH - 2) : s.high);
  }
  const ticks = Math.max(2, Math.floor(innerWidth / 80));
  const rounded = scaleLinear().domain([0, xMax]).nice(ticks).domain()[1] ?? xMax;
  return { end: rounded <= xMax * 1.15 ? rounded : xMax * 1.02, ticks };
}

/** Returns the marks of the rows' figures: bars, open ends, ranges with a dotted leader from zero, and dots. */
function figureMarks(layout: InvestmentLayout, opacity: OpacityChannel, grid: LineGrid): Plot.Markish[] {
  const { bars, ranges, dots, openEnds } = layout;
  const { bar, dot: r } = grid.type.phone ? SIZES.phone : SIZES.wide;
  const dot = {
    ...onLine(grid),
    x: "x",
    r,
    stroke: PALETTE.blue,
    strokeWidth: 2,
    opacity,
    title: "title",
  } as const;
  const exact = dots.filter((d) => d.exact);
  const approx = dots.filter((d) => !d.exact);
  return [
    Plot.rect(bars, {
      ...rectOnLine(grid, bar),
      x1: 0,
      x2: "x2",
      fill: PALETTE.blue,
      fillOpacity: { value: "fillOpacity", scale: null },
      opacity,
      title: "title",
      className: "chart-bar",
      ...keyed(bars),
    }),
    openEnd(openEnds, { color: PALETTE.blue, height: bar, half: grid.half }),
    // A dotted leader from the axis start to a range, so the eye reads its distance from zero.
    Plot.ruleY(ranges, {
      ...onLine(grid),
      x1: 0,
      x2: "x1",
      strokeOpacity: 0.35,
      strokeDasharray: "1,3",
      insetRight: r + 2,
      opacity,
      className: "chart-leader",
      ...keyed(ranges),
    }),
    Plot.ruleY(ranges, {
      ...onLine(grid),
      x1: "x1",
      x2: "x2",
      stroke: PALETTE.blue,
      strokeWidth: 2,
      insetLeft: r,
      insetRight: r,
      opacity,
      className: "chart-range",
      ...keyed(ranges),
    }),
    // An exact figure is a filled dot; an approximate one (约) a hollow dot.
    Plot.dot(exact, { ...dot, fill: PALETTE.blue, className: "chart-figure", ...keyed(exact) }),
    Plot.dot(approx, { ...dot, fill: "none", className: "chart-figure", ...keyed(approx) }),
  ];
}

/** Returns the text marks of the rows: names, value labels, 未披露, and the sources in small type. */
function rowTexts(layout: InvestmentLayout, opacity: OpacityChannel, grid: LineGrid): Plot.Markish[] {
  const { names, values, valuesBefore, undisclosed, notes } = layout;
  const onGrid = textOnGrid(grid);
  const text = { ...onGrid, x: "x", text: "text", textAnchor: "start", opacity } as const;
  return [
    Plot.text(undisclosed, {
      ...text,
      dx: 2,
      fillOpacity: 0.75,
      className: "chart-not-disclosed",
      ...keyed(undisclosed),
    }),
    Plot.text(names, { ...text, fontWeight: 600, className: "chart-name", ...keyed(names) }),
    Plot.text(values, { ...text, className: "chart-value", ...keyed(values) }),
    Plot.text(valuesBefore, { ...text, textAnchor: "end", className: "chart-value", ...keyed(valuesBefore) }),
    Plot.text(notes, {
      ...text,
      fontSize: SMALL_FONT_SIZE,
      dy: onGrid.dy + NOTE_GAP,
      fillOpacity: 0.75,
      lineHeight: NOTE_LINE_HEIGHT / SMALL_FONT_SIZE,
      className: "chart-sources",
      ...keyed(notes),
    }),
  ];
}

/**
 * Returns the marks of the total: a dashed rule down the frame and its label, ending at the rule — on
 * lines it takes above the rows; on a phone, on the first line of the rows with room for it (the rows
 * keep their place whether the total is drawn or not), else under the axis. `below` is the room the
 * label then needs under the axis, in pixels. `layout` is the rows, laid out (on a phone only).
 */
function totalMarks(
  grid: LineGrid,
  total: number | undefined,
  lang: Lang,
  x: ScaleLinear<number, number>,
  layout?: InvestmentLayout,
): { marks: Plot.Markish[]; below: number } {
  if (total === undefined) return { marks: [], below: 0 };
  const { phone, font, line } = grid.type;
  const words = phone
    ? pick(lang, "全年计划项目总投资", "Year's planned total: ")
    : pick(lang, "全年计划项目总投资", "Planned total investment of the year's projects: ");
  const amount = formatAmount({ value: total, unit: "CNY", bound: "exact" }, lang);
  const rule = { x: "x", strokeDasharray: "4,3", strokeOpacity: 0.7, className: "chart-total" } as const;
  const text = { x: "x", text: "text", textAnchor: "end", dx: -4, className: "chart-total-label" } as const;
  const width = textWidth(words + amount, font);
  const free = layout && phone ? clearLine(layout, x, font, x(total) - 4 - width - 8) : undefined;
  if (phone && free === undefined) {
    const lines = wrapText(words + amount, x.range()[1] ?? 0, font);
    const label = [{ key: "total", x: total, text: lines.join("\n") }];
    const under = { frameAnchor: "bottom", lineAnchor: "top", dy: 22, lineHeight: line / font } as const;
    return {
      marks: [
        Plot.ruleX(label, { ...rule, ...keyed(label) }),
        Plot.text(label, { ...text, ...under, x: 0, textAnchor: "start", dx: 0, ...keyed(label) }),
      ],
      below: lines.length * line + 4,
    };
  }
  const lines = phone ? [words + amount] : wrapText(words + amount, (x.range()[1] ?? 0) * 0.9, font);
  const row = free ?? grid.lines(lines.length);
  if (free === undefined) grid.take(1);
  const label = [{ key: "total", x: total, row, text: lines.join("\n") }];
  return {
    marks: [
      Plot.ruleX(label, { ...rule, ...keyed(label) }),
      Plot.text(label, { ...textOnGrid(grid), ...text, ...keyed(label) }),
    ],
    below: 0,
  };
}

/**
 * Draws every named park and project on one horizontal axis of yuan, largest first: a bar for one
 * figure, a bar and a fading open end for a lower bound (超), a range with one dot per figure where
 * sources disagree, and "not disclosed" where there is no figure. Returns Plot's SVG.
 */
export function investmentScale(
  rows: readonly InvestmentRow[],
  options: InvestmentScaleOptions & ChartOptions,
): SVGElement | HTMLElement {
  const description = options.description ?? describeInvestmentScale(rows, options);
  return drawInvestmentRows(investmentModel(rows, options.lang), description, options);
}

/** What a chart of investment rows may add to `investmentScale`'s rows: indented names and a note under a row. */
export type InvestmentRowExtras = Pick<InvestmentRowContext, "indent" | "note">;

/**
 * Draws subjects, in the order given, on one horizontal axis of yuan as `investmentScale` does (bars, open
 * ends, ranges, 未披露), with `extras` for charts that indent names or add a line under a row.
 */
export function drawInvestmentRows(
  subjects: readonly InvestmentSubject[],
  description: ChartDescription,
  options: InvestmentScaleOptions & ChartOptions,
  extras: InvestmentRowExtras = {},
): SVGElement | HTMLElement {
  const { lang, highlight, total, showSources = false, sources } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const type = chartType(width);
  const { margin } = type.phone ? SIZES.phone : SIZES.wide;
  const innerWidth = width - margin.left - margin.right;
  const { end, ticks } = axisEnd(subjects, total, innerWidth);
  const x = scaleLinear().domain([0, end]).range([0, innerWidth]);
  const grid = new LineGrid(type);
  // Above the rows on a wide chart; on a phone, where the rows leave room.
  const above = type.phone ? undefined : totalMarks(grid, total, lang, x);
  const rowsTop = grid.size;
  const layout = layoutInvestmentRows(subjects, {
    grid,
    x,
    lang,
    highlight,
    showSources,
    sources,
    ...extras,
  });
  const totalLine = above ?? totalMarks(grid, total, lang, x, layout);
  grid.take(1);
  const opacity = opacityChannel(highlight);
  const label = pick(lang, "总投资（人民币元）", "Total investment (CNY)");

  return Plot.plot({
    ...plotBase(description, options),
    ...grid.frame({ ...margin, bottom: margin.bottom + totalLine.below }),
    x: {
      domain: [0, end],
      ticks,
      tickFormat: amountTickFormat("CNY", lang),
      grid: true,
      ...(type.phone ? { label: null } : { label, ...X_LABEL_BELOW }),
    },
    marks: [
      // The axis starts at zero, from the first row (below the total's label) to the last band.
      Plot.ruleX([0], { y1: rowsTop, y2: grid.size - 1, strokeOpacity: 0.6, className: "chart-zero" }),
      ...totalLine.marks,
      ...figureMarks(layout, opacity, grid),
      ...rowTexts(layout, opacity, grid),
    ],
  });
}
