import { amountTickFormat, formatAmount } from "@newarea/data/format";
import * as Plot from "@observablehq/plot";
import { scaleLinear } from "d3";
import type { ChartOptions } from "./ChartDescription.ts";
import {
  describeInvestmentScale,
  groupProvenance,
  groupPublishers,
  type InvestmentScaleOptions,
} from "./describeInvestmentScale.ts";
import { opacityChannel, rowOpacity } from "./highlight.ts";
import { type FigureGroup, investmentModel } from "./investmentModel.ts";
import { pick } from "./localize.ts";
import { OPEN_END_REACH, openEnd } from "./openEnd.ts";
import { PALETTE } from "./palette.ts";
import { DEFAULT_WIDTH, FONT_SIZE, LINE_HEIGHT, plotBase, SMALL_FONT_SIZE } from "./plotBase.ts";
import type { InvestmentRow } from "./rows.ts";
import { textWidth } from "./textWidth.ts";
import { wrapText } from "./wrapText.ts";

const BAR = 14;
const DOT_R = 4.5;
const ROW_GAP = 16;
const MARGIN = { left: 14, right: 30, bottom: 40 };

interface Label {
  x: number;
  y: number;
  text: string;
  opacity: number;
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
  const { lang, highlight, total, showSources = false, sources } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const subjects = investmentModel(rows, lang);

  // The axis reaches the largest figure, the open ends drawn after bounds, and the total when given.
  let xMax = total ?? 1; // 1 yuan when there is nothing to draw, so that the scale is not empty
  for (const s of subjects) {
    if (s.high === null) continue;
    xMax = Math.max(xMax, s.openEnded ? (s.high * innerWidth) / (innerWidth - OPEN_END_REACH - 2) : s.high);
  }
  const ticks = Math.max(2, Math.floor(innerWidth / 80));
  // A rounded end when it costs little room; otherwise the axis ends at the data (or the total).
  const rounded = scaleLinear().domain([0, xMax]).nice(ticks).domain()[1] ?? xMax;
  const niceMax = rounded <= xMax * 1.15 ? rounded : xMax * 1.02;
  const xAt = (px: number) => (px / innerWidth) * niceMax; // a pixel offset from the axis start, in yuan

  let y = 0;
  const totalLabels: Label[] = [];
  if (total !== undefined) {
    const text = pick(lang, "全年计划项目总投资", "Planned total investment of the year's projects: ");
    const lines = wrapText(
      text + formatAmount({ value: total, unit: "CNY", bound: "exact" }, lang),
      innerWidth * 0.9,
    );
    totalLabels.push({ x: total, y, text: lines.join("\n"), opacity: 1 });
    y += lines.length * LINE_HEIGHT + 8;
  }
  const rowsTop = y;

  const names: Label[] = [];
  const values: Label[] = [];
  const notes: Label[] = [];
  const undisclosed: Label[] = [];
  const bars: {
    x1: number;
    x2: number;
    y1: number;
    y2: number;
    opacity: number;
    fillOpacity: number;
    title: string;
  }[] = [];
  const ranges: { x1: number; x2: number; y: number; opacity: number }[] = [];
  const leaders: { x1: number; x2: number; y: number; opacity: number }[] = [];
  const dots: { x: number; y: number; opacity: number; exact: boolean; title: string }[] = [];
  const openEnds: { x: number; y: number; opacity: number }[] = [];

