import { expect, test } from "vitest";
import { toSimplified } from "../../src/text/toSimplified.ts";

test("toSimplified(text) converts the mirror's Taiwan forms, 著 to 着 only where it is the particle", () => {
  expect(toSimplified("長春新區為眾啟")).toBe("长春新区为众启");
  expect(toSimplified("一切盯著項目看,署著作者名")).toBe("一切盯着项目看,署著作者名");
  expect(toSimplified("一本臺賬")).toBe("一本台账");
});

test("toSimplified(text) keeps digits, punctuation, Latin and private-use characters", () => {
  expect(toSimplified("GMP 5000萬(wàn)元,49%;“三量”:\uE000□")).toBe("GMP 5000万(wàn)元,49%;“三量”:\uE000□");
});
