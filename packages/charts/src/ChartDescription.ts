import type { Lang } from "@newarea/data";

/** A column of a chart's data table: its key in each row and its heading in the reader's language. */
export interface TableColumn {
  key: string;
  label: string;
}

/** Headings of the columns several charts' tables share, in Chinese and English. */
export const HEADINGS = {
  subject: ["园区或项目", "Park or project"],
  measure: ["指标", "Measure"],
  value: ["数值", "Value"],
  asWritten: ["原文", "As written"],
  source: ["来源", "Source"],
  investment: ["总投资", "Total investment"],
  lowCny: ["最低数字（元）", "Lowest figure (CNY)"],
  highCny: ["最高数字（元）", "Highest figure (CNY)"],
} as const satisfies Record<string, readonly [string, string]>;

/** Returns a table's columns in the order given, from each column's key and its heading in both languages. */
export function tableColumns(
  lang: Lang,
  headings: Record<string, readonly [zh: string, en: string]>,
): TableColumn[] {
  return Object.entries(headings).map(([key, [zh, en]]) => ({ key, label: lang === "zh" ? zh : en }));
}

/** A cell of a chart's data table: formatted text, a raw number, or null for nothing known. */
export type TableCell = string | number | null;

/**
 * The key under which a table row that stands for one park, project or zone carries its subject id. It is
 * not a column (no heading, not in the CSV): pages use it to link the row's name to the subject's page.
 */
export const SUBJECT_KEY = "subject_id";

/**
 * What a chart says in words, generated from the same rows as the chart: a title, a one-line subtitle,
 * alt text stating the key values, the source line, and the data table (one row per thing drawn).
 */
export interface ChartDescription {
  title: string;
  subtitle: string;
  alt: string;
  source: string;
  /** One row per thing drawn; a row standing for one subject also has its id under SUBJECT_KEY. */
  table: { columns: TableColumn[]; rows: Record<string, TableCell>[] };
}

/** A publisher's name, in one or both languages. */
export type PublisherName = string | { zh: string; en: string };

/** Options every chart and its `describe` take. */
export interface DescribeOptions {
  lang: Lang;
  /** Publisher names by source id, for the source line; ids without a name are shown as they are. */
  sources?: Readonly<Record<string, PublisherName>>;
}

/** Options every chart takes besides its own. */
export interface ChartOptions extends DescribeOptions {
  /** The document to render into: linkedom's or jsdom's at build time, the page's in the browser. */
  document?: Document;
  /** Width in pixels; 640 when not given. */
  width?: number;
  /**
   * The chart's description, when the caller has it already (it is computed once per chart state and
   * handed to the page too): the chart's accessible name and description come from it. Computed by the
   * chart's `describe` only when absent.
   */
  description?: ChartDescription;
}
