// The closed vocabularies of the data, as values (the table schemas list them as enums) and as types.

/** Every unit, in the order the data dictionary lists them. */
export const UNITS = ["CNY", "USD", "count", "ratio", "m2"] as const;
/** Units a value can carry, in base units: yuan, US dollars, a count, a ratio 0–1 (or a growth rate), square metres. */
export type Unit = (typeof UNITS)[number];

/** Every bound, from the most exact. */
export const BOUNDS = ["exact", "at_least", "at_most", "approx", "order_of_magnitude"] as const;
/** How exact a value is: `at_least` for 超/逾/以上, `at_most` for 近/不到, `approx` for 约/左右, `order_of_magnitude` for …级. */
export type Bound = (typeof BOUNDS)[number];

/** The result of reading an amount such as `超百亿元`: value in base units, its unit and how exact it is. */
export interface Amount {
  /** In base units; finite, and never past 2^53 − 1 in size, so a whole value is exact. */
  value: number;
  unit: Unit;
  /** Set for money: ISO 4217 code. */
  currency?: "CNY" | "USD";
  bound: Bound;
  /** The text it was read from, trimmed. */
  text: string;
}

/** Every precision a milestone date can have, from the finest. */
export const DATE_PRECISIONS = ["day", "month", "quarter", "half", "year_end", "year"] as const;
/** Precision of a milestone date. */
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Every kind of subject, from the largest. */
export const SUBJECT_KINDS = ["area", "zone", "park", "project"] as const;
/** `area` the new area itself; `zone` a part of it holding several parks and projects; `park`; `project`. */
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** `primary`: the article the story is built on; `secondary`: every other report. */
export const SOURCE_KINDS = ["primary", "secondary"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A milestone is `planned` or `done`, as of its source's date. */
export const MILESTONE_STATUSES = ["planned", "done"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export type Lang = "zh" | "en";

/** A row of the `figures` view: the stable contract for other users. */
export interface FigureRow {
  figure_id: string;
  subject_id: string;
  subject_name_zh: string;
  subject_name_en: string;
  measure: string;
  value: number;
  unit: Unit;
  bound: Bound;
  period: string | null;
  source_id: string;
  as_written: string;
  read_as: string | null;
  /** Where in the source (`第4行`, `正文`): see LOCATIONS. */
  source_location_zh: string;
  source_location_en: string;
  source_date: string;
  source_kind: SourceKind;
  /** Why it was read this way; context. Both or neither. */
  note_zh: string | null;
  note_en: string | null;
}

/** A row of the `milestones` view. */
export interface MilestoneRow {
  milestone_id: string;
  subject_id: string;
  subject_name_zh: string;
  subject_name_en: string;
  /** ISO date, as precise as known: `2023-04-12`, `2024-04`, `2023`. */
  date: string;
  precision: DatePrecision;
  /** First and last day the date can mean, ISO `YYYY-MM-DD`. */
  date_start: string;
  date_end: string;
  status: MilestoneStatus;
  event_zh: string;
  event_en: string;
  as_written: string;
  source_id: string;
  source_location_zh: string;
  source_location_en: string;
  /** How the date was resolved (今年 → 2023 …). Both or neither. */
  note_zh: string | null;
  note_en: string | null;
}

/** A row of the `subjects` view. */
export interface SubjectRow {
  id: string;
  name_zh: string;
  name_en: string;
  kind: SubjectKind;
  sector: string;
  parent_id: string | null;
  note_zh: string | null;
  note_en: string | null;
}

/** A row of the `sources` view. */
export interface SourceRow {
  id: string;
  kind: SourceKind;
  publisher_zh: string;
  publisher_en: string;
  title_zh: string;
  title_en: string;
  date: string;
  url: string | null;
  /** Host or mirror the copy was read from, when not the publisher. Both or neither. */
  via_zh: string | null;
  via_en: string | null;
  /** What to watch for in this source. */
  reliability_zh: string;
  reliability_en: string;
}
