// The public API, shared by the Node and browser entry points (node.ts, browser.ts add openDatabase).
export { AmountParseError, parseAmount, readChineseNumeral } from "./amount/index.ts";
export type { ClientOptions, NewareaDB } from "./db/createClient.ts";
export { createClient } from "./db/createClient.ts";
export type { Engine } from "./db/engine.ts";
export { type NamedQuery, QUERIES, type QuerySpec } from "./db/queries.ts";
export type {
  AreaFigureRow,
  ConflictRow,
  InvestmentRow,
  LaterReportRow,
  LedgerRow,
  MilestoneTimelineRow,
  OutputPromiseRow,
  SourceKind,
  SubjectListRow,
  SubjectOverviewRow,
} from "./db/queryRows.ts";
export { toRows } from "./db/toRows.ts";
export {
  type AmountLike,
  amountTickFormat,
  type FormatAmountOptions,
  formatAmount,
  formatCsv,
  formatDate,
  formatPeriod,
} from "./format/index.ts";
export { LOCATIONS, type Location, readLocation } from "./locations.ts";
export { isMeasure, MEASURES, type Measure, type MeasureSpec, measureLabel } from "./measures.ts";
export { type ColumnSpec, TABLE_NAMES, TABLES, type TableName, type TableRows } from "./tables.ts";
export {
  formatTextIssue,
  type HtmlDebrisIssue,
  LOST_CHARACTER_PLACEHOLDER,
  type LostCharacterIssue,
  type NormalizedText,
  type NormalizeOptions,
  normalizeText,
  stripBoilerplate,
  type TextIssue,
  toSimplified,
} from "./text/index.ts";
export type {
  Amount,
  Bound,
  DatePrecision,
  FigureRow,
  Lang,
  MilestoneRow,
  SourceRow,
  SubjectKind,
  SubjectRow,
  Unit,
} from "./types.ts";
export {
  BOUNDS,
  boundLabel,
  boundMeaning,
  SUBJECT_KINDS,
  subjectKindLabel,
} from "./vocabulary.ts";
