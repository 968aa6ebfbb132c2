import * as Plot from "@observablehq/plot";
import { type LineGrid, textOnGrid } from "./lineGrid.ts";

/** Options of `gridAxisX`. */
export interface GridAxisOptions {
  /** The x values to mark (in the x scale's units). */
  ticks: readonly number[];
  /** The band where the gridlines start: the top of the panel the axis belongs to. */
  top: number;
  format: (x: number) => string;
  /** The axis label; none (and no line for it) where the chart's subtitle and labels say the unit and scale. */
  label?: string | undefined;
}

/**
 * Takes the lines of an x axis on the next rows of `grid` and returns its marks: gridlines from `top` down
 * to it, a tick and a label per value, and the axis label under them, from the frame's left. Plot draws
 * one x axis under the frame; a chart of panels that must not share an axis draws one per panel with this.
 * Classes name the parts: `axis-grid`, `axis-tick`, `axis-tick-label`, `axis-label` (not `chart-…`: they belong to no subject).
 */
export function gridAxisX(grid: LineGrid, { ticks, top, format, label }: GridAxisOptions): Plot.Markish[] {
  const row = grid.take(1);
  const labels = grid.lines(1);
  const title = label === undefined ? [] : [{ text: label, row: grid.lines(1) }];
  const x = (d: number) => d;
  const onGrid = textOnGrid(grid);
  return [
    Plot.ruleX(ticks, {
      x,
      y1: () => top,
      y2: () => row,
      stroke: "currentColor",
      strokeOpacity: 0.1,
      className: "axis-grid",
    }),
    Plot.tickX(ticks, { x, y: () => row, stroke: "currentColor", className: "axis-tick" }),
    Plot.text(ticks, {
      ...onGrid,
      x,
      y: () => labels,
      text: format,
      textAnchor: "middle",
      className: "axis-tick-label",
    }),
    Plot.text(title, {
      ...onGrid,
      y: (d: { row: number }) => d.row,
      text: "text",
      frameAnchor: "left",
      textAnchor: "start",
      dy: onGrid.dy + grid.half / 2,
      className: "axis-label",
    }),
  ];
}
