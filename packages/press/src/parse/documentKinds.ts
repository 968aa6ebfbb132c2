/** What a `:::` block of a document kind may hold. */
export interface DirectiveSpec {
  /** Whether the block takes a label in brackets, and what it means (`a chart name`). */
  label: "required" | "none";
  labelMeans: string;
  /** The options it takes besides a chart's own. */
  options: readonly string[];
  /** Whether it also takes the options of the chart its label names (checked when the chart is known). */
  chartOptions: boolean;
  /** How it is written, for error messages and EDITING.md. */
  example: string;
}

/**
 * A kind of document: the blocks and code fences it may contain. A new kind of page (a park page, an
 * embed) is a new entry here and a builder, not a new parser.
 */
export interface DocumentKind {
  name: string;
  directives: Readonly<Record<string, DirectiveSpec>>;
  /** Code fence languages that are cells of this kind (```` ```sql ````); other fences are prose. */
  fences: readonly string[];
  /** A block as written, for messages about a line that is not one. */
  example: string;
}

/** A story: prose, `:::step` blocks tied to chart states, boxes and the source list. */
export const STORY: DocumentKind = {
  name: "story",
  directives: {
    step: {
      label: "required",
      labelMeans: "the chart's name",
      options: ["id"],
      chartOptions: true,
      example: "`:::step[investmentScale]{highlight=fine-chemical-park id=chemicals}`",
    },
    aside: {
      label: "required",
      labelMeans: "a title",
      options: [],
      chartOptions: false,
      example: "`:::aside[How we did it]`",
    },
    sources: { label: "none", labelMeans: "", options: [], chartOptions: false, example: "`:::sources`" },
  },
  fences: [],
  example: "`:::step[investmentScale]{highlight=fine-chemical-park}`",
};

/** A notebook: prose, ```` ```sql ```` cells, and `:::chart` and `:::table` cells fed by them. */
export const NOTEBOOK: DocumentKind = {
  name: "notebook",
  directives: {
    chart: {
      label: "required",
      labelMeans: "the chart's name",
      options: ["from"],
      chartOptions: true,
      example: "`:::chart[investmentScale]{from=investment_by_subject total=on}`",
    },
    table: {
      label: "none",
      labelMeans: "",
      options: ["from", "columns", "amount"],
      chartOptions: false,
      example: "`:::table{from=conflicts columns=name,measure}`",
    },
  },
  fences: ["sql"],
  example: "`:::chart[investmentScale]{from=investment_by_subject}`",
};
