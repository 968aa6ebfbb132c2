import fc from "fast-check";
import { expect, test } from "vitest";
import {
  addDecimals,
  decimalFromNumber,
  decimalFromString,
  decimalToNumber,
  decimalToPlain,
  exceedsMagnitude,
  isWholeDecimal,
  roundDecimal,
  shiftDecimal,
} from "../../src/amount/decimal.ts";

test("decimalFromString('61.4') is 614 × 10^-1", () => {
  expect(decimalFromString("61.4")).toEqual({ coefficient: 614n, exponent: -1 });
  expect(decimalFromString("-1.5e-7")).toEqual({ coefficient: -15n, exponent: -8 });
});

test("decimalFromString('1,080') throws a RangeError", () => {
  expect(() => decimalFromString("1,080")).toThrow(RangeError);
});

test("decimalFromNumber(NaN) and decimalFromNumber(Infinity) throw a RangeError", () => {
  expect(() => decimalFromNumber(Number.NaN)).toThrow(RangeError);
  expect(() => decimalFromNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
});

test("shiftDecimal(61.4, 8) is 6140000000 exactly, where 61.4 * 1e8 is not guaranteed", () => {
  expect(decimalToNumber(shiftDecimal(decimalFromString("61.4"), 8))).toBe(6140000000);
  expect(decimalToNumber(shiftDecimal(decimalFromString("1560.53"), 8))).toBe(156053000000);
});

test("addDecimals(0.1, 0.2) is 0.3 exactly", () => {
  expect(decimalToPlain(addDecimals(decimalFromString("0.1"), decimalFromString("0.2")))).toBe("0.3");
});

test("roundDecimal(d, n) rounds half away from zero", () => {
  expect(decimalToPlain(roundDecimal(decimalFromString("1.005"), 2))).toBe("1.01");
  expect(decimalToPlain(roundDecimal(decimalFromString("-1.005"), 2))).toBe("-1.01");
  expect(decimalToPlain(roundDecimal(decimalFromString("1.004"), 2))).toBe("1");
  expect(decimalToPlain(roundDecimal(decimalFromString("1234.5"), 0))).toBe("1235");
  expect(decimalToPlain(roundDecimal(decimalFromString("12"), 2))).toBe("12");
});

test("isWholeDecimal(d) is true for 61.4 × 10^8 and 6.00, false for 0.5", () => {
  expect(isWholeDecimal(shiftDecimal(decimalFromString("61.4"), 8))).toBe(true);
  expect(isWholeDecimal(decimalFromString("6.00"))).toBe(true);
  expect(isWholeDecimal(decimalFromString("-0.5"))).toBe(false);
});

test("exceedsMagnitude(d, limit) compares |d| with limit exactly, where doubles would round", () => {
  const max = BigInt(Number.MAX_SAFE_INTEGER);
  expect(exceedsMagnitude(decimalFromString("9007199254740991"), max)).toBe(false);
  expect(exceedsMagnitude(decimalFromString("-9007199254740992"), max)).toBe(true);
  expect(exceedsMagnitude(decimalFromString("9007199254740991.4"), max)).toBe(true);
  expect(exceedsMagnitude(decimalFromString("90071992547409.91e2"), max)).toBe(false);
  expect(exceedsMagnitude(decimalFromString("1e400"), max)).toBe(true);
});

test("decimalToPlain(d) writes no exponent and no trailing zeros", () => {
  expect(decimalToPlain(decimalFromString("61.40"))).toBe("61.4");
  expect(decimalToPlain(decimalFromString("1080"))).toBe("1080");
  expect(decimalToPlain(decimalFromString("1e21"))).toBe("1000000000000000000000");
  expect(decimalToPlain(decimalFromString("1.5e-7"))).toBe("0.00000015");
  expect(decimalToPlain(decimalFromString("-0.0"))).toBe("0");
});

test("decimalToNumber(decimalFromNumber(x)) is x for every finite double", () => {
  fc.assert(
    fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      expect(decimalToNumber(decimalFromNumber(x))).toBe(x === 0 ? 0 : x);
      expect(Number(decimalToPlain(decimalFromNumber(x)))).toBe(x === 0 ? 0 : x);
    }),
    { seed: 1, numRuns: 1000 },
  );
});
