/** A named query: what it answers, its SQL, and the parameters it takes (positional `?`). */
export interface QuerySpec {
  description: string;
  sql: string;
  params: readonly string[];
}

// The measures of the area's headline figures, in the order the story tells them.
const AREA_ORDER = `['planned_projects', 'project_size_threshold', 'planned_total_investment', 'started_projects',
  'completed_fixed_asset_investment', 'fixed_asset_investment_growth', 'industrial_investment_share']`;

/*
 * A later report describes a time after the story's year, the year of the primary source: its period starts
 * in a later year, or, for a stock figure with no period (a total investment, an area), its source was
 * published in a later year. A 2023 total published in 2024 (the year's GDP) is not later; a project's
 * total investment stated in 2024 is. Periods and dates all begin with the year, so the first four
 * characters compare.
 */
const IS_LATER = `left(coalesce(f.period, f.source_date), 4) > (SELECT left(date, 4) FROM sources WHERE kind = 'primary')`;

const PROMISE_MEASURES = `('expected_output_value', 'new_capacity_value', 'cluster_output_target', 'induced_output_target')`;

/**
 * The queries the story, notebooks and downloads are built from. Each chart takes its rows from one of
 * these, so the story and the notebook can never disagree.
 */
export const QUERIES = {
  area_key_figures: {
    description: "The area's headline figures for the year, as the primary source states them.",
    params: [],
    sql: `SELECT f.measure, f.value, f.unit, f.bound, f.period, f.as_written, f.read_as, f.source_id, f.figure_id
FROM figures f JOIN subjects s ON s.id = f.subject_id
WHERE s.kind = 'area' AND f.source_kind = 'primary'
ORDER BY list_position(${AREA_ORDER}, f.measure) NULLS LAST, f.measure`,
  },
  investment_by_subject: {
    description:
      "Total investment of every park and project named in the primary source or with an investment figure, " +
      "one row per source figure; a named subject with no figure gets one row with value NULL (not " +
      "disclosed). low/high span what the sources say.",
    params: [],
    sql: `WITH inv AS (SELECT * FROM figures WHERE measure = 'total_investment')
SELECT s.id AS subject_id, s.name_zh, s.name_en, s.kind, s.sector, s.parent_id,
  inv.value, inv.bound, inv.as_written, inv.source_id, inv.source_date, inv.source_kind, inv.figure_id,
  min(inv.value) OVER w AS low, max(inv.value) OVER w AS high,
  count(inv.value) OVER w AS source_count,
  coalesce(min(inv.value) OVER w <> max(inv.value) OVER w, false) AS disputed,
  bool_or(inv.source_kind = 'primary') OVER w AS in_primary
FROM subjects s LEFT JOIN inv ON inv.subject_id = s.id
WHERE s.kind <> 'area'
  -- A phase only another report mentions (the chemical park's phase I and II areas) is not "undisclosed".
  AND (inv.value IS NOT NULL OR s.id IN (SELECT subject_id FROM figures WHERE source_kind = 'primary'
    UNION SELECT m.subject_id FROM milestones m JOIN sources src ON src.id = m.source_id WHERE src.kind = 'primary'))
WINDOW w AS (PARTITION BY s.id)
ORDER BY high DESC NULLS LAST, s.id, inv.source_date, inv.source_id`,
  },
  milestones_timeline: {
    description: "Milestones whose date falls between two ISO days (inclusive), earliest first.",
    params: ["from (YYYY-MM-DD)", "to (YYYY-MM-DD)"],
    sql: `SELECT m.*, s.kind AS subject_kind
FROM milestones m JOIN subjects s ON s.id = m.subject_id
WHERE m.date_end >= ? AND m.date_start <= ?
ORDER BY m.date_start, m.date_end, m.subject_id, m.source_id`,
  },
  output_promises: {
    description:
      "What parks and projects promise once built: output value and capacity. A different measure from " +
      "investment, never drawn on its axis.",
    params: [],
    sql: `SELECT subject_id, subject_name_zh, subject_name_en, measure, value, unit, bound, as_written, read_as,
  source_id, source_kind, source_date, figure_id
FROM figures WHERE measure IN ${PROMISE_MEASURES}
ORDER BY value DESC, subject_id, source_date`,
  },
  conflicts: {
    description:
      "Figures where sources disagree: the same subject, measure and period with different values. Every " +
      "figure of a disagreement is listed, with the group's low and high.",
    params: [],
    sql: `WITH g AS (
  SELECT subject_id, measure, coalesce(period, '') AS p, min(value) AS low, max(value) AS high
  FROM figures GROUP BY ALL
  HAVING count(DISTINCT source_id) > 1 AND min(value) <> max(value))
SELECT f.subject_id, f.subject_name_zh, f.subject_name_en, f.measure, f.period, f.value, f.unit, f.bound,
  f.as_written, f.source_id, f.source_date, f.source_kind, f.figure_id, g.low, g.high
FROM figures f JOIN g ON g.subject_id = f.subject_id AND g.measure = f.measure AND g.p = coalesce(f.period, '')
ORDER BY g.high DESC, f.subject_id, f.measure, f.source_date`,
  },
  area_context: {
    description:
      "Area-wide figures from other reports and years: context for the year's numbers, not one series.",
    params: [],
    sql: `SELECT f.measure, f.value, f.unit, f.bound, f.period, f.as_written, f.source_id, f.source_date, f.figure_id
FROM figures f JOIN subjects s ON s.id = f.subject_id
WHERE s.kind = 'area' AND f.source_kind = 'secondary'
ORDER BY f.measure, f.period`,
  },
  figure_by_id: {
    description: "One figure by its id, for narrative text that cites a figure by name.",
    params: ["figure_id"],
    sql: `SELECT * FROM figures WHERE figure_id = ?`,
  },
  ledger: {
    description:
      "Every figure with its source: the fact-check ledger. Every remark in Chinese and English; `is_later` " +
      "marks a later report (see later_reports).",
    params: [],
    sql: `SELECT f.figure_id, f.subject_id, f.subject_name_zh, f.subject_name_en, f.measure, f.value, f.unit,
  f.bound, f.period, f.as_written, f.read_as, f.source_location_zh, f.source_location_en, f.note_zh, f.note_en,
  s.id AS source_id, s.kind AS source_kind, s.publisher_zh, s.publisher_en, s.title_zh, s.title_en, s.date AS source_date,
  s.url, s.via_zh, s.via_en, ${IS_LATER} AS is_later
FROM figures f JOIN sources s ON s.id = f.source_id
ORDER BY s.kind, s.date DESC, f.subject_id, f.measure`,
  },
  subject_list: {
    description:
      "Every subject with a page of its own: each park, project and zone (every subject but the area), with " +
      "its remarks, by id.",
    params: [],
    sql: `SELECT s.* FROM subjects s WHERE s.kind <> 'area' ORDER BY s.id`,
  },
  subject_overview: {
    description:
      "What is known of every park, project and zone: one row per total-investment figure of the story's " +
      "time (later reports apart), a subject with none gets one row with value NULL (not disclosed); low/high " +
      "span those figures; figure_count and milestone_count count what the sources give, later_count the later " +
      "reports. parent_kind says whether a subject is a phase of another (its parent is not the area).",
    params: [],
    sql: `WITH f AS (SELECT f.*, ${IS_LATER} AS is_later FROM figures f),
inv AS (SELECT * FROM f WHERE measure = 'total_investment' AND NOT is_later),
known AS (
  SELECT s.id, count(f.figure_id) FILTER (WHERE NOT f.is_later) AS figure_count,
    count(f.figure_id) FILTER (WHERE f.is_later) AS later_count,
    (SELECT count(*) FROM milestones m WHERE m.subject_id = s.id) AS milestone_count
  FROM subjects s LEFT JOIN f ON f.subject_id = s.id GROUP BY s.id)
SELECT s.id AS subject_id, s.name_zh, s.name_en, s.kind, s.sector, s.parent_id, p.kind AS parent_kind,
  inv.value, inv.bound, inv.as_written, inv.source_id, inv.source_date, inv.source_kind, inv.figure_id,
  min(inv.value) OVER w AS low, max(inv.value) OVER w AS high,
  count(inv.value) OVER w AS source_count,
  coalesce(min(inv.value) OVER w <> max(inv.value) OVER w, false) AS disputed,
  bool_or(inv.source_kind = 'primary') OVER w AS in_primary,
  k.figure_count, k.milestone_count, k.later_count
FROM subjects s JOIN known k ON k.id = s.id
  LEFT JOIN subjects p ON p.id = s.parent_id
  LEFT JOIN inv ON inv.subject_id = s.id
WHERE s.kind <> 'area'
WINDOW w AS (PARTITION BY s.id)
ORDER BY s.id, inv.source_date, inv.source_id`,
  },
  later_reports: {
    description:
      "A subject's later reports: figures that describe a time after the story's year (the primary source's " +
      "year), by the period they refer to or, for a stock figure with no period, by their source's date. " +
      "Shown apart from the story's figures, never mixed in; earliest first.",
    params: ["subject_id"],
    sql: `SELECT f.* FROM figures f
WHERE f.subject_id = ? AND ${IS_LATER}
ORDER BY coalesce(f.period, f.source_date), f.source_date, f.measure, f.figure_id`,
  },
} as const satisfies Record<string, QuerySpec>;

export type NamedQuery = keyof typeof QUERIES;
