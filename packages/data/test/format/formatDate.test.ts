import { expect, test } from "vitest";
import { formatDate } from "../../src/format/formatDate.ts";
import type { DatePrecision } from "../../src/types.ts";

test.each<[string, DatePrecision, string, string]>([
  ["2023-04-12", "day", "2023年4月12日", "12 April 2023"],
  ["2023-12-01", "day", "2023年12月1日", "1 December 2023"],
  ["2024-04", "month", "2024年4月", "April 2024"],
  ["2023", "year_end", "2023年底", "end of 2023"],
  ["2024", "year", "2024年", "2024"],
  ["2023-H1", "half", "2023年上半年", "first half of 2023"],
  ["2023-H2", "half", "2023年下半年", "second half of 2023"],
  ["2023-Q2", "quarter", "2023年第二季度", "Q2 2023"],
  ["2023-Q4", "quarter", "2023年第四季度", "Q4 2023"],
])("formatDate('%s', '%s', lang) is zh %s, en %s", (date, precision, zh, en) => {
  expect(formatDate(date, precision, "zh")).toBe(zh);
  expect(formatDate(date, precision, "en")).toBe(en);
});

test.each<[string, DatePrecision]>([
  ["2023-04", "day"],
  ["2023-02-30", "day"],
  ["2023-13", "month"],
  ["2023-04-12", "year"],
  ["2023-Q5", "quarter"],
  ["2023-H3", "half"],
  ["2023", "month"],
])("formatDate('%s', '%s', lang) throws a RangeError naming the expected shape", (date, precision) => {
  expect(() => formatDate(date, precision, "zh")).toThrow(RangeError);
  expect(() => formatDate(date, precision, "en")).toThrow(`cannot format date "${date}" as ${precision}`);
});
