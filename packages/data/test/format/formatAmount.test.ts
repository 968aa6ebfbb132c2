import fc from "fast-check";
import { Converter } from "opencc-js/cn2t";
import { describe, expect, test } from "vitest";
import { parseAmount } from "../../src/amount/parseAmount.ts";
import type { AmountLike } from "../../src/format/AmountLike.ts";
import { formatAmount } from "../../src/format/formatAmount.ts";
import type { Bound, Lang, Unit } from "../../src/types.ts";

const amount = (value: number, unit: Unit, bound: Bound = "exact"): AmountLike => ({ value, unit, bound });

describe("zh", () => {
  test.each([
    [amount(1080e8, "CNY"), "1080亿元"],
    [amount(61.4e8, "CNY"), "61.4亿元"],
    [amount(22e8, "CNY"), "22亿元"],
    [amount(5e7, "CNY"), "5000万元"],
    [amount(1500, "CNY"), "1500元"],
    [amount(1.2e12, "CNY"), "1.2万亿元"],
    [amount(1309e6, "CNY"), "13.09亿元"],
    [amount(156053e6, "CNY"), "1560.53亿元"],
    [amount(2e6, "USD"), "200万美元"],
    [amount(125, "count"), "125个"],
    [amount(78e6, "count"), "7800万个"],
    [amount(0.761, "ratio"), "76.1%"],
    [amount(2.118, "ratio"), "211.8%"],
    [amount(216000, "m2"), "21.6万平方米"],
    [amount(9e6, "m2"), "9平方公里"],
    [amount(3.698e6, "m2"), "3.698平方公里"],
    [amount(0, "CNY"), "0元"],
  ])("formatAmount(%j, 'zh') is %s", (a, text) => {
    expect(formatAmount(a, "zh")).toBe(text);
  });

  test.each([
    [amount(1e10, "CNY", "at_least"), "至少100亿元"],
    [amount(240, "count", "at_least"), "至少240个"],
    [amount(178e8, "CNY", "approx"), "约178亿元"],
    [amount(1e10, "CNY", "at_most"), "近100亿元"],
    [amount(1e10, "CNY", "order_of_magnitude"), "百亿元量级"],
    [amount(1e11, "CNY", "order_of_magnitude"), "千亿元量级"],
    [amount(1e9, "USD", "order_of_magnitude"), "十亿美元量级"],
    [amount(1e10, "count", "order_of_magnitude"), "百亿量级"],
    [amount(5e10, "CNY", "order_of_magnitude"), "500亿元量级"],
    [amount(1e6, "m2", "order_of_magnitude"), "1平方公里量级"],
  ])("formatAmount(%j, 'zh') with a bound is %s", (a, text) => {
    expect(formatAmount(a, "zh")).toBe(text);
  });
});

test.each([
  ["5000万元以上", "至少5000万元", "at least CNY 50 million"],
  ["240个以上", "至少240个", "at least 240"],
  ["超百亿元", "至少100亿元", "at least CNY 10 billion"],
  ["逾10亿元", "至少10亿元", "at least CNY 1 billion"],
])("formatAmount(parseAmount(%j)) says 'at least', never 超 or 'more than': %s, %s", (text, zh, en) => {
  // 以上 includes its threshold; the bound at_least cannot tell it from 超, so both read "at least".
  const a = parseAmount(text);
  expect(formatAmount(a, "zh")).toBe(zh);
  expect(formatAmount(a, "en")).toBe(en);
});

test.each([
  [{ value: 78e6, unit: "count", bound: "exact", as_written: "7800万支" }, "7800万支"],
  [{ value: 10, unit: "count", bound: "exact", as_written: "十大园区", read_as: "10个" }, "10个"],
  [{ value: 10, unit: "count", bound: "exact", as_written: "ten industrial parks", read_as: "10个" }, "10个"],
  [{ value: 240, unit: "count", bound: "at_least", as_written: "240个以上" }, "至少240个"],
  [{ value: 45, unit: "count", bound: "exact", as_written: "45家" }, "45家"],
  [{ value: 78e6, unit: "count", bound: "exact", as_written: "7800萬支" }, "7800万支"],
  [{ value: 78e6, unit: "count", bound: "exact" }, "7800万个"],
] as [AmountLike, string][])("formatAmount(%j, 'zh') keeps the source's classifier: %s", (a, text) => {
  expect(formatAmount(a, "zh")).toBe(text);
  expect(parseAmount(text)).toMatchObject({ value: a.value, unit: "count", bound: a.bound });
});

