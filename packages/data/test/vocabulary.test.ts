import { expect, test } from "vitest";
import {
  BOUND_WORDS,
  boundLabel,
  boundMeaning,
  SUBJECT_KIND_WORDS,
  subjectKindLabel,
} from "../src/vocabulary.ts";

test("subjectKindLabel(kind, lang) names every kind in both languages", () => {
  expect(subjectKindLabel("park", "zh")).toBe("园区");
  expect(subjectKindLabel("zone", "en")).toBe("zone");
  for (const labels of Object.values(SUBJECT_KIND_WORDS)) {
    expect(labels.zh).toMatch(/^\p{Script=Han}+$/u);
    expect(labels.en).toMatch(/^[a-z ]+$/);
  }
});

test("boundLabel('at_least') is a floor: 'at least', never 'more than' (以上 includes the number)", () => {
  expect(boundLabel("at_least", "zh")).toBe("下限");
  expect(boundLabel("at_least", "en")).toBe("floor");
  expect(boundMeaning("at_least", "en")).toContain("at least");
  expect(boundMeaning("at_least", "en")).not.toMatch(/more than/);
  expect(boundMeaning("at_least", "zh")).toContain("不少于");
  for (const b of Object.values(BOUND_WORDS)) {
    expect(b.zhMeaning).not.toMatch(/[A-Za-z]/);
    expect(b.zh).toMatch(/^\p{Script=Han}+$/u);
  }
});
