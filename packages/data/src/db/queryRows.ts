import type { Bound, FigureRow, MilestoneRow, SourceRow } from "../types.ts";

/*
 * The rows the named queries return (QUERIES in queries.ts), as the client hands them over: BigInt and
 * DECIMAL already converted to numbers. Charts and pages type their inputs with these.
 */

export type SourceKind = "primary" | "secondary";

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

/** A row of `ledger`: every figure with its source, for the fact-check page. */
export type LedgerRow = FigureRow &
  Pick<SourceRow, "publisher_zh" | "publisher_en" | "title_zh" | "title_en" | "url" | "via">;

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