describe("en", () => {
  test.each([
    [amount(1080e8, "CNY"), "CNY 108 billion"],
    [amount(61.4e8, "CNY"), "CNY 6.14 billion"],
    [amount(5e8, "CNY"), "CNY 500 million"],
    [amount(1500, "CNY"), "CNY 1,500"],
    [amount(1.2e12, "CNY"), "CNY 1.2 trillion"],
    [amount(1309e6, "CNY"), "CNY 1.309 billion"],
    [amount(156053e6, "CNY"), "CNY 156.053 billion"],
    [amount(4081e7, "CNY"), "CNY 40.81 billion"],
    [amount(2e6, "USD"), "USD 2 million"],
    [amount(125, "count"), "125"],
    [amount(78e6, "count"), "78 million"],
    [amount(0.761, "ratio"), "76.1%"],
    [amount(216000, "m2"), "216,000 m²"],
    [amount(9e6, "m2"), "9 km²"],
  ])("formatAmount(%j, 'en') is %s", (a, text) => {
    expect(formatAmount(a, "en")).toBe(text);
  });

  test.each([
    [amount(1e10, "CNY", "at_least"), "at least CNY 10 billion"],
    [amount(178e8, "CNY", "approx"), "about CNY 17.8 billion"],
    [amount(1e10, "CNY", "at_most"), "nearly CNY 10 billion"],
    [amount(1e10, "CNY", "order_of_magnitude"), "on the order of CNY 10 billion"],
    [amount(1e11, "CNY", "order_of_magnitude"), "on the order of CNY 100 billion"],
    [amount(240, "count", "at_least"), "at least 240"],
  ])("formatAmount(%j, 'en') with a bound is %s", (a, text) => {
    expect(formatAmount(a, "en")).toBe(text);
  });
});

test("formatAmount(a, lang, { signed: true }) writes + before growth and - before a fall", () => {
  expect(formatAmount(amount(0.49, "ratio"), "zh", { signed: true })).toBe("+49%");
  expect(formatAmount(amount(0.49, "ratio"), "en", { signed: true })).toBe("+49%");
  expect(formatAmount(amount(-0.05, "ratio"), "zh", { signed: true })).toBe("-5%");
  expect(formatAmount(amount(0, "ratio"), "en", { signed: true })).toBe("0%");
  expect(formatAmount(amount(0.49, "ratio"), "en")).toBe("49%");
  expect(formatAmount(amount(-5e9, "CNY"), "en")).toBe("CNY -5 billion");
});

test("formatAmount(a, lang, { digits }) keeps at most that many decimals in the display unit", () => {
  expect(formatAmount(amount(156053e6, "CNY"), "zh", { digits: 0 })).toBe("1561亿元");
  expect(formatAmount(amount(156053e6, "CNY"), "en", { digits: 1 })).toBe("CNY 156.1 billion");
  expect(formatAmount(amount(0.76123, "ratio"), "en", { digits: 0 })).toBe("76%");
  expect(formatAmount(amount(61.4e8, "CNY"), "zh", { digits: 3 })).toBe("61.4亿元");
});

test("formatAmount(a, lang) drops what is below two decimals of the 万/亿 group, in both languages alike", () => {
  expect(formatAmount(amount(512_345_600, "CNY"), "zh")).toBe("5.12亿元");
  expect(formatAmount(amount(512_345_600, "CNY"), "en")).toBe("CNY 512 million");
  expect(formatAmount(amount(0.761234, "ratio"), "zh")).toBe("76.12%");
});

test("formatAmount(a, lang) moves a value that rounds up into the next unit", () => {
  expect(formatAmount(amount(99_999_999.999, "CNY"), "zh")).toBe("1亿元");
  expect(formatAmount(amount(999_999_999, "CNY"), "en")).toBe("CNY 1 billion");
  expect(formatAmount(amount(9_999.999, "count"), "zh")).toBe("1万个");
});

