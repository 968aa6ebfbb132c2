import { expect, test } from "vitest";
import { LOCATION_TERMS, LOCATIONS, readLocation } from "../src/locations.ts";

test("readLocation('line 4') is 第4行 in Chinese and line 4 in English", () => {
  expect(readLocation("line 4")).toEqual({ zh: "第4行", en: "line 4" });
  expect(readLocation("line 11")).toEqual({ zh: "第11行", en: "line 11" });
});

test("readLocation(term) reads every term of the vocabulary into both languages", () => {
  expect(readLocation("body text")).toEqual({ zh: "正文", en: "body text" });
  expect(readLocation("summary")).toEqual({ zh: "摘要", en: "summary" });
  for (const term of Object.keys(LOCATIONS)) expect(readLocation(term)?.zh).toMatch(/\p{Script=Han}/u);
});

test("readLocation(term) refuses anything else: a line 0, a file of ours, a free description", () => {
  for (const term of ["line 0", "line 4a", "secondary-sources.md, row 4", "paragraph 2", "toString", ""]) {
    expect(readLocation(term), term).toBeUndefined();
  }
  expect(LOCATION_TERMS).toBe("line N, body text, summary, no copy");
});
