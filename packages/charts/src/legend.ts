import * as Plot from "@observablehq/plot";
import type { LineGrid } from "./lineGrid.ts";
import { textWidth } from "./textWidth.ts";

/** An entry of a legend: a swatch (circle or square, filled or outlined) and its words. */
export interface LegendItem {
  label: string;
  symbol?: "circle" | "square";
  fill: string;
  stroke?: string;
  fillOpacity?: number;
}

const SWATCH = 12;
const GAP = 18;

/**
 * Returns Plot marks drawing a legend on the next lines of `grid`, from the frame's left edge, wrapped to
 * `width` pixels. Drawn inside the SVG, so that the chart stays one element and a legend can show what a
 * colour scale cannot (hollow against filled).
 */
export function legend(items: readonly LegendItem[], width: number, grid: LineGrid): Plot.Markish[] {
  const marks: Plot.Markish[] = [];
  let x = 0;
  let row = grid.lines(1);
  for (const item of items) {
    const w = SWATCH + 6 + textWidth(item.label, grid.type.font);
    if (x > 0 && x + w > width) {
      x = 0;
      row = grid.lines(1);
    }
    const line = row;
    const at = { frameAnchor: "left", y: () => line, dy: grid.half / 2 } as const;
    marks.push(
      Plot.dot([item], {
        ...at,
        dx: x + SWATCH / 2,
        r: SWATCH / 2 - 1,
        symbol: item.symbol ?? "circle",
        fill: item.fill,
        fillOpacity: item.fillOpacity ?? 1,
        stroke: item.stroke ?? item.fill,
        strokeWidth: 1.5,
        className: "chart-legend-swatch",
      }),
      Plot.text([item.label], {
        ...at,
        dx: x + SWATCH + 6,
        textAnchor: "start",
        lineAnchor: "middle",
        fontSize: grid.type.font,
        className: "chart-legend",
      }),
    );
    x += w + GAP;
  }
  return marks;
}
