import { translateOf } from "./geometry.ts";

/** The part of Plot's figure this reads: `scale(name)` with `invert` (Plot 0.6). */
interface PlotFigure extends Element {
  scale?: (name: string) => { invert?: (px: number) => unknown } | undefined;
}

/** Returns a tick's value as the key's number: epoch milliseconds for a date, ten significant digits otherwise. */
function tickValue(v: unknown): number | undefined {
  const n = v instanceof Date ? v.getTime() : typeof v === "number" ? v : Number.NaN;
  return Number.isFinite(n) ? Number(n.toPrecision(10)) : undefined;
}

/**
 * Marks each tick, tick label and grid line of a Plot chart's axes with `data-tick="<axis>:<value>"`, the
 * value its position stands for on the chart's scale: across states of a chart, the same value is the
 * same tick, which slides when the scale changes (see morphSvgs). A chart that is not Plot's, or an axis
 * whose scale cannot be inverted, is left as it is.
 */
export function keyTicks(figure: Element): void {
  const plot = figure as PlotFigure;
  if (typeof plot.scale !== "function") return;
  for (const g of figure.querySelectorAll("g[aria-label]")) {
    const m = /^(f?[xy])-(axis tick|axis tick label|grid)$/.exec(g.getAttribute("aria-label") ?? "");
    if (!m) continue;
    const axis = m[1] as string;
    const invert = plot.scale(axis)?.invert;
    if (!invert) continue;
    const k = axis.endsWith("x") ? 0 : 1;
    for (const el of g.children) {
      const t = translateOf(el);
      const own = Number(el.getAttribute(k === 0 ? "x1" : "y1") ?? 0);
      const px = (t?.[k] ?? 0) + (Number.isFinite(own) ? own : 0);
      const value = tickValue(invert(px));
      if (value !== undefined) el.setAttribute("data-tick", `${axis}:${value}`);
    }
  }
}
