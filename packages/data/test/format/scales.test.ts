import { expect, test } from "vitest";
import { amountScales, defaultResolution, pickScale, ZH_GROUPS } from "../../src/format/scales.ts";

test("pickScale(ZH_GROUPS, abs) is the largest group abs reaches", () => {
  expect(pickScale(ZH_GROUPS, 1080e8).word).toBe("亿");
  expect(pickScale(ZH_GROUPS, 5e7).word).toBe("万");
  expect(pickScale(ZH_GROUPS, 1.2e12).word).toBe("万亿");
  expect(pickScale(ZH_GROUPS, 1500).word).toBe("");
  expect(pickScale(ZH_GROUPS, 0).word).toBe("");
});

test("amountScales('m2', lang) uses 平方公里 / km² from one square kilometre up", () => {
  expect(pickScale(amountScales("m2", "zh"), 9e6).word).toBe("平方公里");
  expect(pickScale(amountScales("m2", "zh"), 216000).word).toBe("万平方米");
  expect(pickScale(amountScales("m2", "en"), 216000).word).toBe(" m²");
});

test("defaultResolution(unit, abs) is two decimals of the Chinese group, or of a percent", () => {
  expect(defaultResolution("CNY", 1560.53e8)).toBe(6);
  expect(defaultResolution("m2", 216000)).toBe(2);
  expect(defaultResolution("count", 125)).toBe(-2);
  expect(defaultResolution("ratio", 0.761)).toBe(-4);
});
