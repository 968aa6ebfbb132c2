import { amountTickFormat, formatAmount } from "@newarea/data/format";
import * as Plot from "@observablehq/plot";
import { group } from "d3";
import type { ChartOptions } from "./ChartDescription.ts";
import { describeOutputPromises, type OutputPromisesOptions } from "./describeOutputPromises.ts";
import { opacityChannel, rowOpacity } from "./highlight.ts";
import { legend } from "./legend.ts";
import { pick } from "./localize.ts";
import { OPEN_END_REACH, openEnd } from "./openEnd.ts";
import { PALETTE } from "./palette.ts";
import { DEFAULT_WIDTH, FONT_SIZE, LINE_HEIGHT, plotBase } from "./plotBase.ts";
import {
  mergePromises,
  PROMISE_MEASURES,
  promiseAmount,
  promiseMeasureColor,
  promiseMeasureLabel,
  promiseUpper,
  sourceCountNote,
} from "./promiseModel.ts";
import type { OutputPromiseRow } from "./rows.ts";
import { rowTextMarks } from "./rowText.ts";
import { sideLabel } from "./sideLabel.ts";
import { wrapText } from "./wrapText.ts";

const MARK = 12;
const DOT_R = 5;
const LABEL_GAP = 6;
const MARGIN = { left: 24, right: 24, bottom: 40 };

/**
 * Draws what parks and projects promise once built (output value, capacity, targets) on a log axis of
 * yuan, never the investment axis: an exact figure is a dot, an order of magnitude (百亿元级) a band over
 * its decade, an open bound a dot with an open end; colour says which measure. A promise several sources
 * repeat (same subject, measure, value and bound) is drawn once, its label saying how many sources give it.
 * With `highlight`, the other subjects are dimmed. Returns Plot's SVG.
 */
export function outputPromises(
  rows: readonly OutputPromiseRow[],
  options: OutputPromisesOptions & ChartOptions,
): SVGElement | HTMLElement {
  const { lang, highlight } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const innerWidth = width - MARGIN.left - MARGIN.right;

  // Whole decades, at least two, from below the smallest figure to above the largest upper end (an open
  // bound gets room for its open end); 10亿 to 1万亿 when there is nothing to draw.
  const lows = rows.map((r) => r.value);
  const highs = rows.map((r) => promiseUpper(r) * (r.bound === "at_least" ? 3 : 1));
  const lo = lows.length ? Math.floor(Math.log10(Math.min(...lows))) : 9;
  const hi = Math.max(lo + 2, highs.length ? Math.ceil(Math.log10(Math.max(...highs))) : 12);
  const px = (v: number) => ((Math.log10(v) - lo) / (hi - lo)) * innerWidth;
  const valueAt = (x: number) => 10 ** (lo + (x / innerWidth) * (hi - lo));

  const measures = Object.keys(PROMISE_MEASURES).filter((m) => rows.some((r) => r.measure === m));
  const extra = [...new Set(rows.map((r) => r.measure))].filter((m) => !measures.includes(m));
  const key = legend(
    [...measures, ...extra].map((m) => ({
      label: promiseMeasureLabel(m, lang),
      fill: promiseMeasureColor(m),
    })),
    innerWidth,
  );
  let y = key.height + 10;

  const names: { x: number; y: number; text: string; opacity: number }[] = [];
  const bands: { x1: number; x2: number; y: number; color: string; title: string; opacity: number }[] = [];
  const dots: { x: number; y: number; color: string; filled: boolean; title: string; opacity: number }[] = [];
  const openEnds: { x: number; y: number; color: string; opacity: number }[] = [];
  const labels: { x: number; y: number; text: string; anchor: "start" | "end"; opacity: number }[] = [];
  for (const [id, ms] of group(mergePromises(rows), (m) => m.row.subject_id)) {
    const opacity = rowOpacity(highlight, id);
    const first = (ms[0] as (typeof ms)[number]).row;
    const nameLines = wrapText(
      lang === "zh" ? first.subject_name_zh : first.subject_name_en,
      innerWidth,
      FONT_SIZE,
      true,
    );
    names.push({ x: 10 ** lo, y, text: nameLines.join("\n"), opacity });
    y += nameLines.length * LINE_HEIGHT + 4;
    for (const { row: r, sourceCount } of ms) {
      const color = promiseMeasureColor(r.measure);
      // The band shows the decade, so the label need not spell out its ends (the description does).
      const measure = `${promiseMeasureLabel(r.measure, lang)}${lang === "zh" ? " " : ": "}`;
      const sources = sourceCountNote(sourceCount, lang);
      const text = `${measure}${formatAmount(r, lang)}${sources}`;
      const title = `${measure}${promiseAmount(r, lang)}${sources}`;
      const band = r.bound === "order_of_magnitude";
      const open = r.bound === "at_least";
      const left = band ? px(r.value) : px(r.value) - DOT_R;
      const right = band ? px(promiseUpper(r)) : px(r.value) + (open ? OPEN_END_REACH : DOT_R);
      const placed = sideLabel(text, {
        left,
        right,
        top: y,
        frameWidth: innerWidth,
        markHeight: MARK,
        gap: LABEL_GAP,
      });
      if (band) bands.push({ x1: r.value, x2: promiseUpper(r), y: placed.markY, color, title, opacity });
      else
        dots.push({
          x: r.value,
          y: placed.markY,
          color,
          filled: r.bound === "exact" || open,
          title,
          opacity,
        });
      if (open) openEnds.push({ x: r.value, y: placed.markY, color, opacity });
      labels.push({
        x: valueAt(placed.x),
        y: placed.y,
        text: placed.lines.join("\n"),
        anchor: placed.anchor,
        opacity,
      });
      y = placed.bottom + 6;
    }
    y += 10;
  }
  const description = describeOutputPromises(rows, options);
  const opacity = opacityChannel(highlight);
  const dot = {
    x: "x",
    y: "y",
    r: DOT_R,
    stroke: "color",
    strokeWidth: 1.5,
    opacity,
    title: "title",
    className: "chart-figure",
  } as const;

  return Plot.plot({
    ...plotBase(description, options),
    height: y + MARGIN.bottom,
    marginTop: 0,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    x: {
      type: "log",
      domain: [10 ** lo, 10 ** hi],
      ticks: Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i)),
      tickFormat: amountTickFormat("CNY", lang),
      grid: true,
      label: pick(lang, "人民币元，对数刻度", "CNY, log scale"),
      labelAnchor: "left",
      labelArrow: "none",
      labelOffset: 34,
    },
    y: { type: "identity", axis: null },
    color: { type: "identity" },
    marks: [
      ...key.marks,
      // An order of magnitude spans its decade: 百亿元级 is anything from 100亿 to 1000亿.
      Plot.rect(bands, {
        x1: "x1",
        x2: "x2",
        y1: (d) => d.y - MARK / 2,
        y2: (d) => d.y + MARK / 2,
        fill: "color",
        fillOpacity: 0.3,
        stroke: "color",
        strokeWidth: 1.5,
        opacity,
        title: "title",
        className: "chart-band",
      }),
      openEnd(openEnds, { color: PALETTE.grey, height: MARK }),
      Plot.dot(
        dots.filter((d) => d.filled),
        { ...dot, fill: "color" },
      ),
      Plot.dot(
        dots.filter((d) => !d.filled),
        { ...dot, fill: "none" },
      ),
      ...rowTextMarks(names, labels, opacity),
    ],
  });
}
