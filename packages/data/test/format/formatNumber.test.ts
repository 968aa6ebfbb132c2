import { expect, test } from "vitest";
import { formatNumber } from "../../src/format/formatNumber.ts";

test.each([
  [1080e8, "1080亿", "108,000,000,000"],
  [5e7, "5000万", "50,000,000"],
  [1.2e12, "1.2万亿", "1,200,000,000,000"],
  [1500, "1500", "1,500"],
  [1234.5678, "1234.57", "1,234.57"],
  [0.5, "0.5", "0.5"],
  [0, "0", "0"],
  [-3e8, "-3亿", "-300,000,000"],
])(
  "formatNumber(%d, lang) is zh %s (万/亿, no grouping) and en %s (thousands separators)",
  (value, zh, en) => {
    expect(formatNumber(value, "zh")).toBe(zh);
    expect(formatNumber(value, "en")).toBe(en);
  },
);

test("formatNumber(value, lang, { digits }) keeps at most that many decimals", () => {
  expect(formatNumber(61.4e8, "zh", { digits: 0 })).toBe("61亿");
  expect(formatNumber(1234.5678, "en", { digits: 3 })).toBe("1,234.568");
});
