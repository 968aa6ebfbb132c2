import { formatDate } from "@newarea/data/format";
import type { DatePrecision, Lang } from "./rows.ts";

const SHAPES: [RegExp, DatePrecision][] = [
  [/^\d{4}-H[12]$/, "half"],
  [/^\d{4}-Q[1-4]$/, "quarter"],
  [/^\d{4}-\d{2}$/, "month"],
  [/^\d{4}$/, "year"],
];

/** Returns a figure's period in words (`2023-H1` → `2023年上半年`, `first half of 2023`), or null when it has none or an unknown shape. */
export function periodLabel(period: string | null, lang: Lang): string | null {
  const precision = period === null ? undefined : SHAPES.find(([shape]) => shape.test(period))?.[1];
  return period === null || precision === undefined ? null : formatDate(period, precision, lang);
}
