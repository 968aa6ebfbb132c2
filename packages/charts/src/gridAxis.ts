import * as Plot from "@observablehq/plot";
import { HALF_LINE, type LineGrid, TEXT_ON_GRID } from "./lineGrid.ts";

/** Options of `gridAxisX`. */
export interface GridAxisOptions {
  /** The x values to mark (in the x scale's units). */
  ticks: readonly number[];
  /** The band where the gridlines start: the top of the panel the axis belongs to. */
  top: number;
  format: (x: number) => string;
  label: string;
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
  const title = grid.lines(1);
  const x = (d: number) => d;
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
      ...TEXT_ON_GRID,
      x,
      y: () => labels,
      text: format,
      textAnchor: "middle",
      className: "axis-tick-label",
    }),
    Plot.text([label], {
      ...TEXT_ON_GRID,
      y: () => title,
      frameAnchor: "left",
      textAnchor: "start",
      dy: TEXT_ON_GRID.dy + HALF_LINE / 2,
      className: "axis-label",
    }),
  ];
}
