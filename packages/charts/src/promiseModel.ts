import type { Lang, Measure, OutputPromiseRow } from "@newarea/data";
import { formatAmount } from "@newarea/data/format";
import { PALETTE } from "./palette.ts";

/** The colour of each measure of `output_promises`, in legend order; their words are MEASURES' (@newarea/data). */
export const PROMISE_COLORS: Readonly<Partial<Record<Measure, string>>> = {
  expected_output_value: PALETTE.blue,
  new_capacity_value: PALETTE.orange,
  cluster_output_target: PALETTE.teal,
  induced_output_target: PALETTE.purple,
};

/**
 * The panels of the promises chart, each with its own axis: capacity (产能) and output value (产值) are
 * different measures and never share one, even where both say 300亿元. A measure not listed is output.
 */
export const PROMISE_PANELS = [
  {
    id: "output",
    zh: "产值",
    en: "Output value",
    measures: ["expected_output_value", "cluster_output_target", "induced_output_target"],
  },
  { id: "capacity", zh: "产能", en: "Production capacity", measures: ["new_capacity_value"] },
] as const;

export type PromisePanel = (typeof PROMISE_PANELS)[number];

/**
 * Returns the panels that have rows, in order, each with its rows in their given order; with no rows at
 * all, the first panel, empty, so that an empty chart still shows its axis.
 */
export function promisePanels<R extends { measure: string }>(
  rows: readonly R[],
): { panel: PromisePanel; rows: R[] }[] {
  const panelOf = (m: string) =>
    PROMISE_PANELS.find((p) => (p.measures as readonly string[]).includes(m)) ?? PROMISE_PANELS[0];
  const panels = PROMISE_PANELS.map((panel) => ({
    panel,
    rows: rows.filter((r) => panelOf(r.measure) === panel),
  }));
  const shown = panels.filter((p) => p.rows.length > 0);
  return shown.length > 0 ? shown : panels.slice(0, 1);
}

/** Returns the colour of a promise measure; grey for one not listed. */
export function promiseMeasureColor(measure: string): string {
  return PROMISE_COLORS[measure as Measure] ?? PALETTE.grey;
}

/**
 * Returns the upper end of what a promise says: ten times the value for an order of magnitude (百亿元量级 is
 * 100亿 up to 1000亿), the value itself otherwise.
 */
export function promiseUpper(row: OutputPromiseRow): number {
  return row.bound === "order_of_magnitude" ? row.value * 10 : row.value;
}

/** Returns what a promise says, in words: `300亿元`, `百亿元量级（100亿–1000亿元）`, `on the order of CNY 10 billion (CNY 10–100 billion)`. */
export function promiseAmount(row: OutputPromiseRow, lang: Lang): string {
  const text = formatAmount(row, lang);
  if (row.bound !== "order_of_magnitude") return text;
  const low = formatAmount({ value: row.value, unit: row.unit, bound: "exact" }, lang);
  const high = formatAmount({ value: promiseUpper(row), unit: row.unit, bound: "exact" }, lang);
  return lang === "zh" ? `${text}（${low.replace(/元$/, "")}–${high}）` : `${text} (${low} to ${high})`;
}

/** One promise as drawn: the same subject, measure, value and bound given by one or more source rows. */
export interface MergedPromise {
  /** The first of the rows, standing for all of them. */
  row: OutputPromiseRow;
  rows: OutputPromiseRow[];
  /** How many different sources give it. */
  sourceCount: number;
}

/**
 * Returns the promises to draw, in order of first appearance: rows that repeat a subject, measure, value,
 * unit and bound (the optics valley's 百亿元量级 cluster in three reports) become one.
 */
export function mergePromises(rows: readonly OutputPromiseRow[]): MergedPromise[] {
  const merged = new Map<string, MergedPromise>();
  for (const r of rows) {
    const key = JSON.stringify([r.subject_id, r.measure, r.value, r.unit, r.bound]);
    const m = merged.get(key);
    if (m) m.rows.push(r);
    else merged.set(key, { row: r, rows: [r], sourceCount: 0 });
  }
  for (const m of merged.values()) m.sourceCount = new Set(m.rows.map((r) => r.source_id)).size;
  return [...merged.values()];
}

/** Returns how many sources give a promise, when more than one: zh `（3个来源）`, en ` (3 sources)`; empty otherwise. */
export function sourceCountNote(count: number, lang: Lang): string {
  if (count < 2) return "";
  return lang === "zh" ? `（${count}个来源）` : ` (${count} sources)`;
}
