import type { ChartDescription } from "@newarea/charts";
import type { NamedQuery } from "@newarea/data";
import { formatCsv } from "@newarea/data";
import { parseHTML } from "linkedom";
import { type ChartContext, type ChartDefinition, checkChartOptions } from "./charts.ts";
import { drawForFigure, WIDTHS } from "./figureChart.ts";
import { keyTicks } from "./morph/keyTicks.ts";
import { roundAttributes } from "./render/roundAttributes.ts";

/** A chart drawn in one state (its options as written) with everything a figure around it shows. */
export interface ChartState {
  chart: string;
  query: NamedQuery;
  /** The options as written: `{ highlight: "x" }`. */
  written: Record<string, string>;
  /** The chart function's options (plain JSON), for the browser to draw it again. */
  options: Record<string, unknown>;
  /** The chart in words, computed once for this state. */
  description: ChartDescription;
  /** SVG (or HTML) markup at the narrow and wide widths. */
  narrow: string;
  wide: string;
  /** The subjects with a mark in this chart: what `highlight=` may name, and what the editor is told about when it changes. */
  keys: string[];
}

/**
 * Checks `written` against the chart and its rows (an unknown option, a `highlight=` naming a subject
 * without a row), turns it into the chart's options, describes the chart once and draws it at both
 * widths with that description. Throws an Error whose message says what is wrong; the caller adds the
 * file and line.
 */
export async function drawChartState(
  // biome-ignore lint/suspicious/noExplicitAny: any chart, whatever its rows and options.
  def: ChartDefinition<any, any>,
  rows: readonly unknown[],
  written: Record<string, string>,
  ctx: ChartContext,
): Promise<ChartState> {
  const problem = checkChartOptions(def, written, rows);
  if (problem) throw new Error(problem);
  const options = (await def.resolve(written, ctx)) as Record<string, unknown>;
  return drawWithOptions(def, rows, options, written);
}

/**
 * Describes a chart once and draws it at both widths with options a page computed itself (a window of
 * dates, a subject's own rows) rather than options written in a document. `written` is what the state
 * records as written (nothing, for a page's own chart). Throws an Error naming the chart when it cannot draw.
 */
export function drawWithOptions(
  // biome-ignore lint/suspicious/noExplicitAny: any chart, whatever its rows and options.
  def: ChartDefinition<any, any>,
  rows: readonly unknown[],
  options: Record<string, unknown>,
  written: Record<string, string> = {},
): ChartState {
  try {
    const description = def.describe(rows, options);
    const { document } = parseHTML("<!DOCTYPE html><html><head></head><body></body></html>");
    // Axis ticks carry their value, so that a chart's states can be drawn as one whose ticks slide.
    const draw = (width: number) => {
      const el = drawForFigure(def, rows, options, description, width, document);
      keyTicks(el);
      roundAttributes(el);
      return el.outerHTML;
    };
    return {
      chart: def.name,
      query: def.query,
      written,
      options,
      description,
      narrow: draw(WIDTHS.narrow),
      wide: draw(WIDTHS.wide),
      keys: def.keys(rows),
    };
  } catch (error) {
    throw new Error(`chart ${def.name} cannot draw these rows: ${(error as Error).message}`);
  }
}

/** Returns the data table of a chart state as the site's CSV (UTF-8 with a BOM, \n line ends): its columns, in order. */
export function chartCsv(state: Pick<ChartState, "description">): string {
  const { columns, rows } = state.description.table;
  return formatCsv(
    columns.map((c) => c.key),
    rows,
  );
}
