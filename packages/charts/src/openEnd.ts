import type { RenderFunction } from "@observablehq/plot";

/** Where an open end starts: the bound's value on x and the row's centre in pixels on y. */
export interface OpenEndItem {
  x: number;
  y: number;
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
 * on, we do not know how far. Works on any x scale (linear or log), since it is drawn in pixels.
 */
export function openEnd(
  items: readonly OpenEndItem[],
  { length = OPEN_END_LENGTH, height = 14, color }: { length?: number; height?: number; color: string },
): RenderFunction {
  return (_index, scales, _values, _dimensions, context) => {
    const doc = context.document;
    const g = doc.createElementNS(SVG_NS, "g");
    g.setAttribute("class", "chart-open-end");
    const x = scales.x;
    if (!x) return g;
    const step = length / STEPS.length;
    for (const item of items) {
      const x0: number = x(item.x);
      const row = doc.createElementNS(SVG_NS, "g");
      if (item.opacity !== undefined && item.opacity !== 1) row.setAttribute("opacity", String(item.opacity));
      STEPS.forEach((opacity, i) => {
        const rect = doc.createElementNS(SVG_NS, "rect");
        rect.setAttribute("x", String(x0 + i * step));
        rect.setAttribute("y", String(item.y - height / 2));
        rect.setAttribute("width", String(step));
        rect.setAttribute("height", String(height));
        rect.setAttribute("fill", item.color ?? color);
        rect.setAttribute("fill-opacity", String(opacity));
        row.append(rect);
      });
      const chevron = doc.createElementNS(SVG_NS, "path");
      const tip = x0 + length + 8;
      const h = height / 2;
      chevron.setAttribute(
        "d",
        `M${tip - h * 0.7},${item.y - h}L${tip},${item.y}L${tip - h * 0.7},${item.y + h}`,
      );
      chevron.setAttribute("fill", "none");
      chevron.setAttribute("stroke", item.color ?? color);
      chevron.setAttribute("stroke-width", "2");
      row.append(chevron);
      g.append(row);
    }
    return g;
  };
}
