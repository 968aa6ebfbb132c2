import { MEASURES } from "./measures.ts";
import { BOUNDS, DATE_PRECISIONS, MILESTONE_STATUSES, SOURCE_KINDS, SUBJECT_KINDS, UNITS } from "./types.ts";

/**
 * A column of a published table: its name, type and meaning (the data dictionary and datapackage.json are
 * generated from this).
 */
export interface ColumnSpec {
  name: string;
  type: "string" | "double";
  nullable: boolean;
  unit?: string;
  description: string;
  /** The closed vocabulary every value comes from, when there is one (the build rejects anything else). */
  values?: readonly string[];
}

export type TableName = "sources" | "subjects" | "figures" | "milestones";

const col = (
  name: string,
  type: ColumnSpec["type"],
  description: string,
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({ name, type, nullable: false, description, ...extra });

/**
 * The published tables, in dependency order. The column order here is the column order of every
 * file and view; the first columns of `figures`, `milestones` and `subjects` are the stable contract.
 */
export const TABLES: Record<TableName, ColumnSpec[]> = {
  sources: [
    col("id", "string", "Source id: publisher and date, stable"),
    col("kind", "string", "primary (the article the story is built on) or secondary", {
      values: SOURCE_KINDS,
    }),
    col("publisher_zh", "string", "Publisher, in Chinese"),
    col("publisher_en", "string", "Publisher, in English"),
    col("title_zh", "string", "Title, in Chinese (ours where the original is unknown)"),
    col("title_en", "string", "Title, in English (our translation)"),
    col("date", "string", "Publication date, ISO, as precise as known (YYYY, YYYY-MM or YYYY-MM-DD)"),
    col("url", "string", "Address as stored in the archived copy; may be truncated", { nullable: true }),
    col("via_zh", "string", "Host or mirror the copy was read from, when not the publisher, in Chinese", {
      nullable: true,
    }),
    col("via_en", "string", "Host or mirror the copy was read from, when not the publisher, in English", {
      nullable: true,
    }),
    col("reliability_zh", "string", "What to watch for in this source, in Chinese"),
    col("reliability_en", "string", "What to watch for in this source, in English"),
  ],
  subjects: [
    col("id", "string", "Subject id: the area, a park or a project"),
    col("name_zh", "string", "Name as the sources write it, Simplified Chinese"),
    col("name_en", "string", "Name in English"),
    col("kind", "string", "area (the new area), zone (a part of it holding several parks), park or project", {
      values: SUBJECT_KINDS,
    }),
    col("sector", "string", "Industry sector"),
    col("parent_id", "string", "The park or project this one is part of (a phase)", { nullable: true }),
    col("note_zh", "string", "Remark, in Chinese", { nullable: true }),
    col("note_en", "string", "Remark, in English", { nullable: true }),
  ],
  figures: [
    col("subject_id", "string", "What the figure is about (subjects.id)"),
    col("subject_name_zh", "string", "Subject name, Chinese"),
    col("subject_name_en", "string", "Subject name, English"),
    col("measure", "string", "What is measured (see measures in the data diary)", {
      values: Object.keys(MEASURES),
    }),
    col("value", "double", "The value in base units: yuan, count, ratio (0.761 = 76.1%) or square metres", {
      unit: "see unit",
    }),
    col("unit", "string", "CNY, USD, count, ratio or m2", { values: UNITS }),
    col(
      "bound",
      "string",
      "exact, at_least (超/以上), at_most (近), approx (约) or order_of_magnitude (…级)",
      { values: BOUNDS },
    ),
    col("period", "string", "Period the figure refers to; null for stock figures stated as of the report", {
      nullable: true,
    }),
    col("source_id", "string", "Where it was published (sources.id)"),
    col("as_written", "string", "The amount exactly as the source writes it"),
    col("figure_id", "string", "Stable id of this figure"),
    col("read_as", "string", "Our reading when the text lacks a unit or qualifier (see note)", {
      nullable: true,
    }),
    col("source_location_zh", "string", "Where in the source, in Chinese: 第N行 (primary), 正文, 摘要…"),
    col(
      "source_location_en",
      "string",
      "Where in the source, in English: line N (primary), body text, summary…",
    ),
    col("source_date", "string", "Publication date of the source"),
    col("source_kind", "string", "primary or secondary", { values: SOURCE_KINDS }),
    col("note_zh", "string", "Why it was read this way; context, in Chinese", { nullable: true }),
    col("note_en", "string", "Why it was read this way; context, in English", { nullable: true }),
  ],
  milestones: [
    col("subject_id", "string", "What the milestone is about (subjects.id)"),
    col("subject_name_zh", "string", "Subject name, Chinese"),
    col("date", "string", "ISO date, as precise as known: 2023-04-12, 2024-04, 2023"),
    col("precision", "string", "day, month, quarter, half, year_end (年底) or year", {
      values: DATE_PRECISIONS,
    }),
    col("status", "string", "planned or done, as of the source's date", { values: MILESTONE_STATUSES }),
    col("event_zh", "string", "What happens, Chinese (our words)"),
    col("event_en", "string", "What happens, English (our words)"),
    col("source_id", "string", "Where it was published (sources.id)"),
    col("milestone_id", "string", "Stable id of this milestone"),
    col("subject_name_en", "string", "Subject name, English"),
    col("date_start", "string", "First day the date can mean, YYYY-MM-DD"),
    col("date_end", "string", "Last day the date can mean, YYYY-MM-DD"),
    col("as_written", "string", "The date words as the source writes them"),
    col("source_location_zh", "string", "Where in the source, in Chinese"),
    col("source_location_en", "string", "Where in the source, in English"),
    col("note_zh", "string", "How the date was resolved, in Chinese", { nullable: true }),
    col("note_en", "string", "How the date was resolved, in English", { nullable: true }),
  ],
};

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** A column (or columns) whose values name a row of another table, or of the same table when `table` is absent. */
export interface ForeignKey {
  columns: string[];
  references: { table?: TableName; columns: string[] };
}

/**
 * Each table's primary key and the columns that refer to other rows: the build checks every reference
 * (loadData.ts), and datapackage.json declares them so that tools can join the tables.
 */
export const TABLE_KEYS: Record<TableName, { primaryKey: string[]; foreignKeys: ForeignKey[] }> = {
  sources: { primaryKey: ["id"], foreignKeys: [] },
  subjects: {
    primaryKey: ["id"],
    foreignKeys: [{ columns: ["parent_id"], references: { columns: ["id"] } }],
  },
  figures: {
    primaryKey: ["figure_id"],
    foreignKeys: [
      { columns: ["subject_id"], references: { table: "subjects", columns: ["id"] } },
      { columns: ["source_id"], references: { table: "sources", columns: ["id"] } },
    ],
  },
  milestones: {
    primaryKey: ["milestone_id"],
    foreignKeys: [
      { columns: ["subject_id"], references: { table: "subjects", columns: ["id"] } },
      { columns: ["source_id"], references: { table: "sources", columns: ["id"] } },
    ],
  },
};

/** A table's rows as plain objects keyed by column name. */
export type TableRows = Record<string, string | number | null>[];
