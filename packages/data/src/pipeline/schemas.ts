import { z } from "zod";
import { LOCATION_TERMS, readLocation } from "../locations.ts";
import { DATE_PRECISIONS, MILESTONE_STATUSES, SOURCE_KINDS, SUBJECT_KINDS } from "../types.ts";

// Field rules for the hand-edited files. Cross-file rules (does the subject exist?) live in loadData.ts.
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lowercase words joined by hyphens");
const text = z.string().min(1, "must not be empty");
const optional = z.string().transform((v) => (v === "" ? null : v));
const nullable = z.string().nullable().optional().default(null);
// A place in the report (see locations.ts), read into Chinese and English.
const location = z.string().transform((term, ctx) => {
  const read = readLocation(term);
  if (read) return read;
  ctx.addIssue({ code: "custom", message: `unknown location; use one of: ${LOCATION_TERMS}` });
  return z.NEVER;
});

/**
 * Every reader-facing remark comes in Chinese and English: both or neither. Reports the missing one at its
 * own column.
 */
function pairs<T extends Record<string, unknown>>(...stems: string[]) {
  return (row: T, ctx: z.RefinementCtx) => {
    for (const stem of stems) {
      const [zh, en] = [row[`${stem}_zh`], row[`${stem}_en`]];
      if ((zh === null) === (en === null)) continue;
      const missing = zh === null ? `${stem}_zh` : `${stem}_en`;
      const other = zh === null ? `${stem}_en` : `${stem}_zh`;
      ctx.addIssue({ code: "custom", path: [missing], message: `${other} is set: give ${missing} too` });
    }
  };
}

export const sourceSchema = z
  .object({
    id,
    kind: z.enum(SOURCE_KINDS),
    publisher_zh: text,
    publisher_en: text,
    title_zh: text,
    title_en: text,
    // YAML reads an unquoted 2023 as a number: accept it and keep it as text.
    date: z.union([z.string(), z.number()]).transform(String),
    url: nullable,
    via_zh: nullable,
    via_en: nullable,
    reliability_zh: text,
    reliability_en: text,
  })
  .superRefine(pairs("via"));

export const subjectSchema = z
  .object({
    id,
    name_zh: text,
    name_en: text,
    kind: z.enum(SUBJECT_KINDS),
    sector: id,
    parent_id: optional,
    note_zh: optional,
    note_en: optional,
  })
  .superRefine(pairs("note"));

export const figureSchema = z
  .object({
    id,
    subject_id: id,
    measure: text,
    as_written: text,
    read_as: optional,
    period: optional,
    source_id: id,
    location,
    note_zh: optional,
    note_en: optional,
  })
  .superRefine(pairs("note"));

export const milestoneSchema = z
  .object({
    id,
    subject_id: id,
    date: text,
    precision: z.enum(DATE_PRECISIONS),
    status: z.enum(MILESTONE_STATUSES),
    event_zh: text,
    event_en: text,
    as_written: text,
    source_id: id,
    location,
    note_zh: optional,
    note_en: optional,
  })
  .superRefine(pairs("note"));

export const HEADERS = {
  subjects: ["id", "name_zh", "name_en", "kind", "sector", "parent_id", "note_zh", "note_en"],
  figures: [
    "id",
    "subject_id",
    "measure",
    "as_written",
    "read_as",
    "period",
    "source_id",
    "location",
    "note_zh",
    "note_en",
  ],
  milestones: [
    "id",
    "subject_id",
    "date",
    "precision",
    "status",
    "event_zh",
    "event_en",
    "as_written",
    "source_id",
    "location",
    "note_zh",
    "note_en",
  ],
} as const;
