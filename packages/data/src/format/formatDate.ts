import type { DatePrecision, Lang } from "../types.ts";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const ZH_QUARTERS = ["一", "二", "三", "四"];

const PATTERNS: Record<DatePrecision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  half: /^(\d{4})-H([12])$/,
  year_end: /^(\d{4})$/,
  year: /^(\d{4})$/,
};
const SHAPES: Record<DatePrecision, string> = {
  day: "YYYY-MM-DD",
  month: "YYYY-MM",
  quarter: "YYYY-Qn",
  half: "YYYY-Hn",
  year_end: "YYYY",
  year: "YYYY",
};

/**
 * Returns a date as precise as it is known: `2023-04-12` (day) → zh `2023年4月12日`, en `12 April 2023`;
 * `2024-04` (month) → `2024年4月`, `April 2024`; `2023` (year_end) → `2023年底`, `end of 2023`; `2024` (year) →
 * `2024年`, `2024`; `2023-H1` (half) → `2023年上半年`, `first half of 2023`; `2023-Q2` (quarter) →
 * `2023年第二季度`, `Q2 2023`. Throws a RangeError when the date does not have the shape its precision needs.
 */
export function formatDate(date: string, precision: DatePrecision, lang: Lang): string {
  const match = PATTERNS[precision].exec(date);
  const [, year = "", part = "", day = ""] = match ?? [];
  const n = Number(part);
  const valid = match && (precision !== "month" && precision !== "day" ? true : n >= 1 && n <= 12);
  const lastDay = new Date(Date.UTC(Number(year), n, 0)).getUTCDate();
  if (!valid || (precision === "day" && (Number(day) < 1 || Number(day) > lastDay))) {
    throw new RangeError(
      `cannot format date "${date}" as ${precision}: expected a real date shaped ${SHAPES[precision]}`,
    );
  }
  const zh = lang === "zh";
  switch (precision) {
    case "day":
      return zh ? `${year}年${n}月${Number(day)}日` : `${Number(day)} ${MONTHS[n - 1]} ${year}`;
    case "month":
      return zh ? `${year}年${n}月` : `${MONTHS[n - 1]} ${year}`;
    case "quarter":
      return zh ? `${year}年第${ZH_QUARTERS[n - 1]}季度` : `Q${n} ${year}`;
    case "half":
      return zh ? `${year}年${n === 1 ? "上" : "下"}半年` : `${n === 1 ? "first" : "second"} half of ${year}`;
    case "year_end":
      return zh ? `${year}年底` : `end of ${year}`;
    case "year":
      return zh ? `${year}年` : year;
  }
}
