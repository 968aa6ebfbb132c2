import { expect, test } from "vitest";
import { formatPeriod } from "../../src/format/formatPeriod.ts";

test.each<[string, string, string]>([
  ["2023", "2023年", "2023"],
  ["2023-H1", "2023年上半年", "first half of 2023"],
  ["2023-Q2", "2023年第二季度", "Q2 2023"],
  ["2023-04", "2023年4月", "April 2023"],
  ["2023-04-12", "2023年4月12日", "12 April 2023"],
  ["2023-01/2023-04", "2023年1月至4月", "January to April 2023"],
  ["2022-12/2023-03", "2022年12月至2023年3月", "December 2022 to March 2023"],
  ["2023-01-01/2023-04-30", "2023年1月1日至4月30日", "1 January to 30 April 2023"],
  ["2023-H1/2023-H2", "2023年上半年至下半年", "first half of 2023 to second half of 2023"],
  ["2021/2023", "2021年至2023年", "2021 to 2023"],
])("formatPeriod('%s', lang) is zh %s, en %s", (period, zh, en) => {
  expect(formatPeriod(period, "zh")).toBe(zh);
  expect(formatPeriod(period, "en")).toBe(en);
});

test.each(["2023-H3", "Jan–Apr 2023", "2023-13", "2023/2024/2025", "", "2023-01/"])(
  "formatPeriod('%s', lang) throws a RangeError naming the period",
  (period) => {
    expect(() => formatPeriod(period, "en")).toThrow(RangeError);
    expect(() => formatPeriod(period, "zh")).toThrow(`cannot format period "${period}": `);
  },
);
