import { expect, test } from "vitest";
import { isMeasure } from "../src/measures.ts";

test("isMeasure('total_investment') is true, isMeasure('nonsense') false", () => {
  expect(isMeasure("total_investment")).toBe(true);
  expect(isMeasure("nonsense")).toBe(false);
});
