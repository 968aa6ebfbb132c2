import type { RenderFunction } from "@observablehq/plot";
import type { OnGrid } from "./lineGrid.ts";
import type { MarkKey } from "./markKey.ts";

/** Where an open end starts: the bound's value on x, on the line that starts at band `row`. */
export interface OpenEndItem extends OnGrid {
  x: number;
  key: MarkKey;
  opacity?: number;
  /** The colour of this item; the mark's colour when not given. */
  color?: string;
}

/** Length of the fading extension in pixels, and how far the chevron reaches past the bound. */
export const OPEN_END_LENGTH = 36;
export const OPEN_END_REACH = OPEN_END_LENGTH + 8;

const SVG_NS = "http://www.w3.org/2000/svg";
const STEPS = [0.55, 0.35, 0.2, 0.08];

/**
 * Returns a Plot mark that draws, after each bound, a fading extension ending in a chevron: the bar goes
 * on, we do not know how far. Works on any x scale (linear or log), since it is drawn in pixels; each
 * item's group carries its `data-key`.
 */
export function openEnd(
  items: readonly OpenEndItem[],
  {
    length = OPEN_END_LENGTH,
    height = 14,
    half,
    color,
  }: { length?: number; height?: number; half: number; color: string },
): RenderFunction {
  return (_index, scales, _values, _dimensions, context) => {
    const doc = context.document;
    const g = doc.createElementNS(SVG_NS, "g");
    g.setAttribute("class", "chart-open-end");
    const { x, y } = scales;
    if (!x || !y) return g;
    const step = length / STEPS.length;
    for (const item of items) {
      const x0: number = x(item.x);
      const cy: number = y(item.row) + half;
      const row = doc.createElementNS(SVG_NS, "g");
      row.setAttribute("data-key", item.key);
      if (item.opacity !== undefined && item.opacity !== 1) row.setAttribute("opacity", String(item.opacity));
      STEPS.forEach((opacity, i) => {
        const rect = doc.createElementNS(SVG_NS, "rect");
        rect.setAttribute("x", String(x0 + i * step));
        rect.setAttribute("y", String(cy - height / 2));
        rect.setAttribute("width", String(step));
        rect.setAttribute("height", String(height));
        rect.setAttribute("fill", item.color ?? color);
        rect.setAttribute("fill-opacity", String(opacity));
        row.append(rect);
      });
      const chevron = doc.createElementNS(SVG_NS, "path");
      const tip = x0 + length + 8;
      const h = height / 2;
      chevron.setAttribute("d", `M${tip - h * 0.7},${cy - h}L${tip},${cy}L${tip - h * 0.7},${cy + h}`);
      chevron.setAttribute("fill", "none");
      chevron.setAttribute("stroke", item.color ?? color);
      chevron.setAttribute("stroke-width", "2");
      row.append(chevron);
      g.append(row);
    }
    return g;
  };
}
