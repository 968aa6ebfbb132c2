/** Returns a SQL string literal: the text in single quotes, a quote inside doubled. */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Returns the SQL that lists a subject's rows: its figures (later reports included, marked by their period
 * and source date) and its milestones, on the published views. It runs as it is in the notebook and on the
 * downloaded tables.
 */
export function subjectSql(subjectId: string): string {
  const id = literal(subjectId);
  return [
    "SELECT figure_id, measure, value, unit, bound, period, as_written, read_as, source_id, source_date",
    `FROM figures WHERE subject_id = ${id}`,
    "ORDER BY measure, source_date;",
    "",
    "SELECT milestone_id, date, precision, status, event_zh, event_en, as_written, source_id",
    `FROM milestones WHERE subject_id = ${id}`,
    "ORDER BY date_start;",
  ].join("\n");
}
