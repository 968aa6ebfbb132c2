import type { DatePrecision, Lang } from "../types.ts";
import { formatDate } from "./formatDate.ts";

// The shapes a period may take (pipeline/dates.ts checkPeriod accepts the same), most precise first.
const SHAPES: readonly [RegExp, DatePrecision][] = [
  [/^\d{4}-\d{2}-\d{2}$/, "day"],
  [/^\d{4}-\d{2}$/, "month"],
  [/^\d{4}-Q[1-4]$/, "quarter"],
  [/^\d{4}-H[12]$/, "half"],
  [/^\d{4}$/, "year"],
];

/** Returns one end of a period in words, or throws naming the whole period. */
function formatEnd(end: string, period: string, lang: Lang): string {
  const found = SHAPES.find(([shape]) => shape.test(end));
  if (!found) {
    throw new RangeError(
      `cannot format period "${period}": expected YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM, YYYY-MM-DD or a range A/B`,
    );
  }
  try {
    return formatDate(end, found[1], lang);
  } catch (error) {
    throw new RangeError(`cannot format period "${period}": ${(error as Error).message}`);
  }
}

/**
 * Returns a period or a date in words, as precise as it is written: `2023` → zh `2023年`, en `2023`;
 * `2023-H1` → `2023年上半年`, `first half of 2023`; `2023-Q2` → `2023年第二季度`, `Q2 2023`; `2023-04` →
 * `2023年4月`, `April 2023`; `2023-04-12` → `2023年4月12日`, `12 April 2023`; a range `2023-01/2023-04` →
 * `2023年1月至4月`, `January to April 2023` (the year written once when both ends share it). The one
 * formatter for figure periods and source dates, in the ledger, charts, notebooks and downloads. Throws a
 * RangeError for any other shape.
 */
export function formatPeriod(period: string, lang: Lang): string {
  const ends = period.split("/");
  const [from = "", to = ""] = ends;
  if (ends.length === 1) return formatEnd(from, period, lang);
  // A third end fails as an empty one would.
  const a = formatEnd(ends.length === 2 ? from : "", period, lang);
  const b = formatEnd(to, period, lang);
  // Within one year the year is written once: 2023年1月至4月, January to April 2023.
  const year = from.slice(0, 4);
  const sameYear = year === to.slice(0, 4) && from.length > 4 && to.length > 4;
  if (lang === "zh") return `${a}至${sameYear ? b.slice(b.indexOf("年") + 1) : b}`;
  const cut = sameYear && a.endsWith(` ${year}`) && !a.endsWith(` of ${year}`);
  return `${cut ? a.slice(0, -year.length - 1) : a} to ${b}`;
}
