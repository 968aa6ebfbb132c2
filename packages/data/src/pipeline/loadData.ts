import { basename, join } from "node:path";
import type { z } from "zod";
import { AmountParseError, parseAmount } from "../amount/index.ts";
import { isMeasure, MEASURES } from "../measures.ts";
import type { TableName, TableRows } from "../tables.ts";
import type { SourceRow, SubjectRow } from "../types.ts";
import { type CsvRecord, parseCsv } from "./csv.ts";
import { DataError, type DataErrorDetail } from "./DataError.ts";
import { checkPeriod, dateSpan, isoDateEnd } from "./dates.ts";
import { readSources } from "./readSources.ts";
import { readTextFile } from "./readTextFile.ts";
import { figureSchema, HEADERS, milestoneSchema, subjectSchema } from "./schemas.ts";

/** The validated, typed tables, ready to write. */
export type DataTables = Record<TableName, TableRows>;

/**
 * Reads data/ (sources/*.yaml, raw/subjects.csv, raw/figures.csv, raw/milestones.csv), checks every row and
 * every reference, parses every amount and date, and returns the published tables. Throws a DataError
 * listing every problem (file, line, column, value, reason) when anything is wrong; nothing is half-read.
 */
export function loadData(dataDir: string): DataTables {
  const rel = basename(dataDir);
  const problems: DataErrorDetail[] = [];
  const sources = readSources(dataDir, rel);
  problems.push(...sources.problems);
  const sourceById = new Map(sources.rows.map((s) => [s.id, s]));

  const read = <S extends z.ZodType>(name: keyof typeof HEADERS, schema: S) => {
    const file = `${rel}/raw/${name}.csv`;
    const records = parseCsv(readTextFile(join(dataDir, "raw", `${name}.csv`), file), file, HEADERS[name]);
    const rows: { line: number; row: z.output<S> }[] = [];
    // Ids of rows that failed their own checks: reported once there, not again at every reference.
    const seen = new Set<string>();
    for (const rec of records) {
      const parsed = schema.safeParse(rec.fields);
      if (parsed.success) rows.push({ line: rec.line, row: parsed.data });
      else {
        seen.add(rec.fields.id ?? "");
        problems.push(
          ...parsed.error.issues.map((i) => fieldProblem(file, rec, String(i.path[0]), i.message)),
        );
      }
    }
    return { file, rows, seen };
  };
  const subjects = read("subjects", subjectSchema);
  const figures = read("figures", figureSchema);
  const milestones = read("milestones", milestoneSchema);

  const subjectById = new Map<string, SubjectRow>();
  for (const { line, row } of subjects.rows) {
    if (subjectById.has(row.id)) problems.push(dup(subjects.file, line, "id", row.id));
    subjectById.set(row.id, row);
  }
  for (const { line, row } of subjects.rows) {
    if (row.parent_id !== null && !subjectById.has(row.parent_id) && !subjects.seen.has(row.parent_id)) {
      problems.push(unknown(subjects.file, line, "parent_id", row.parent_id, "subject"));
    }
  }
  const refs = (file: string, line: number, row: { subject_id: string; source_id: string }) => {
    if (!subjectById.has(row.subject_id) && !subjects.seen.has(row.subject_id)) {
      problems.push(unknown(file, line, "subject_id", row.subject_id, "subject"));
    }
    if (!sourceById.has(row.source_id) && !sources.seen.has(row.source_id)) {
      problems.push(unknown(file, line, "source_id", row.source_id, "source"));
    }
  };

  const figureRows: TableRows = [];
  const figureIds = new Set<string>();
  const figureKeys = new Set<string>();
  for (const { line, row } of figures.rows) {
    const at = (column: string, value: string, reason: string) =>
      problems.push({ file: figures.file, line, column, value, reason });
    refs(figures.file, line, row);
    if (figureIds.has(row.id)) problems.push(dup(figures.file, line, "id", row.id));
    figureIds.add(row.id);
    const key = [row.subject_id, row.measure, row.period ?? "", row.source_id].join("|");
    if (figureKeys.has(key)) {
      at("id", row.id, "a figure with the same subject, measure, period and source is already listed");
    }
    figureKeys.add(key);
    if (row.period !== null) {
      const bad = checkPeriod(row.period);
      if (bad) at("period", row.period, bad);
    }
    if (row.read_as !== null && row.note_en === null) {
      at(
        "note_en",
        "",
        "a row with read_as needs a note (note_zh and note_en) saying why the text was read that way",
      );
    }
    if (!isMeasure(row.measure)) {
      at("measure", row.measure, `unknown measure; known: ${Object.keys(MEASURES).join(", ")}`);
      continue;
    }
    const column = row.read_as === null ? "as_written" : "read_as";
    const text = row.read_as ?? row.as_written;
    let amount: ReturnType<typeof parseAmount>;
    try {
      amount = parseAmount(text);
    } catch (e) {
      if (!(e instanceof AmountParseError)) throw e;
      at(column, text, e.message);
      continue;
    }
    const spec = MEASURES[row.measure];
    if (amount.unit !== spec.unit) {
      at(column, text, `reads as unit ${amount.unit}, but ${row.measure} is measured in ${spec.unit}`);
      continue;
    }
    if (spec.kind !== "growth" && amount.value < 0) at(column, text, `${row.measure} cannot be negative`);
    if (spec.kind === "share" && amount.value > 1) at(column, text, "a share cannot be over 100%");
    const subject = subjectById.get(row.subject_id);
    const source = sourceById.get(row.source_id);
    figureRows.push({
      subject_id: row.subject_id,
      subject_name_zh: subject?.name_zh ?? "",
      subject_name_en: subject?.name_en ?? "",
      measure: row.measure,
      value: amount.value,
      unit: amount.unit,
      bound: amount.bound,
      period: row.period,
      source_id: row.source_id,
      as_written: row.as_written,
      figure_id: row.id,
      read_as: row.read_as,
      source_location_zh: row.location.zh,
      source_location_en: row.location.en,
      source_date: source?.date ?? "",
      source_kind: source?.kind ?? "",
      note_zh: row.note_zh,
      note_en: row.note_en,
    });
  }

  const milestoneRows: TableRows = [];
  const milestoneIds = new Set<string>();
  for (const { line, row } of milestones.rows) {
    refs(milestones.file, line, row);
    if (milestoneIds.has(row.id)) problems.push(dup(milestones.file, line, "id", row.id));
    milestoneIds.add(row.id);
    const span = dateSpan(row.date, row.precision);
    if ("error" in span) {
      problems.push({ file: milestones.file, line, column: "date", value: row.date, reason: span.error });
      continue;
    }
    const source = sourceById.get(row.source_id);
    // A source cannot report as done what had not yet happened when it was published.
    if (source && row.status === "done" && span.start > isoDateEnd(source.date)) {
      problems.push({
        file: milestones.file,
        line,
        column: "status",
        value: "done",
        reason: `the date ${row.date} is after the source's date ${source.date}: it can only be planned`,
      });
    }
    const subject = subjectById.get(row.subject_id);
    milestoneRows.push({
      subject_id: row.subject_id,
      subject_name_zh: subject?.name_zh ?? "",
      date: row.date,
      precision: row.precision,
      status: row.status,
      event_zh: row.event_zh,
      event_en: row.event_en,
      source_id: row.source_id,
      milestone_id: row.id,
      subject_name_en: subject?.name_en ?? "",
      date_start: span.start,
      date_end: span.end,
      as_written: row.as_written,
      source_location_zh: row.location.zh,
      source_location_en: row.location.en,
      note_zh: row.note_zh,
      note_en: row.note_en,
    });
  }

  if (problems.length > 0) throw new DataError(problems);
  return {
    sources: sources.rows.map((s: SourceRow) => ({ ...s })),
    subjects: subjects.rows.map(({ row }) => ({ ...row })),
    figures: figureRows,
    milestones: milestoneRows,
  };
}

function fieldProblem(file: string, rec: CsvRecord, column: string, reason: string): DataErrorDetail {
  return { file, line: rec.line, column, value: rec.fields[column] ?? "", reason };
}

function dup(file: string, line: number, column: string, value: string): DataErrorDetail {
  return { file, line, column, value, reason: "duplicate id: ids must be unique" };
}

function unknown(file: string, line: number, column: string, value: string, what: string): DataErrorDetail {
  return { file, line, column, value, reason: `unknown ${what}: no ${what} has this id` };
}
