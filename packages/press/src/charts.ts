// THE ADAPTER (one file): @newarea/charts' chart functions today, in the shape of the registry that
// package is getting (/work/CHART_API.md). Once @newarea/charts exports its own CHARTS, this whole file
// becomes:
//
//   export { CHARTS, type ChartContext, type ChartDefinition, checkChartOptions, type OptionSpec } from "@newarea/charts";
//
// Nothing else in @newarea/press or the app names a chart function.
import {
  type ChartDescription,
  describeInvestmentScale,
  describeMilestoneTimeline,
  describeOutputPromises,
  describeProjectCount,
  describeTwoMeasures,
  investmentScale,
  milestoneTimeline,
  outputPromises,
  type PublisherName,
  projectCount,
  twoMeasures,
} from "@newarea/charts";
import type { AreaFigureRow, Lang, NamedQuery } from "@newarea/data";

/** What a written option (`highlight=…` in a `:::step` or a notebook `:::chart`) may hold. */
export type OptionSpec =
  | { kind: "subject"; help: string }
  | { kind: "enum"; values: readonly string[]; help: string }
  | { kind: "flag"; help: string };

/** Everything a chart needs from outside its rows to turn written options into its options. */
export interface ChartContext {
  lang: Lang;
  /** Publisher names by source id. */
  sources: Readonly<Record<string, PublisherName>>;
  /** Runs a named query of @newarea/data (for an option such as total=on that needs another figure). */
  named: (query: NamedQuery, params?: readonly unknown[]) => Promise<Record<string, unknown>[]>;
}

export interface ChartDefinition<Row = Record<string, unknown>, Options = Record<string, unknown>> {
  name: string;
  query: NamedQuery;
  params: readonly unknown[];
  help: string;
  options: Readonly<Record<string, OptionSpec>>;
  keys(rows: readonly Row[]): string[];
  resolve(written: Readonly<Record<string, string>>, ctx: ChartContext): Promise<Options>;
  describe(rows: readonly Row[], options: Options): ChartDescription;
  draw(
    rows: readonly Row[],
    options: Options & { description?: ChartDescription; document?: Document; width?: number },
  ): SVGElement | HTMLElement;
}

type Any = Record<string, unknown>;
type Fn = (rows: readonly never[], options: never) => unknown;

const highlight: OptionSpec = { kind: "subject", help: "a subject id to bring forward; the rest are dimmed" };

/** The subject ids that have a row: what `highlight=` may name. */
const subjectKeys = (rows: readonly Any[]) => [...new Set(rows.map((r) => String(r.subject_id)))];

/** Language, publisher names, and the options every chart shares, from what is written. */
async function resolveCommon(written: Readonly<Record<string, string>>, ctx: ChartContext): Promise<Any> {
  const o: Any = { lang: ctx.lang, sources: ctx.sources };
  if (written.highlight) o.highlight = written.highlight;
  if (written.total === "on") {
    const rows = (await ctx.named("area_key_figures")) as unknown as AreaFigureRow[];
    o.total = rows.find((r) => r.measure === "planned_total_investment")?.value;
  }
  if (written.sources === "on") o.showSources = true;
  return o;
}

function define(
  name: string,
  spec: Pick<ChartDefinition, "query" | "params" | "help" | "options"> & { draw: Fn; describe: Fn },
): ChartDefinition<Any, Any> {
  return {
    name,
    query: spec.query,
    params: spec.params,
    help: spec.help,
    options: spec.options,
    keys: (rows) => (Object.keys(spec.options).length ? subjectKeys(rows) : []),
    resolve: resolveCommon,
    describe: (rows, options) =>
      (spec.describe as (r: unknown, o: unknown) => ChartDescription)(rows, options),
    // Today's chart functions describe themselves again; the registry's take `description`.
    draw: (rows, options) =>
      (spec.draw as (r: unknown, o: unknown) => SVGElement | HTMLElement)(rows, options),
  };
}

/** Every chart, by the name documents use. */
// biome-ignore lint/suspicious/noExplicitAny: each chart has its own row and option types; callers pass a chart's rows back to it.
export const CHARTS: Readonly<Record<string, ChartDefinition<any, any>>> = {
  projectCount: define("projectCount", {
    query: "area_key_figures",
    params: [],
    options: {},
    help: "projects planned for the year against projects started or resumed",
    draw: projectCount,
    describe: describeProjectCount,
  }),
  twoMeasures: define("twoMeasures", {
    query: "area_key_figures",
    params: [],
    options: {},
    help: "planned total investment and investment completed this year, shown apart and not to one scale",
    draw: twoMeasures,
    describe: describeTwoMeasures,
  }),
  investmentScale: define("investmentScale", {
    query: "investment_by_subject",
    params: [],
    options: {
      highlight,
      total: { kind: "flag", help: "on: draw the year's planned total investment on the axis" },
      sources: { kind: "flag", help: "on: name the publisher of each figure under its row" },
    },
    help: "total investment of every park and project on one axis: bars, open-ended bounds, ranges, not disclosed",
    draw: investmentScale,
    describe: describeInvestmentScale,
  }),
  milestoneTimeline: define("milestoneTimeline", {
    query: "milestones_timeline",
    params: ["2023-04-01", "2024-12-31"],
    options: { highlight },
    help: "milestones from April 2023 to the end of 2024, planned and done",
    draw: milestoneTimeline,
    describe: describeMilestoneTimeline,
  }),
  outputPromises: define("outputPromises", {
    query: "output_promises",
    params: [],
    options: { highlight },
    help: "output value and capacity promised once built: a different measure, never the investment axis",
    draw: outputPromises,
    describe: describeOutputPromises,
  }),
};

/** Returns what is wrong with `value` for an option of kind `spec`, or undefined; `keys` lists the chart's subjects. */
function checkOption(
  spec: OptionSpec,
  value: string,
  keys: () => string[],
  chart: string,
): string | undefined {
  switch (spec.kind) {
    case "subject": {
      const known = keys();
      if (known.includes(value)) return undefined;
      return `"${value}" has no row in ${chart}; it has: ${[...known].sort().join(", ") || "no subjects"}`;
    }
    case "enum":
      return spec.values.includes(value) ? undefined : `"${value}" is not one of ${spec.values.join(", ")}`;
    case "flag":
      return value === "on" || value === "off" ? undefined : `"${value}" must be on or off`;
  }
}

/**
 * The one option checker (steps and notebook chart cells both use it): returns an error message naming
 * what is wrong and what is allowed, or undefined. `written` holds the chart's options only (not a
 * step's `id` or a cell's `from`); a `subject` option must name a key the chart's rows have.
 */
export function checkChartOptions(
  // biome-ignore lint/suspicious/noExplicitAny: any chart, whatever its rows and options.
  def: ChartDefinition<any, any>,
  written: Readonly<Record<string, string>>,
  rows: readonly unknown[],
): string | undefined {
  for (const [name, value] of Object.entries(written)) {
    const spec = def.options[name];
    if (spec === undefined) {
      const takes = Object.keys(def.options);
      return `unknown option "${name}" for ${def.name}; ${takes.length ? `it takes: ${takes.join(", ")}` : "it takes no options"}`;
    }
    const problem = checkOption(spec, value, () => def.keys(rows), def.name);
    if (problem) return `${name}: ${problem}`;
  }
  return undefined;
}
