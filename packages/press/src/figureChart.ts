import type { ChartDescription } from "@newarea/charts";
import type { ChartDefinition } from "./charts.ts";

/** The two widths every chart is drawn at: phones get the narrow one, wider screens the wide one. */
export const WIDTHS = { narrow: 360, wide: 640 } as const;

/**
 * Draws a chart for a figure that carries its accessible name and description (the page's figure
 * element): the chart itself is marked aria-hidden. `description` is the one computed for this chart
 * state; the same call draws at build time (linkedom's `document`) and in the browser (the page's).
 */
export function drawForFigure(
  // biome-ignore lint/suspicious/noExplicitAny: any chart, whatever its rows and options.
  def: ChartDefinition<any, any>,
  rows: readonly unknown[],
  options: Record<string, unknown>,
  description: ChartDescription,
  width: number,
  document?: Document,
): SVGElement | HTMLElement {
  const el = def.draw(rows, { ...options, description, width, ...(document ? { document } : {}) });
  el.setAttribute("aria-hidden", "true");
  el.removeAttribute("aria-label");
  el.removeAttribute("aria-description");
  return el;
}
