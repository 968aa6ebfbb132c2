import type { InvestmentRow, Lang } from "@newarea/data";
import { amountTickFormat, formatAmount } from "@newarea/data/format";
import * as Plot from "@observablehq/plot";
import { scaleLinear } from "d3";
import type { ChartDescription, ChartOptions } from "./ChartDescription.ts";
import { describeInvestmentScale, type InvestmentScaleOptions } from "./describeInvestmentScale.ts";
import { type OpacityChannel, opacityChannel } from "./highlight.ts";
import { type InvestmentSubject, investmentModel } from "./investmentModel.ts";
import {
  type InvestmentLayout,
  type InvestmentRowContext,
  layoutInvestmentRows,
  NOTE_GAP,
  NOTE_LINE_HEIGHT,
} from "./investmentRows.ts";
import { LineGrid, ON_LINE, rectOnLine, TEXT_ON_GRID } from "./lineGrid.ts";
import { pick } from "./localize.ts";
import { keyed } from "./markKey.ts";
import { OPEN_END_REACH, openEnd } from "./openEnd.ts";
import { PALETTE } from "./palette.ts";
import { DEFAULT_WIDTH, plotBase, SMALL_FONT_SIZE, X_LABEL_BELOW } from "./plotBase.ts";
import { wrapText } from "./wrapText.ts";

const BAR = 14;
const DOT_R = 4.5;
const MARGIN = { left: 14, right: 30, bottom: 40 };

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
function figureMarks(layout: InvestmentLayout, opacity: OpacityChannel): Plot.Markish[] {
  const { bars, ranges, dots, openEnds } = layout;
  const dot = {
    ...ON_LINE,
    x: "x",
    r: DOT_R,
    stroke: PALETTE.blue,
    strokeWidth: 2,
    opacity,
    title: "title",
  } as const;
  const exact = dots.filter((d) => d.exact);
  const approx = dots.filter((d) => !d.exact);
  return [
    Plot.rect(bars, {
      ...rectOnLine(BAR),
      x1: 0,
      x2: "x2",
      fill: PALETTE.blue,
      fillOpacity: { value: "fillOpacity", scale: null },
      opacity,
      title: "title",
      className: "chart-bar",
      ...keyed(bars),
    }),
    openEnd(openEnds, { color: PALETTE.blue, height: BAR }),
    // A dotted leader from the axis start to a range, so the eye reads its distance from zero.
    Plot.ruleY(ranges, {
      ...ON_LINE,
      x1: 0,
      x2: "x1",
      strokeOpacity: 0.35,
      strokeDasharray: "1,3",
      insetRight: DOT_R + 2,
      opacity,
      className: "chart-leader",
      ...keyed(ranges),
    }),
    Plot.ruleY(ranges, {
      ...ON_LINE,
      x1: "x1",
      x2: "x2",
      stroke: PALETTE.blue,
      strokeWidth: 2,
      insetLeft: DOT_R,
      insetRight: DOT_R,
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
function rowTexts(layout: InvestmentLayout, opacity: OpacityChannel): Plot.Markish[] {
  const { names, values, undisclosed, notes } = layout;
  const text = { ...TEXT_ON_GRID, x: "x", text: "text", textAnchor: "start", opacity } as const;
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
    Plot.text(notes, {
      ...text,
      fontSize: SMALL_FONT_SIZE,
      dy: TEXT_ON_GRID.dy + NOTE_GAP,
      fillOpacity: 0.75,
      lineHeight: NOTE_LINE_HEIGHT / SMALL_FONT_SIZE,
      className: "chart-sources",
      ...keyed(notes),
    }),
  ];
}

/** Takes the lines of the total's label at the top and returns its marks: the label and a dashed rule down the frame. */
function totalMarks(
  grid: LineGrid,
  total: number | undefined,
  lang: Lang,
  innerWidth: number,
): Plot.Markish[] {
  if (total === undefined) return [];
  const words = pick(lang, "全年计划项目总投资", "Planned total investment of the year's projects: ");
  const amount = formatAmount({ value: total, unit: "CNY", bound: "exact" }, lang);
  const lines = wrapText(words + amount, innerWidth * 0.9);
  const label = [{ key: "total", x: total, row: grid.lines(lines.length), text: lines.join("\n") }];
  grid.take(1);
  const rule = { x: "x", strokeDasharray: "4,3", strokeOpacity: 0.7, className: "chart-total" } as const;
  const text = { ...TEXT_ON_GRID, x: "x", text: "text", textAnchor: "end", dx: -4 } as const;
  return [
    Plot.ruleX(label, { ...rule, ...keyed(label) }),
    Plot.text(label, { ...text, className: "chart-total-label", ...keyed(label) }),
  ];
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
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const { end, ticks } = axisEnd(subjects, total, innerWidth);
  const x = scaleLinear().domain([0, end]).range([0, innerWidth]);
  const grid = new LineGrid();
  const totalLine = totalMarks(grid, total, lang, innerWidth);
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
  grid.take(1);
  const opacity = opacityChannel(highlight);

  return Plot.plot({
    ...plotBase(description, options),
    ...grid.frame(MARGIN),
    x: {
      domain: [0, end],
      ticks,
      tickFormat: amountTickFormat("CNY", lang),
      grid: true,
      label: pick(lang, "总投资（人民币元）", "Total investment (CNY)"),
      ...X_LABEL_BELOW,
    },
    marks: [
      // The axis starts at zero, from the first row (below the total's label) to the last band.
      Plot.ruleX([0], { y1: rowsTop, y2: grid.size - 1, strokeOpacity: 0.6, className: "chart-zero" }),
      ...totalLine,
      ...figureMarks(layout, opacity),
      ...rowTexts(layout, opacity),
    ],
  });
}
