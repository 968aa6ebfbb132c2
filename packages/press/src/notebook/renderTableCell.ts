import { type Bound, type Lang, measureLabel, type Unit } from "@newarea/data/core";
import { formatAmount, formatPeriod } from "@newarea/data/format";
import { escapeHtml } from "../render/escapeHtml.ts";
import { nullHtml } from "../render/nullDisplay.ts";
import { formatCell } from "./formatCell.ts";
import type { CellResult, Row } from "./runCell.ts";
import { NB_UI } from "./ui.ts";

/** How a table cell shows its source cell's result: which columns, and which of them are amounts. */
export interface TableSpec {
  columns: string[] | undefined;
  amount: string[];
}

// Column headings for readers; a column not listed keeps its SQL name.
const LABELS: Record<Lang, Record<string, string>> = {
  zh: {
    name: "对象",
    measure: "指标",
    value: "数值",
    low: "最低",
    high: "最高",
    as_written: "原文写法",
    source_id: "来源",
    source_date: "来源日期",
    source_kind: "来源类型",
    bound: "界限",
    sources: "来源数",
    figures: "数字个数",
    in_primary: "主要来源中",
    earliest: "最早",
    latest: "最晚",
    milestones: "时间节点",
    subjects: "点名的园区和项目",
    with_figure: "有投资数字的",
    sum_low: "最低数字之和",
    sum_high: "最高数字之和",
    planned_total: "全年计划项目总投资",
    pct_low: "占比（%，按最低）",
    pct_high: "占比（%，按最高）",
  },
  en: {
    name: "Subject",
    measure: "Measure",
    value: "Value",
    low: "Lowest",
    high: "Highest",
    as_written: "As written",
    source_id: "Source",
    source_date: "Source date",
    source_kind: "Source kind",
    bound: "Bound",
    sources: "Sources",
    figures: "Figures",
    in_primary: "In the primary source",
    earliest: "Earliest",
    latest: "Latest",
    milestones: "Milestones",
    subjects: "Named parks and projects",
    with_figure: "With an investment figure",
    sum_low: "Sum of lowest figures",
    sum_high: "Sum of highest figures",
    planned_total: "Planned total of the year",
    pct_low: "Share (%, lowest)",
    pct_high: "Share (%, highest)",
  },
};

// Columns that hold a date or a period, written as precise as known (2023-05-08, 2023-H1, 2023).
const DATES = new Set(["date", "period", "source_date", "earliest", "latest", "date_start", "date_end"]);

/** A value as a reader reads it: its HTML, and whether it is a number (right-aligned). */
interface Shown {
  html: string;
  num: boolean;
}

const text = (t: string, num = false): Shown => ({ html: escapeHtml(t), num });

/** A date or period in words; a value of another shape (a reader's own SQL may give one) as it is. */
function period(value: string, lang: Lang): string {
  try {
    return formatPeriod(value, lang);
  } catch {
    return value;
  }
}

/** Returns the value of `column` in `row` as a reader reads it. `name` is the subject's name in `lang`. */
function shown(row: Row, column: string, spec: TableSpec, lang: Lang): Shown {
  const ui = NB_UI[lang];
  const v =
    column === "name" ? (row[`name_${lang}`] ?? row[`subject_name_${lang}`] ?? row.name) : row[column];
  if (v === null || v === undefined) return { html: nullHtml(lang), num: false };
  if (column === "name") return text(String(v));
  if (typeof v === "boolean") return text(v ? ui.yes : ui.no);
  if (column === "measure" && typeof v === "string") return text(measureLabel(v, lang));
  if (DATES.has(column) && typeof v === "string") return text(period(v, lang));
  if (spec.amount.includes(column) && typeof v === "number") {
    const unit = (typeof row.unit === "string" ? row.unit : "CNY") as Unit;
    const bound = (row[`${column}_bound`] ?? (column === "value" ? row.bound : "exact") ?? "exact") as Bound;
    return text(formatAmount({ value: v, unit, bound }, lang), true);
  }
  const f = formatCell(v, lang);
  return text(f.text, f.kind === "num");
}

/** Returns the columns a table cell shows: the ones asked for, or every column of the result. */
function tableColumns(result: CellResult, spec: TableSpec): string[] {
  return spec.columns ?? result.columns;
}

/**
 * Returns a table cell as HTML (every value escaped): the chosen columns of a cell's result with reader
 * headings, measures named, amounts written as amounts. The same markup at build time and in the browser.
 */
export function renderTableCell(result: CellResult, spec: TableSpec, lang: Lang, caption: string): string {
  const columns = tableColumns(result, spec);
  const label = (c: string) => escapeHtml(LABELS[lang][c] ?? c);
  const only = result.rows.length === 1 ? result.rows[0] : undefined;
  if (only && columns.length > 3) {
    // One row of many columns reads better as labelled values, one per line.
    const lines = columns.map((c) => {
      const v = shown(only, c, spec, lang);
      return `<tr><th scope="row">${label(c)}</th><td${v.num ? ' class="num"' : ""}>${v.html}</td></tr>`;
    });
    return `<table class="nb-kv"><caption class="sr-only">${escapeHtml(caption)}</caption><tbody>${lines.join("")}</tbody></table>`;
  }
  const head = columns.map((c) => `<th scope="col">${label(c)}</th>`).join("");
  const body = result.rows
    .map((row) => {
      const cells = columns.map((c) => {
        const v = shown(row, c, spec, lang);
        return `<td${v.num ? ' class="num"' : ""}>${v.html}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("");
  return `<table><caption class="sr-only">${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
