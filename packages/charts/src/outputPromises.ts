import type { Lang, OutputPromiseRow } from "@newarea/data";
import { amountTickFormat, formatAmount, measureLabel } from "@newarea/data/format";
import * as Plot from "@observablehq/plot";
import { group, type ScaleLogarithmic, scaleLog } from "d3";
import type { ChartOptions } from "./ChartDescription.ts";
import { describeOutputPromises, type OutputPromisesOptions } from "./describeOutputPromises.ts";
import { gridAxisX } from "./gridAxis.ts";
import { type OpacityChannel, opacityChannel } from "./highlight.ts";
import { legend } from "./legend.ts";
import { LineGrid, onLine, rectOnLine, textOnGrid } from "./lineGrid.ts";
import { pick } from "./localize.ts";
import { keyed, markKey } from "./markKey.ts";
import { OPEN_END_REACH, openEnd } from "./openEnd.ts";
import { PALETTE } from "./palette.ts";
import { chartType, DEFAULT_WIDTH, plotBase } from "./plotBase.ts";
import {
  type MergedPromise,
  mergePromises,
  PROMISE_COLORS,
  promiseAmount,
  promiseMeasureColor,
  promisePanels,
  promiseUpper,
  sourceCountNote,
} from "./promiseModel.ts";
import { layoutSubjectRows, type PlacedItem, type SubjectRows, subjectTextMarks } from "./subjectRows.ts";

const MARK = 12;
const DOT_R = 5;
// Room for half of a tick label at either end.
const MARGIN = { left: 24, right: 24, bottom: 4 };
const PHONE_MARGIN = { left: 18, right: 18, bottom: 4 };

type Placed = PlacedItem<MergedPromise>;

/**
 * Returns the log axis's whole decades, at least two, from below the smallest figure to above the largest
 * upper end (an open bound gets room for its open end); 10亿 to 1万亿 when there is nothing to draw.
 */
function decades(rows: readonly OutputPromiseRow[]): [number, number] {
  const lows = rows.map((r) => r.value);
  const highs = rows.map((r) => promiseUpper(r) * (r.bound === "at_least" ? 3 : 1));
  const lo = lows.length ? Math.floor(Math.log10(Math.min(...lows))) : 9;
  const hi = Math.max(lo + 2, highs.length ? Math.ceil(Math.log10(Math.max(...highs))) : 12);
  return [lo, hi];
}

/** Returns each subject's promises as rows of the chart, a promise several sources repeat once. */
function promiseRows(
  rows: readonly OutputPromiseRow[],
  x: ScaleLogarithmic<number, number>,
  lang: Lang,
): SubjectRows<MergedPromise>[] {
  return [...group(mergePromises(rows), (m) => m.row.subject_id)].map(([id, ms]) => ({
    id,
    name: lang === "zh" ? (ms[0]?.row.subject_name_zh ?? id) : (ms[0]?.row.subject_name_en ?? id),
    items: ms.map((m) => {
      const r = m.row;
      // The band shows the decade, so the label need not spell out its ends (the description does).
      const text = `${measureLabel(r.measure, lang)}${lang === "zh" ? " " : ": "}${formatAmount(r, lang)}${sourceCountNote(m.sourceCount, lang)}`;
      const band = r.bound === "order_of_magnitude";
      const left = band ? x(r.value) : x(r.value) - DOT_R;
      const right = band
        ? x(promiseUpper(r))
        : x(r.value) + (r.bound === "at_least" ? OPEN_END_REACH : DOT_R);
      return { datum: m, key: markKey(id, r.figure_id), text, left, right };
    }),
  }));
}

