import type { Bound, FigureRow, MilestoneRow, SourceKind, SubjectKind, SubjectRow } from "../types.ts";

/*
 * The rows the named queries return (QUERIES in queries.ts), as the client hands them over: BigInt and
 * DECIMAL already converted to numbers. Charts and pages type their inputs with these.
 */

/** A row of `investment_by_subject`: one per source figure, or one with `value` null when none is known. */
export interface InvestmentRow {
  subject_id: string;
  name_zh: string;
  name_en: string;
  kind: string;
  sector: string;
  parent_id: string | null;
  value: number | null;
  bound: Bound | null;
  as_written: string | null;
  source_id: string | null;
  source_date: string | null;
  source_kind: SourceKind | null;
  figure_id: string | null;
  low: number | null;
  high: number | null;
  source_count: number;
  disputed: boolean;
  in_primary: boolean | null;
}

/**
 * A row of `subject_overview`: an `investment_by_subject`-shaped row (one per total-investment figure of the
 * story's time, or one with `value` null) for every park, project and zone, with how much is known of it.
 */
export interface SubjectOverviewRow extends InvestmentRow {
  kind: Exclude<SubjectKind, "area">;
  /** The kind of the subject this one is part of: `area` for a park of the area, `park` for a phase. */
  parent_kind: SubjectKind | null;
  /** Figures of the story's time (later reports not counted). */
  figure_count: number;
  milestone_count: number;
  /** Figures that are later reports (see `later_reports`). */
  later_count: number;
}

/** A row of `subject_list`: a subject with a page of its own (any kind but the area). */
export type SubjectListRow = SubjectRow & { kind: Exclude<SubjectKind, "area"> };

/** A row of `area_key_figures`: the area's headline figures from the primary source. */
export type AreaFigureRow = Pick<
  FigureRow,
  "measure" | "value" | "unit" | "bound" | "period" | "as_written" | "read_as" | "source_id" | "figure_id"
>;

/** A row of `milestones_timeline`: a `milestones` row plus the subject's kind. */
export interface MilestoneTimelineRow extends MilestoneRow {
  subject_kind: string;
}

/** A row of `output_promises`: output value or capacity promised once a park or project is built. */
export type OutputPromiseRow = Pick<
  FigureRow,
  | "subject_id"
  | "subject_name_zh"
  | "subject_name_en"
  | "measure"
  | "value"
  | "unit"
  | "bound"
  | "as_written"
  | "read_as"
  | "source_id"
  | "source_kind"
  | "source_date"
  | "figure_id"
>;

/** A row of `ledger`: a figure (every remark in both languages) with its source. */
export interface LedgerRow extends FigureRow {
  publisher_zh: string;
  publisher_en: string;
  title_zh: string;
  title_en: string;
  url: string | null;
  via_zh: string | null;
  via_en: string | null;
  /** A later report: it describes a time after the story's year (see `later_reports`). */
  is_later: boolean;
}

/** A row of `later_reports`: a `figures` row describing a time after the story's year. */
export type LaterReportRow = FigureRow;

/** A row of `conflicts`: a figure of a disagreement, with its group's lowest and highest value. */
export type ConflictRow = Pick<
  FigureRow,
  | "subject_id"
  | "subject_name_zh"
  | "subject_name_en"
  | "measure"
  | "period"
  | "value"
  | "unit"
  | "bound"
  | "as_written"
  | "source_id"
  | "source_date"
  | "source_kind"
  | "figure_id"
> & { low: number; high: number };
