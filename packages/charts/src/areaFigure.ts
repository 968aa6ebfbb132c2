import type { AreaFigureRow } from "@newarea/data";

/** Returns the row of `measure` from `area_key_figures` rows; throws naming the chart when it is missing. */
export function areaFigure(rows: readonly AreaFigureRow[], measure: string, chart: string): AreaFigureRow {
  const row = rows.find((r) => r.measure === measure);
  if (!row) throw new Error(`${chart}: no "${measure}" among the area_key_figures rows`);
  return row;
}

/** Returns the row of `measure`, or undefined when the rows do not have it. */
export function maybeAreaFigure(rows: readonly AreaFigureRow[], measure: string): AreaFigureRow | undefined {
  return rows.find((r) => r.measure === measure);
}
