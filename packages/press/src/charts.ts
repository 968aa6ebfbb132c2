import type { NamedQuery } from "@newarea/data";

/** What a step option may hold: a subject id, one of a few words, or on/off. */
export type OptionSpec =
  | { kind: "subject"; help: string }
  | { kind: "enum"; values: readonly string[]; help: string }
  | { kind: "flag"; help: string };

/** A chart a step can show: the function pair in @newarea/charts, the named query it draws, its options. */
export interface ChartSpec {
  /** Function name in @newarea/charts; its description is `describe` + the name capitalised. */
  fn: string;
  query: NamedQuery;
  params: readonly string[];
  /** Step options a journalist may write (`highlight=…`, `total=on`), checked before anything is drawn. */
  options: Record<string, OptionSpec>;
  /** What the chart is, for EDITING.md and error messages. */
  help: string;
}

const highlight: OptionSpec = { kind: "subject", help: "a subject id to bring forward; the rest are dimmed" };

/**
 * The charts of the story, by the name a step uses. Adding one here (and in @newarea/charts) is all a
 * new chart needs.
 */
export const CHARTS: Record<string, ChartSpec> = {
  projectCount: {
    fn: "projectCount",
    query: "area_key_figures",
    params: [],
    options: {},
    help: "projects planned for the year against projects started or resumed",
  },
  twoMeasures: {
    fn: "twoMeasures",
    query: "area_key_figures",
    params: [],
    options: {},
    help: "planned total investment and investment completed this year, shown apart and not to one scale",
  },
  investmentScale: {
    fn: "investmentScale",
    query: "investment_by_subject",
    params: [],
    options: {
      highlight,
      total: { kind: "flag", help: "on: draw the year's planned total investment (1080亿元) on the axis" },
      sources: { kind: "flag", help: "on: name the publisher of each figure under its row" },
    },
    help: "total investment of every park and project on one axis: bars, open-ended bounds, ranges, not disclosed",
  },
  milestoneTimeline: {
    fn: "milestoneTimeline",
    query: "milestones_timeline",
    params: ["2023-04-01", "2024-12-31"],
    options: { highlight },
    help: "milestones from April 2023 to the end of 2024, planned and done",
  },
  outputPromises: {
    fn: "outputPromises",
    query: "output_promises",
    params: [],
    options: { highlight },
    help: "output value and capacity promised once built: a different measure, never the investment axis",
  },
};

/** Returns an error message when `value` is not valid for `spec`, or undefined. */
export function checkOption(
  spec: OptionSpec,
  value: string,
  subjects: ReadonlySet<string>,
): string | undefined {
  switch (spec.kind) {
    case "subject":
      return subjects.has(value)
        ? undefined
        : `unknown subject "${value}"; known: ${[...subjects].sort().join(", ")}`;
    case "enum":
      return spec.values.includes(value) ? undefined : `"${value}" is not one of ${spec.values.join(", ")}`;
    case "flag":
      return value === "on" || value === "off" ? undefined : `"${value}" must be on or off`;
  }
}
