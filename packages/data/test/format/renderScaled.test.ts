import { expect, test } from "vitest";
import { groupThousands, renderScaled } from "../../src/format/renderScaled.ts";
import { amountScales } from "../../src/format/scales.ts";

test("groupThousands('216000.125') puts a comma every three digits before the point only", () => {
  expect(groupThousands("216000.125")).toBe("216,000.125");
  expect(groupThousands("-1234")).toBe("-1,234");
  expect(groupThousands("999")).toBe("999");
});

test("renderScaled(156053e6, 'CNY', en scales, 'en') keeps the 亿 resolution: 156.053 billion", () => {
  const scaled = renderScaled(156053e6, "CNY", amountScales("CNY", "en"), "en");
  expect(scaled).toEqual({ digits: "156.053", scale: { exponent: 9, word: " billion" }, negative: false });
});

test("renderScaled(-0.00001, 'CNY', zh scales, 'zh') rounds to 0 and is not negative", () => {
  expect(renderScaled(-0.00001, "CNY", amountScales("CNY", "zh"), "zh")).toMatchObject({
    digits: "0",
    negative: false,
  });
});