/** Returns the marks of the promises: a band over its decade for an order of magnitude, a dot otherwise, an open end after an open bound. */
function promiseMarks(items: Placed[], lang: Lang, opacity: OpacityChannel, grid: LineGrid): Plot.Markish[] {
  const height = Math.min(MARK, grid.type.line - 4);
  const color = (d: Placed) => promiseMeasureColor(d.datum.row.measure);
  const title = ({ datum: { row, sourceCount } }: Placed) =>
    `${measureLabel(row.measure, lang)}${lang === "zh" ? " " : ": "}${promiseAmount(row, lang)}${sourceCountNote(sourceCount, lang)}`;
  const bands = items.filter((d) => d.datum.row.bound === "order_of_magnitude");
  const dots = (filled: boolean) => {
    const data = items.filter(
      (d) =>
        d.datum.row.bound !== "order_of_magnitude" &&
        ["exact", "at_least"].includes(d.datum.row.bound) === filled,
    );
    const style = {
      ...onLine(grid),
      x: (d: Placed) => d.datum.row.value,
      r: DOT_R,
      stroke: color,
      strokeWidth: 1.5,
    };
    const fill = filled ? color : "none";
    return Plot.dot(data, { ...style, fill, opacity, title, className: "chart-figure", ...keyed(data) });
  };
  const open = items.filter((d) => d.datum.row.bound === "at_least");
  return [
    // An order of magnitude spans its decade: 百亿元量级 is anything from 100亿 to 1000亿.
    Plot.rect(bands, {
      ...rectOnLine(grid, height),
      x1: (d: Placed) => d.datum.row.value,
      x2: (d: Placed) => promiseUpper(d.datum.row),
      fill: color,
      fillOpacity: 0.3,
      stroke: color,
      strokeWidth: 1.5,
      opacity,
      title,
      className: "chart-band",
      ...keyed(bands),
    }),
    openEnd(
      open.map((d) => ({
        x: d.datum.row.value,
        row: d.row,
        key: d.key,
        color: color(d),
        opacity: d.opacity,
      })),
      { color: PALETTE.grey, height, half: grid.half },
    ),
    dots(true),
    dots(false),
  ];
}

/**
 * Draws what parks and projects promise once built (output value, capacity, targets) on log axes of
 * yuan, never the investment axis, in two panels with an axis each, output value (产值) over capacity (产能),
 * which are different measures even where both say 300亿元: an exact figure is a dot, an order of magnitude (百亿元量级) a band over
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
  const margin = chartType(width).phone ? PHONE_MARGIN : MARGIN;
  const innerWidth = width - margin.left - margin.right;
  const [lo, hi] = decades(rows);
  const x = scaleLog()
    .domain([10 ** lo, 10 ** hi])
    .range([0, innerWidth]);

  const grid = new LineGrid(chartType(width));
  const measures = [...Object.keys(PROMISE_COLORS), ...rows.map((r) => r.measure)].filter(
    (m, i, all) => all.indexOf(m) === i && rows.some((r) => r.measure === m),
  );
  const items = measures.map((m) => ({ label: measureLabel(m, lang), fill: promiseMeasureColor(m) }));
  // On a phone the panel headings and the labels beside the marks name each measure: no legend above.
  const key = grid.type.phone ? [] : legend(items, innerWidth, grid);
  const opacity = opacityChannel(highlight);
  const ticks = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));

  // One panel per kind of promise, each over its own axis: 产能 and 产值 never share one.
  const phone = grid.type.phone;
  const panels = promisePanels(rows).flatMap(({ panel, rows: panelRows }, i) => {
    // On a phone nothing stands above the first panel: its rule needs no room from a legend.
    grid.take(phone && i === 0 ? 1 : 2);
    const top = grid.take(1);
    const heading = { key: panel.id, row: grid.lines(1), text: pick(lang, panel.zh, panel.en) };
    grid.take(1);
    const layout = layoutSubjectRows(grid, promiseRows(panelRows, x, lang), {
      frameWidth: innerWidth,
      highlight,
    });
    const axis = gridAxisX(grid, {
      ticks,
      top,
      format: amountTickFormat("CNY", lang),
      // On a phone the subtitle says log scale, the labels say yuan and the heading says the measure.
      label: phone ? undefined : pick(lang, `${panel.zh}，人民币元，对数刻度`, `${panel.en}, CNY, log scale`),
    });
    return [
      // A rule over each panel, so that the panels read as two charts, not one.
      Plot.ruleY([top], {
        y: (d: number) => d,
        dy: -grid.half / 2,
        stroke: "currentColor",
        strokeOpacity: 0.4,
      }),
      Plot.text([heading], {
        ...textOnGrid(grid),
        frameAnchor: "left",
        text: "text",
        textAnchor: "start",
        fontWeight: 700,
        className: "panel-heading",
      }),
      ...axis,
      ...promiseMarks(layout.items, lang, opacity, grid),
      ...subjectTextMarks(layout, x.invert, opacity, grid),
    ];
  });

  return Plot.plot({
    ...plotBase(options.description ?? describeOutputPromises(rows, options), options),
    ...grid.frame(margin),
    x: { type: "log", domain: x.domain(), axis: null },
    color: { type: "identity" },
    marks: [...key, ...panels],
  });
}
