import * as charts from "@newarea/charts";
import { parseHTML } from "linkedom";

/** What `describe<Chart>` returns (the @newarea/charts ChartDescription). */
export interface Description {
  title: string;
  subtitle: string;
  alt: string;
  source: string;
  table: { columns: { key: string; label: string }[]; rows: Record<string, string | number | null>[] };
}

type ChartFn = (rows: readonly unknown[], options: Record<string, unknown>) => Element;
type DescribeFn = (rows: readonly unknown[], options: Record<string, unknown>) => Description;

/** The two widths every chart is drawn at: phones get the narrow one, wider screens the wide one. */
export const WIDTHS = { narrow: 360, wide: 640 } as const;

/** Returns the chart and describe functions named `fn` in @newarea/charts, or throws naming what is missing. */
export function chartFunctions(fn: string): { draw: ChartFn; describe: DescribeFn } {
  const lib = charts as unknown as Record<string, unknown>;
  const describeName = `describe${fn[0]?.toUpperCase()}${fn.slice(1)}`;
  const draw = lib[fn];
  const describe = lib[describeName];
  if (typeof draw !== "function" || typeof describe !== "function") {
    throw new Error(`@newarea/charts has no ${typeof draw !== "function" ? fn : describeName}()`);
  }
  return { draw: draw as ChartFn, describe: describe as DescribeFn };
}

/**
 * Draws a chart at build time into a linkedom document and returns its markup, marked aria-hidden: the
 * figure around it carries the accessible name and description.
 */
export function drawChart(
  fn: string,
  rows: readonly unknown[],
  options: Record<string, unknown>,
  width: number,
): string {
  const { document } = parseHTML("<!DOCTYPE html><html><head></head><body></body></html>");
  const el = chartFunctions(fn).draw(rows, { ...options, document, width });
  el.setAttribute("aria-hidden", "true");
  el.removeAttribute("aria-label");
  el.removeAttribute("aria-description");
  return el.outerHTML;
}
