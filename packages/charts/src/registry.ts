import type {
  AreaFigureRow,
  InvestmentRow,
  Lang,
  MilestoneTimelineRow,
  NamedQuery,
  OutputPromiseRow,
  SubjectOverviewRow,
} from "@newarea/data";
import type { ChartDescription, DescribeOptions, PublisherName } from "./ChartDescription.ts";
import { describeInvestmentScale, type InvestmentScaleOptions } from "./describeInvestmentScale.ts";
import { describeMilestoneTimeline, type MilestoneTimelineOptions } from "./describeMilestoneTimeline.ts";
import { describeOutputPromises, type OutputPromisesOptions } from "./describeOutputPromises.ts";
import { describeParkOverview, type ParkOverviewOptions } from "./describeParkOverview.ts";
import { describeProjectCount } from "./describeProjectCount.ts";
import { describeTwoMeasures } from "./describeTwoMeasures.ts";
import { investmentScale } from "./investmentScale.ts";
import { DEFAULT_WINDOW, distinctMilestones, milestonesInWindow } from "./milestoneModel.ts";
import { milestoneTimeline } from "./milestoneTimeline.ts";
import { outputPromises } from "./outputPromises.ts";
import { parkOverview } from "./parkOverview.ts";
import { parkOverviewModel } from "./parkOverviewModel.ts";
import { projectCount } from "./projectCount.ts";
import { twoMeasures } from "./twoMeasures.ts";
import { twoMeasuresImage } from "./twoMeasuresImage.ts";

/** What a written option (`highlight=…` in a `::: step` or a notebook `::: chart`) may hold. */
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

/** A chart as documents use it: the rows it draws, the options it takes, and how it describes and draws itself. */
export interface ChartDefinition<Row = Record<string, unknown>, Options = Record<string, unknown>> {
  /** The name documents use: `investmentScale`. */
  name: string;
  /** The named query whose rows the chart draws, and its parameters. */
  query: NamedQuery;
  params: readonly unknown[];
  /** One line for EDITING.md and error messages. */
  help: string;
  /** The options a document may write, besides `id` (steps) and `from` (notebook cells). */
  options: Readonly<Record<string, OptionSpec>>;
  /** Returns the keys (subject ids) that have a mark in this chart: what `highlight=` may name. */
  keys(rows: readonly Row[]): string[];
  /** Turns written options (already checked) into the chart function's options: plain JSON. */
  resolve(written: Readonly<Record<string, string>>, ctx: ChartContext): Promise<Options>;
  /** The chart in words, computed once per chart state and handed to `draw` and to the page. */
  describe(rows: readonly Row[], options: Options): ChartDescription;
  /** The chart; uses `description` for its accessible name when given (computes it only when absent). */
  draw(
    rows: readonly Row[],
    options: Options & { description?: ChartDescription; document?: Document; width?: number },
  ): SVGElement | HTMLElement;
  /**
   * The chart as one SVG, for a standalone image (chart.svg, chart.png), when `draw` returns HTML; a chart
   * whose `draw` returns SVG needs none.
   */
  image?(
    rows: readonly Row[],
    options: Options & { description?: ChartDescription; document?: Document; width?: number },
  ): SVGElement;
}

const highlight: OptionSpec = { kind: "subject", help: "a subject id to bring forward; the rest are dimmed" };

/** Returns the options every chart takes from its context (language, publisher names), and `highlight` when written. */
function contextOptions(written: Readonly<Record<string, string>>, ctx: ChartContext) {
  return {
    lang: ctx.lang,
    sources: ctx.sources,
    ...(written.highlight ? { highlight: written.highlight } : {}),
  };
}

/** Returns the subject ids of rows, in the order they first appear. */
function subjectIds(rows: readonly { subject_id: string }[]): string[] {
  return [...new Set(rows.map((r) => r.subject_id))];
}

/** Returns the area's planned total investment in yuan, for `total=on`; throws when the data has none. */
async function plannedTotal(ctx: ChartContext): Promise<number> {
  const rows = await ctx.named("area_key_figures");
  const value = rows.find((r) => r.measure === "planned_total_investment")?.value;
  if (typeof value !== "number")
    throw new Error("total=on draws the planned_total_investment of area_key_figures, and the data has none");
  return value;
}

