import { expect, test } from "vitest";
import { signOf } from "../../src/format/signOf.ts";

const scale = { exponent: -2, word: "%" };

test("signOf(scaled, signed) is - when negative, + when signed and above zero, else empty", () => {
  expect(signOf({ digits: "5", scale, negative: true }, false)).toBe("-");
  expect(signOf({ digits: "49", scale, negative: false }, true)).toBe("+");
  expect(signOf({ digits: "49", scale, negative: false }, false)).toBe("");
  expect(signOf({ digits: "0", scale, negative: false }, true)).toBe("");
});
