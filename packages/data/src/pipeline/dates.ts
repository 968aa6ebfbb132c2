import type { DatePrecision } from "../types.ts";

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Returns the reason an ISO calendar date (YYYY, YYYY-MM or YYYY-MM-DD) is impossible, or null when it is fine. */
export function checkIsoDate(text: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return "not a date: use YYYY, YYYY-MM or YYYY-MM-DD";
  const [, y, mo, d] = m.map((v) => (v === undefined ? undefined : Number(v)));
  if (y === undefined || y < 1949 || y > 2100) return `year ${y} is out of range`;
  if (mo !== undefined && (mo < 1 || mo > 12)) return `month ${pad(mo)} does not exist`;
  if (mo !== undefined && d !== undefined && (d < 1 || d > lastDay(y, mo))) {
    return `day ${pad(d)} does not exist in ${y}-${pad(mo)}`;
  }
  return null;
}

/**
 * Returns the first and last day (YYYY-MM-DD) a milestone date can mean at its precision, or the reason
 * the pair is impossible: `2023` at year_end is December 2023, `2023-H1` January to June.
 */
export function dateSpan(
  date: string,
  precision: DatePrecision,
): { start: string; end: string } | { error: string } {
  const expected: Record<DatePrecision, RegExp> = {
    day: /^\d{4}-\d{2}-\d{2}$/,
    month: /^\d{4}-\d{2}$/,
    quarter: /^\d{4}-Q[1-4]$/,
    half: /^\d{4}-H[12]$/,
    year_end: /^\d{4}$/,
    year: /^\d{4}$/,
  };
  if (!expected[precision].test(date)) {
    const forms = { day: "YYYY-MM-DD", month: "YYYY-MM", quarter: "YYYY-Qn", half: "YYYY-H1 or YYYY-H2" };
    const form = forms[precision as keyof typeof forms] ?? "YYYY";
    return { error: `a date of precision ${precision} is written ${form}` };
  }
  const y = Number(date.slice(0, 4));
  const span = (m1: number, d1: number, m2: number) => ({
    start: `${y}-${pad(m1)}-${pad(d1)}`,
    end: `${y}-${pad(m2)}-${pad(lastDay(y, m2))}`,
  });
  if (precision === "quarter" || precision === "half") {
    const n = Number(date.slice(-1));
    return precision === "quarter" ? span(3 * n - 2, 1, 3 * n) : span(6 * n - 5, 1, 6 * n);
  }
  const problem = precision === "day" || precision === "month" ? checkIsoDate(date) : checkIsoDate(String(y));
  if (problem) return { error: problem };
  if (precision === "year") return span(1, 1, 12);
  if (precision === "year_end") return span(12, 1, 12);
  const mo = Number(date.slice(5, 7));
  if (precision === "month") return span(mo, 1, mo);
  return { start: date, end: date };
}

/** Returns the last day an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) can mean. */
export function isoDateEnd(date: string): string {
  if (date.length === 10) return date;
  const y = Number(date.slice(0, 4));
  const mo = date.length === 7 ? Number(date.slice(5, 7)) : 12;
  return `${y}-${pad(mo)}-${pad(lastDay(y, mo))}`;
}

const PERIOD = /^(\d{4})(?:-(?:H[12]|Q[1-4]|(\d{2})(?:-(\d{2}))?))?(?:\/(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?)?$/;

/** Returns the reason a figure's period is malformed or impossible, or null: `2023`, `2023-H1`, `2023-01/2023-04`. */
export function checkPeriod(text: string): string | null {
  if (!PERIOD.test(text)) return "period must be YYYY, YYYY-H1, YYYY-Qn, YYYY-MM, YYYY-MM-DD or a range A/B";
  for (const part of text.split("/")) {
    const problem = /H|Q/.test(part) ? checkIsoDate(part.slice(0, 4)) : checkIsoDate(part);
    if (problem) return problem;
  }
  const [a, b] = text.split("/");
  if (a && b && isoDateEnd(b) < a) return "a range must end after it starts";
  return null;
}
