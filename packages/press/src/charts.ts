// The chart registry of @newarea/charts: the one place the document package names charts.
export {
  CHARTS,
  type ChartContext,
  type ChartDefinition,
  checkChartOptions,
  type OptionSpec,
  SUBJECT_KEY,
} from "@newarea/charts";
