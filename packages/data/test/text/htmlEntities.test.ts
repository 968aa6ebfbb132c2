import { expect, test } from "vitest";
import { decodeEntity } from "../../src/text/htmlEntities.ts";

test("decodeEntity(body) decodes named, decimal and hexadecimal entities; nbsp becomes a space", () => {
  expect(decodeEntity("nbsp")).toBe(" ");
  expect(decodeEntity("AMP")).toBe("&");
  expect(decodeEntity("#8220")).toBe("“");
  expect(decodeEntity("#x4E2D")).toBe("中");
  expect(decodeEntity("#160")).toBe(" ");
});

test("decodeEntity(body) returns undefined for unknown names and impossible code points", () => {
  for (const body of ["unknown", "constructor", "#0", "#xD800", "#1114112"])
    expect(decodeEntity(body)).toBeUndefined();
});