test("formatAmount({ value: NaN }, lang) throws a RangeError", () => {
  expect(() => formatAmount(amount(Number.NaN, "CNY"), "zh")).toThrow(RangeError);
});

const UNITS: Unit[] = ["CNY", "USD", "count", "ratio", "m2"];
const BOUNDS: Bound[] = ["exact", "at_least", "at_most", "approx", "order_of_magnitude"];

/**
 * Values exactly representable at the default displayed precision: m × 10^(g−2), g a Chinese group
 * (万亿, 亿, 万 or none), so that two decimals of the group hold them; ratios to two decimals of a percent.
 * None past 2^53 − 1, which parseAmount refuses rather than round.
 */
function valueFor(unit: Unit): fc.Arbitrary<number> {
  if (unit === "ratio") return fc.integer({ min: -3_000_000, max: 3_000_000 }).map((m) => Number(`${m}e-4`));
  const groups = unit === "m2" ? [0, 4, 8] : [0, 4, 8, 12];
  const scaled = fc
    .tuple(fc.constantFrom(...groups), fc.integer({ min: 0, max: 999_999 }), fc.boolean())
    .filter(([group, m]) => group === 0 || m >= 100)
    .map(([group, m, negative]) => Number(`${negative && m > 0 ? "-" : ""}${m}e${group - 2}`))
    .filter((value) => Math.abs(value) <= Number.MAX_SAFE_INTEGER);
  const powers = fc.integer({ min: 0, max: 13 }).map((k) => 10 ** k);
  return fc.oneof(scaled, powers);
}

const amounts = fc
  .constantFrom(...UNITS)
  .chain((unit) =>
    fc.record({ value: valueFor(unit), unit: fc.constant(unit), bound: fc.constantFrom(...BOUNDS) }),
  );

describe.each<Lang>(["zh", "en"])("round trip in %s", (lang) => {
  test(`parseAmount(formatAmount(a, '${lang}')) gives back value, unit, bound and currency`, () => {
    fc.assert(
      fc.property(amounts, fc.boolean(), (a, signed) => {
        const text = formatAmount(a, lang, { signed });
        const back = parseAmount(text);
        expect({ text, value: back.value, unit: back.unit, bound: back.bound }).toEqual({ text, ...a });
        expect(back.currency).toBe(a.unit === "CNY" || a.unit === "USD" ? a.unit : undefined);
      }),
      { seed: 20231231, numRuns: 3000 },
    );
  });
});

test("parseAmount(formatAmount(a, 'zh') in Traditional characters) gives back value, unit, bound and currency", () => {
  const toTaiwan = Converter({ from: "cn", to: "tw" });
  const toHongKong = Converter({ from: "cn", to: "hk" });
  fc.assert(
    fc.property(amounts, fc.boolean(), fc.boolean(), (a, signed, taiwan) => {
      const text = (taiwan ? toTaiwan : toHongKong)(formatAmount(a, "zh", { signed }));
      const back = parseAmount(text);
      expect({ text, value: back.value, unit: back.unit, bound: back.bound }).toEqual({ text, ...a });
      expect(back.currency).toBe(a.unit === "CNY" || a.unit === "USD" ? a.unit : undefined);
    }),
    { seed: 20230803, numRuns: 2000 },
  );
});

test("parseAmount(formatAmount(a, 'zh')) equals parseAmount(formatAmount(a, 'en')) for the seed figures", () => {
  for (const text of [
    "175亿元",
    "超百亿元",
    "5000万元以上",
    "约178亿元",
    "1560.53亿元",
    "13.09亿元",
    "21.6万平方米",
    "97.3%",
  ]) {
    const a = parseAmount(text);
    expect(parseAmount(formatAmount(a, "zh"))).toMatchObject({
      value: a.value,
      unit: a.unit,
      bound: a.bound,
    });
    expect(parseAmount(formatAmount(a, "en"))).toMatchObject({
      value: a.value,
      unit: a.unit,
      bound: a.bound,
    });
  }
});