  for (const s of subjects) {
    const opacity = rowOpacity(highlight, s.id);
    const nameLines = wrapText(s.name, innerWidth, FONT_SIZE, true);
    names.push({ x: 0, y, text: nameLines.join("\n"), opacity });
    let textLines = nameLines.length;
    if (s.shape !== "undisclosed") {
      // The label goes after a one-line name when the line has room, otherwise on lines of its own.
      const nameWidth = textWidth(nameLines[0] ?? "", FONT_SIZE, true) + 10;
      if (nameLines.length === 1 && nameWidth + textWidth(s.label) <= innerWidth) {
        values.push({ x: xAt(nameWidth), y, text: s.label, opacity });
      } else {
        const valueLines = wrapText(s.label, innerWidth);
        values.push({ x: 0, y: y + textLines * LINE_HEIGHT, text: valueLines.join("\n"), opacity });
        textLines += valueLines.length;
      }
    }
    const cy = y + textLines * LINE_HEIGHT + 4 + BAR / 2;
    const high = s.groups.at(-1);
    const title = (g: FigureGroup) => `${s.name}: ${g.label} (${groupProvenance(g, lang)})`;
    if (s.shape === "undisclosed") {
      undisclosed.push({ x: 0, y: cy, text: s.label, opacity });
    } else if (s.shape === "range" && s.low !== null && s.high !== null) {
      ranges.push({ x1: s.low, x2: s.high, y: cy, opacity });
      leaders.push({ x1: 0, x2: s.low, y: cy, opacity });
      for (const g of s.groups)
        dots.push({ x: g.value, y: cy, opacity, exact: g.bound === "exact", title: title(g) });
    } else if (high !== undefined) {
      const approx = high.bound === "approx" || high.bound === "at_most";
      bars.push({
        x1: 0,
        x2: high.value,
        y1: cy - BAR / 2,
        y2: cy + BAR / 2,
        opacity,
        fillOpacity: approx ? 0.55 : 1,
        title: title(high),
      });
    }
    if (s.openEnded && high !== undefined) openEnds.push({ x: high.value, y: cy, opacity });
    y = cy + BAR / 2;
    if (showSources && s.groups.length > 0) {
      const said = s.groups.map((g) => groupPublishers(g, lang, sources));
      const lines = wrapText(said.join(lang === "zh" ? "；" : "; "), innerWidth, SMALL_FONT_SIZE);
      notes.push({ x: 0, y: y + 4, text: lines.join("\n"), opacity });
      y += 4 + lines.length * (SMALL_FONT_SIZE + 3);
    }
    y += ROW_GAP;
  }
  const rowsBottom = y - ROW_GAP / 2;
  const description = describeInvestmentScale(rows, options);
  const text = { x: "x", y: "y", text: "text", textAnchor: "start", lineAnchor: "top" } as const;
  const opacity = opacityChannel(highlight);
  const dot = {
    x: "x",
    y: "y",
    r: DOT_R,
    stroke: PALETTE.blue,
    strokeWidth: 2,
    opacity,
    title: "title",
    className: "chart-figure",
  } as const;

  return Plot.plot({
    ...plotBase(description, options),
    height: rowsBottom + MARGIN.bottom,
    marginTop: 0,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    x: {
      domain: [0, niceMax],
      ticks,
      tickFormat: amountTickFormat("CNY", lang),
      grid: true,
      label: pick(lang, "总投资（人民币元）", "Total investment (CNY)"),
      labelAnchor: "left",
      labelArrow: "none",
      labelOffset: 34,
    },
    y: { type: "identity", axis: null },
    marks: [
      Plot.ruleX([0], { y1: rowsTop, y2: rowsBottom, strokeOpacity: 0.6 }),
      total === undefined
        ? null
        : Plot.ruleX([total], {
            y1: 0,
            y2: rowsBottom,
            strokeDasharray: "4,3",
            strokeOpacity: 0.7,
            className: "chart-total",
          }),
      Plot.text(totalLabels, {
        ...text,
        textAnchor: "end",
        dx: -4,
        lineHeight: LINE_HEIGHT / FONT_SIZE,
        className: "chart-total-label",
      }),
      Plot.rect(bars, {
        x1: "x1",
        x2: "x2",
        y1: "y1",
        y2: "y2",
        fill: PALETTE.blue,
        fillOpacity: { value: "fillOpacity", scale: null },
        opacity,
        title: "title",
        className: "chart-bar",
      }),
      openEnd(openEnds, { color: PALETTE.blue, height: BAR }),
      // A dotted leader from the axis start to a range, so the eye reads its distance from zero.
      Plot.ruleY(leaders, {
        x1: "x1",
        x2: "x2",
        y: "y",
        strokeOpacity: 0.35,
        strokeDasharray: "1,3",
        insetRight: DOT_R + 2,
        opacity,
        className: "chart-leader",
      }),
      Plot.ruleY(ranges, {
        x1: "x1",
        x2: "x2",
        y: "y",
        stroke: PALETTE.blue,
        strokeWidth: 2,
        insetLeft: DOT_R,
        insetRight: DOT_R,
        opacity,
        className: "chart-range",
      }),
      // An exact figure is a filled dot; an approximate one (约) a hollow dot.
      Plot.dot(
        dots.filter((d) => d.exact),
        { ...dot, fill: PALETTE.blue },
      ),
      Plot.dot(
        dots.filter((d) => !d.exact),
        { ...dot, fill: "none" },
      ),
      Plot.text(undisclosed, {
        ...text,
        lineAnchor: "middle",
        dx: 2,
        fillOpacity: 0.75,
        opacity,
        className: "chart-not-disclosed",
      }),
      Plot.text(names, {
        ...text,
        fontWeight: 600,
        lineHeight: LINE_HEIGHT / FONT_SIZE,
        opacity,
        className: "chart-name",
      }),
      Plot.text(values, { ...text, lineHeight: LINE_HEIGHT / FONT_SIZE, opacity, className: "chart-value" }),
      Plot.text(notes, {
        ...text,
        fontSize: SMALL_FONT_SIZE,
        fillOpacity: 0.75,
        lineHeight: (SMALL_FONT_SIZE + 3) / SMALL_FONT_SIZE,
        opacity,
        className: "chart-sources",
      }),
    ],
  });
}
