import type { Bound, InvestmentRow, Lang } from "@newarea/data";
import { formatAmount } from "@newarea/data/format";
import { group } from "d3";

/** What some sources of a figure wrote, in the same words: `{ text: "约178亿元", sourceIds: ["chinajilin-…"] }`. */
export interface Wording {
  /** zh: the words as written; en: the figure in English with its own bound (`about CNY 17.8 billion`). */
  text: string;
  sourceIds: string[];
}

/** The figures of one subject that give the same value, with the least precise of their bounds. */
export interface FigureGroup {
  value: number;
  bound: Bound;
  label: string;
  sourceIds: string[];
  /** Each source's own words, sources that wrote the same words together, in the order sources are named. */
  wordings: Wording[];
  hasPrimary: boolean;
  /** Publication years of the secondary sources, earliest first. */
  otherYears: string[];
  otherCount: number;
}

/**
 * How a subject's investment is drawn: `bar` for one value (or sources that agree), `open` for a bar to an
 * open lower bound, `range` for sources that disagree, `undisclosed` for no figure.
 */
export type InvestmentShape = "bar" | "open" | "range" | "undisclosed";

/** One subject of the investment chart: a row of the chart and of its table. */
export interface InvestmentSubject {
  id: string;
  name: string;
  shape: InvestmentShape;
  low: number | null;
  high: number | null;
  /** Distinct values, lowest first. */
  groups: FigureGroup[];
  /** True when the highest figure is an open lower bound (超, 以上): the true value may be higher still. */
  openEnded: boolean;
  /** What the row's label says: `175亿–约178亿元`, `至少100亿元`, `未披露`. */
  label: string;
}

// Later bounds are less precise; a value given as 178亿 by one report and 约178亿 by another is shown as 约.
const VAGUENESS: Record<Bound, number> = {
  exact: 0,
  approx: 1,
  at_most: 2,
  at_least: 2,
  order_of_magnitude: 3,
};

// The primary source first, then by publication date: the order sources are named in.
const byProvenance = (a: InvestmentRow, b: InvestmentRow) =>
  Number(b.source_kind === "primary") - Number(a.source_kind === "primary") ||
  (a.source_date ?? "").localeCompare(b.source_date ?? "") ||
  (a.source_id ?? "").localeCompare(b.source_id ?? "");

function groupFigures(rows: readonly InvestmentRow[], lang: Lang): FigureGroup[] {
  const known = rows.filter((r): r is InvestmentRow & { value: number } => r.value !== null);
  return [...group(known, (r) => r.value).entries()]
    .sort(([a], [b]) => a - b)
    .map(([value, unordered]) => {
      const figures = [...unordered].sort(byProvenance);
      const bound = figures
        .map((f) => f.bound ?? "exact")
        .reduce((a, b) => (VAGUENESS[b] > VAGUENESS[a] ? b : a), "exact" as Bound);
      const others = figures.filter((f) => f.source_kind !== "primary");
      return {
        value,
        bound,
        label: formatAmount({ value, unit: "CNY", bound }, lang),
        sourceIds: figures.flatMap((f) => (f.source_id === null ? [] : [f.source_id])),
        wordings: wordingsOf(figures, lang),
        hasPrimary: figures.some((f) => f.source_kind === "primary"),
        otherYears: [...new Set(others.map((f) => (f.source_date ?? "").slice(0, 4)).filter(Boolean))].sort(),
        otherCount: others.length,
      };
    });
}

/**
 * Returns what each source of a group wrote, so that a table never lends one source another's qualifier
 * (长春日报's 178亿元 is not 约178亿元 because 中国吉林网 wrote 约): in Chinese the words as written, in English
 * the figure with that source's own bound.
 */
function wordingsOf(figures: readonly InvestmentRow[], lang: Lang): Wording[] {
  const wordings = new Map<string, string[]>();
  for (const f of figures) {
    if (f.source_id === null || f.value === null) continue;
    const own = formatAmount({ value: f.value, unit: "CNY", bound: f.bound ?? "exact" }, lang);
    const text = lang === "zh" ? (f.as_written ?? own) : own;
    wordings.set(text, [...(wordings.get(text) ?? []), f.source_id]);
  }
  return [...wordings].map(([text, sourceIds]) => ({ text, sourceIds }));
}

function rangeLabel(low: FigureGroup, high: FigureGroup, lang: Lang): string {
  if (lang === "en") return `${low.label} to ${high.label}`;
  // 175亿–约178亿元: the unit is written once, at the end.
  const lowText = high.label.endsWith("元") ? low.label.replace(/元$/, "") : low.label;
  return `${lowText}–${high.label}`;
}

/**
 * Returns one entry per subject of `investment_by_subject` rows, largest first by the highest figure any
 * source gives, subjects without a figure last; ties keep the subject id order.
 */
export function investmentModel(rows: readonly InvestmentRow[], lang: Lang): InvestmentSubject[] {
  return investmentSubjects(rows, lang).sort(
    (a, b) => (b.high ?? -1) - (a.high ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Returns one entry per subject of rows shaped like `investment_by_subject`'s, in the order the subjects first appear. */
export function investmentSubjects(rows: readonly InvestmentRow[], lang: Lang): InvestmentSubject[] {
  return [...group(rows, (r) => r.subject_id).values()].map((figures): InvestmentSubject => {
    const first = figures[0] as InvestmentRow;
    const groups = groupFigures(figures, lang);
    const low = groups[0];
    const high = groups.at(-1);
    const name = lang === "zh" ? first.name_zh : first.name_en;
    if (!low || !high) {
      const label = lang === "zh" ? "未披露" : "not disclosed";
      return {
        id: first.subject_id,
        name,
        shape: "undisclosed",
        low: null,
        high: null,
        groups,
        openEnded: false,
        label,
      };
    }
    const openEnded = high.bound === "at_least";
    const shape = low !== high ? "range" : openEnded ? "open" : "bar";
    const label = shape === "range" ? rangeLabel(low, high, lang) : high.label;
    return { id: first.subject_id, name, shape, low: low.value, high: high.value, groups, openEnded, label };
  });
}