const investmentScaleChart: ChartDefinition<InvestmentRow, InvestmentScaleOptions> = {
  name: "investmentScale",
  query: "investment_by_subject",
  params: [],
  help: "total investment of every park and project on one axis: bars, open-ended bounds, ranges, not disclosed",
  options: {
    highlight,
    total: { kind: "flag", help: "on: draw the year's planned total investment of all projects on the axis" },
    sources: { kind: "flag", help: "on: name the publisher of each figure under its row" },
  },
  keys: subjectIds,
  async resolve(written, ctx) {
    const options: InvestmentScaleOptions = contextOptions(written, ctx);
    if (written.total === "on") options.total = await plannedTotal(ctx);
    if (written.sources === "on") options.showSources = true;
    return options;
  },
  describe: describeInvestmentScale,
  draw: investmentScale,
};

const milestoneTimelineChart: ChartDefinition<MilestoneTimelineRow, MilestoneTimelineOptions> = {
  name: "milestoneTimeline",
  query: "milestones_timeline",
  params: [DEFAULT_WINDOW.from, DEFAULT_WINDOW.to],
  help: "milestones from April 2023 to the end of 2024, planned and done",
  options: { highlight },
  // A subject has a mark when one of its milestones falls in the window the chart draws.
  keys: (rows) => subjectIds(distinctMilestones(milestonesInWindow(rows, {}).shown)),
  resolve: async (written, ctx) => contextOptions(written, ctx),
  describe: describeMilestoneTimeline,
  draw: milestoneTimeline,
};

const outputPromisesChart: ChartDefinition<OutputPromiseRow, OutputPromisesOptions> = {
  name: "outputPromises",
  query: "output_promises",
  params: [],
  help: "output value and capacity promised once built: a different measure, never the investment axis",
  options: { highlight },
  keys: subjectIds,
  resolve: async (written, ctx) => contextOptions(written, ctx),
  describe: describeOutputPromises,
  draw: outputPromises,
};

const parkOverviewChart: ChartDefinition<SubjectOverviewRow, ParkOverviewOptions> = {
  name: "parkOverview",
  query: "subject_overview",
  params: [],
  help: "every park, project and zone: what is known of its total investment (range, floor, not disclosed), phases under their park, later reports counted apart",
  options: { highlight },
  // In reading order: the order of the rows and of the park pages' list.
  keys: (rows) => parkOverviewModel(rows, "en").map((s) => s.id),
  resolve: async (written, ctx) => contextOptions(written, ctx),
  describe: describeParkOverview,
  draw: parkOverview,
};

/** Returns the definition of a chart of the area's headline figures: no subjects, no options. */
function areaChart(
  name: string,
  help: string,
  describe: (rows: readonly AreaFigureRow[], options: DescribeOptions) => ChartDescription,
  draw: ChartDefinition<AreaFigureRow, DescribeOptions>["draw"],
): ChartDefinition<AreaFigureRow, DescribeOptions> {
  const resolve = async (_: unknown, ctx: ChartContext) => ({ lang: ctx.lang, sources: ctx.sources });
  return {
    name,
    query: "area_key_figures",
    params: [],
    help,
    options: {},
    keys: () => [],
    resolve,
    describe,
    draw,
  };
}

/** Every chart, by the name documents use. */
// biome-ignore lint/suspicious/noExplicitAny: each chart has its own row and option types; callers pass a chart's rows back to it.
export const CHARTS: Readonly<Record<string, ChartDefinition<any, any>>> = {
  projectCount: areaChart(
    "projectCount",
    "projects planned for the year against projects started or resumed",
    describeProjectCount,
    projectCount,
  ),
  twoMeasures: {
    ...areaChart(
      "twoMeasures",
      "planned total investment and investment completed this year, shown apart and not to one scale",
      describeTwoMeasures,
      twoMeasures,
    ),
    image: twoMeasuresImage,
  },
  investmentScale: investmentScaleChart,
  milestoneTimeline: milestoneTimelineChart,
  outputPromises: outputPromisesChart,
  parkOverview: parkOverviewChart,
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
 * step's `id` or a cell's `from`); `rows` are the chart's rows: a `subject` option must name a key the
 * chart has (`highlight: "x" has no row in investmentScale; it has: a, b, c`).
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
