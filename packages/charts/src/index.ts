// The public API, by name: the registry documents use, one function per chart, and for each its
// description in words. Row types, Lang, Unit and Bound come from @newarea/data, not from here.
export type {
  ChartDescription,
  ChartOptions,
  DescribeOptions,
  PublisherName,
  TableCell,
  TableColumn,
} from "./ChartDescription.ts";
export { SUBJECT_KEY } from "./ChartDescription.ts";
export { describeInvestmentScale, type InvestmentScaleOptions } from "./describeInvestmentScale.ts";
export { describeMilestoneTimeline, type MilestoneTimelineOptions } from "./describeMilestoneTimeline.ts";
export { describeOutputPromises, type OutputPromisesOptions } from "./describeOutputPromises.ts";
export { describeParkOverview, type ParkOverviewOptions } from "./describeParkOverview.ts";
export { describeProjectCount } from "./describeProjectCount.ts";
export { describeTwoMeasures } from "./describeTwoMeasures.ts";
export { type InvestmentSubject, investmentSubjects } from "./investmentModel.ts";
export { investmentScale } from "./investmentScale.ts";
export { type MarkKey, markKey } from "./markKey.ts";
export { DEFAULT_WINDOW } from "./milestoneModel.ts";
export { milestoneTimeline } from "./milestoneTimeline.ts";
export { outputPromises } from "./outputPromises.ts";
export { DIMMED_OPACITY, PALETTE } from "./palette.ts";
export { parkOverview } from "./parkOverview.ts";
export { knownPhrase, type OverviewSubject, parkOverviewModel } from "./parkOverviewModel.ts";
export { DEFAULT_WIDTH } from "./plotBase.ts";
export { projectCount } from "./projectCount.ts";
export {
  CHARTS,
  type ChartContext,
  type ChartDefinition,
  checkChartOptions,
  type OptionSpec,
} from "./registry.ts";
export { twoMeasures } from "./twoMeasures.ts";
export { twoMeasuresImage } from "./twoMeasuresImage.ts";
export { wrapText } from "./wrapText.ts";
