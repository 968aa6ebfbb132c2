// The public API, shared by the Node and browser entry points (node.ts, browser.ts add openDatabase).
export { AmountParseError, parseAmount, readChineseNumeral } from "./amount/index.ts";
export type { ClientOptions, NewareaDB } from "./db/createClient.ts";
export { CANCEL_GRACE_MS, createClient } from "./db/createClient.ts";
export { type Engine, EngineRestarted } from "./db/engine.ts";
export { type NamedQuery, QUERIES, type QuerySpec } from "./db/queries.ts";
export type {
  AreaFigureRow,
  ConflictRow,
  InvestmentRow,
  LaterReportRow,
  LedgerRow,
  MilestoneTimelineRow,
  OutputPromiseRow,
  SubjectListRow,
  SubjectOverviewRow,
} from "./db/queryRows.ts";
export { toRows } from "./db/toRows.ts";
export { DICTIONARY_ZH } from "./dictionaryZh.ts";
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
export {
  type ColumnSpec,
  type ForeignKey,
  TABLE_KEYS,
  TABLE_NAMES,
  TABLES,
  type TableName,
  type TableRows,
} from "./tables.ts";
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
export {
  type Amount,
  BOUNDS,
  type Bound,
  DATE_PRECISIONS,
  type DatePrecision,
  type FigureRow,
  type Lang,
  MILESTONE_STATUSES,
  type MilestoneRow,
  type MilestoneStatus,
  SOURCE_KINDS,
  type SourceKind,
  type SourceRow,
  SUBJECT_KINDS,
  type SubjectKind,
  type SubjectRow,
  UNITS,
  type Unit,
} from "./types.ts";
export {
  BOUND_WORDS,
  boundLabel,
  boundMeaning,
  SUBJECT_KIND_WORDS,
  subjectKindLabel,
} from "./vocabulary.ts";
