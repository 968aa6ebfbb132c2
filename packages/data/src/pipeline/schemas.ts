import { z } from "zod";

// Field rules for the hand-edited files. Cross-file rules (does the subject exist?) live in loadData.ts.
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lowercase words joined by hyphens");
const text = z.string().min(1, "must not be empty");
const optional = z.string().transform((v) => (v === "" ? null : v));

export const sourceSchema = z.object({
  id,
  kind: z.enum(["primary", "secondary"]),
  publisher_zh: text,
  publisher_en: text,
  title_zh: text,
  title_en: text,
  // YAML reads an unquoted 2023 as a number: accept it and keep it as text.
  date: z.union([z.string(), z.number()]).transform(String),
  url: z.string().nullable().optional().default(null),
  via: z.string().nullable().optional().default(null),
  reliability: text,
});

export const subjectSchema = z.object({
  id,
  name_zh: text,
  name_en: text,
  kind: z.enum(["area", "park", "project"]),
  sector: id,
  parent_id: optional,
  note: optional,
});

export const figureSchema = z.object({
  id,
  subject_id: id,
  measure: text,
  as_written: text,
  read_as: optional,
  period: optional,
  source_id: id,
  location: text,
  note: optional,
});

export const milestoneSchema = z.object({
  id,
  subject_id: id,
  date: text,
  precision: z.enum(["day", "month", "quarter", "half", "year_end", "year"]),
  status: z.enum(["planned", "done"]),
  event_zh: text,
  event_en: text,
  as_written: text,
  source_id: id,
  location: text,
  note: optional,
});

export const HEADERS = {
  subjects: ["id", "name_zh", "name_en", "kind", "sector", "parent_id", "note"],
  figures: [
    "id",
    "subject_id",
    "measure",
    "as_written",
    "read_as",
    "period",
    "source_id",
    "location",
    "note",
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
    "note",
  ],
} as const;
