import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AmountParseError } from "../../src/amount/AmountParseError.ts";
import { parseAmount } from "../../src/amount/parseAmount.ts";
import type { Bound, Unit } from "../../src/types.ts";

interface Case {
  text: string;
  value: number;
  unit: Unit;
  bound: Bound;
}

const reads = (text: string, value: number, unit: Unit, bound: Bound = "exact"): Case => ({
  text,
  value,
  unit,
  bound,
});

/** The amounts as the seed sources write them. */
const SEED: Case[] = [
  reads("175亿元", 175e8, "CNY"),
  reads("超百亿元", 1e10, "CNY", "at_least"),
  reads("22亿元", 22e8, "CNY"),
  reads("1080亿", 1080e8, "count"),
  reads("61.4亿", 61.4e8, "count"),
  reads("5000万元以上", 5e7, "CNY", "at_least"),
  reads("125个", 125, "count"),
  reads("141个", 141, "count"),
  reads("76.1%", 0.761, "ratio"),
  reads("49%", 0.49, "ratio"),
  reads("10亿元", 1e9, "CNY"),
  reads("300亿元人民币", 300e8, "CNY"),
  reads("百亿级", 1e10, "count", "order_of_magnitude"),
  reads("千亿", 1e11, "count"),
  reads("约178亿元", 178e8, "CNY", "approx"),
  reads("13.09亿元", 1309e6, "CNY"),
  reads("1560.53亿元", 156053e6, "CNY"),
  reads("7800万支", 78e6, "count"),
  reads("21.6万平方米", 216000, "m2"),
  reads("9平方公里", 9e6, "m2"),
  reads("40.81 billion yuan", 4081e7, "CNY"),
  reads("97.3%", 0.973, "ratio"),
  reads("211.8%", 2.118, "ratio"),
];

const NUMERALS: Case[] = [
  reads("１０８０亿元", 1080e8, "CNY"),
  reads("６１．４", 61.4, "count"),
  reads("1,080亿元", 1080e8, "CNY"),
  reads("1，080", 1080, "count"),
  reads("两千", 2000, "count"),
  reads("十二", 12, "count"),
  reads("一百二十五", 125, "count"),
  reads("百亿", 1e10, "count"),
  reads("一千零八十亿", 1080e8, "count"),
  reads("三百亿", 300e8, "count"),
  reads("1.2万亿元", 1.2e12, "CNY"),
  reads("5千万元", 5e7, "CNY"),
  reads("3亿5000万元", 3.5e8, "CNY"),
  reads("一千五", 1500, "count"),
  reads("216,000", 216000, "count"),
  reads("240", 240, "count"),
];

const UNITS: Case[] = [
  reads("1080亿元", 1080e8, "CNY"),
  reads("人民币300亿元", 300e8, "CNY"),
  reads("5000万元", 5e7, "CNY"),
  reads("2亿美元", 2e8, "USD"),
  reads("CNY 17.5 billion", 175e8, "CNY"),
  reads("CNY 108 billion", 1080e8, "CNY"),
  reads("CNY 500 million", 5e8, "CNY"),
  reads("USD 2 million", 2e6, "USD"),
  reads("76.1％", 0.761, "ratio"),
  reads("百分之七十六点一", 0.761, "ratio"),
  reads("76.1 per cent", 0.761, "ratio"),
  reads("45家", 45, "count"),
  reads("11个", 11, "count"),
  reads("21.6万㎡", 216000, "m2"),
  reads("9.73万平方米", 97300, "m2"),
  reads("3.698平方公里", 3698000, "m2"),
  reads("9 km²", 9e6, "m2"),
  reads("216,000 m²", 216000, "m2"),
  reads("12公顷", 120000, "m2"),
];

const SIGNS: Case[] = [
  reads("+49%", 0.49, "ratio"),
  reads("增长49%", 0.49, "ratio"),
  reads("同比增长9.5%", 0.095, "ratio"),
  reads("下降5%", -0.05, "ratio"),
  reads("-5%", -0.05, "ratio"),
  reads("CNY -5 billion", -5e9, "CNY"),
];

const BOUNDS: Case[] = [
  reads("超过100亿元", 1e10, "CNY", "at_least"),
  reads("逾百亿", 1e10, "count", "at_least"),
  reads("240个以上", 240, "count", "at_least"),
  reads("≥240", 240, "count", "at_least"),
  reads("100多亿元", 1e10, "CNY", "at_least"),
  reads("100余家", 100, "count", "at_least"),
  reads("不少于50亿元", 5e9, "CNY", "at_least"),
  reads("至少50亿元", 5e9, "CNY", "at_least"),
  reads("超100亿元以上", 1e10, "CNY", "at_least"),
  reads("more than CNY 10 billion", 1e10, "CNY", "at_least"),
  reads("at least 240", 240, "count", "at_least"),
  reads("over 240", 240, "count", "at_least"),
  reads("178亿元左右", 178e8, "CNY", "approx"),
  reads("大约178亿元", 178e8, "CNY", "approx"),
  reads("近似178亿元", 178e8, "CNY", "approx"),
  reads("about CNY 17.8 billion", 178e8, "CNY", "approx"),
  reads("around 240", 240, "count", "approx"),
  reads("approximately 240", 240, "count", "approx"),
  reads("~240", 240, "count", "approx"),
  reads("近百亿", 1e10, "count", "at_most"),
  reads("将近100亿元", 1e10, "CNY", "at_most"),
  reads("不到100亿元", 1e10, "CNY", "at_most"),
  reads("不足100亿元", 1e10, "CNY", "at_most"),
  reads("nearly CNY 10 billion", 1e10, "CNY", "at_most"),
  reads("less than 240", 240, "count", "at_most"),
  reads("under 240", 240, "count", "at_most"),
  reads("千亿级", 1e11, "count", "order_of_magnitude"),
  reads("百亿级元", 1e10, "CNY", "order_of_magnitude"),
  reads("千亿级元", 1e11, "CNY", "order_of_magnitude"),
  reads("百亿元级", 1e10, "CNY", "order_of_magnitude"),
  reads("on the order of CNY 10 billion", 1e10, "CNY", "order_of_magnitude"),
];

describe.each([
  ["seed strings", SEED],
  ["numerals", NUMERALS],
  ["units", UNITS],
  ["signs", SIGNS],
  ["bounds", BOUNDS],
])("%s", (_, cases) => {
  test.each(cases)("parseAmount('$text') is $value $unit, $bound", ({ text, value, unit, bound }) => {
    const amount = parseAmount(text);
    expect(amount).toMatchObject({ value, unit, bound, text });
  });
});

test("parseAmount(' 22亿元 ') keeps the trimmed text and the currency", () => {
  expect(parseAmount(" 22亿元 ")).toEqual({
    value: 22e8,
    unit: "CNY",
    currency: "CNY",
    bound: "exact",
    text: "22亿元",
  });
});

test("parseAmount('USD 2 million') sets currency USD; a count has no currency", () => {
  expect(parseAmount("USD 2 million").currency).toBe("USD");
  expect(parseAmount("125个").currency).toBeUndefined();
});

test("parseAmount('1080亿') with no unit word is a count, not a guess at yuan", () => {
  expect(parseAmount("1080亿").unit).toBe("count");
});

const ERRORS: [string, string][] = [
  ["", 'cannot read amount "": empty text'],
  ["   ", 'cannot read amount "": empty text'],
  ["一些钱", 'cannot read amount "一些钱": no number found'],
  ["3到5年", 'cannot read amount "3到5年": a range is not an amount'],
  ["3-5亿元", 'cannot read amount "3-5亿元": a range is not an amount'],
  ["between 3 and 5", 'cannot read amount "between 3 and 5": a range is not an amount'],
  ["3 5", 'cannot read amount "3 5": more than one number'],
  ["5吨", 'cannot read amount "5吨": unknown unit "吨"'],
  ["五吨", 'cannot read amount "五吨": unknown unit "吨"'],
  ["9000 tonnes", 'cannot read amount "9000 tonnes": unknown unit "tonnes"'],
  ["数百亿元", 'cannot read amount "数百亿元": unexpected text "数"'],
  [
    "约超100亿元",
    'cannot read amount "约超100亿元": conflicting qualifiers "约" (about) and "超" (at least)',
  ],
  [
    "近百亿级",
    'cannot read amount "近百亿级": conflicting qualifiers "近" (at most) and "级" (order of magnitude)',
  ],
  ["100亿元个", 'cannot read amount "100亿元个": conflicting units "元" and "个"'],
  ["百分之76%", 'cannot read amount "百分之76%": unit given twice: "百分之" and "%"'],
  ["100亿元超", 'cannot read amount "100亿元超": "超" must come before the number'],
  ["以上100亿元", 'cannot read amount "以上100亿元": "以上" must come after the number'],
  [
    "3亿5",
    'cannot read amount "3亿5": numeral "3亿5" is ambiguous: a number after a magnitude needs a magnitude of its own',
  ],
  ["二〇二三", 'cannot read amount "二〇二三": numeral "二〇二三" has two numbers run together'],
];

test.each(ERRORS)("parseAmount('%s') throws %s", (text, message) => {
  expect(() => parseAmount(text)).toThrow(AmountParseError);
  expect(() => parseAmount(text)).toThrow(message);
});

test("parseAmount('亿元') reads a bare 亿 as one 亿", () => {
  expect(parseAmount("亿元")).toMatchObject({ value: 1e8, unit: "CNY" });
});

test("parseAmount('5吨') throws an AmountParseError carrying the text and the reason", () => {
  const error = (() => {
    try {
      parseAmount("5吨");
    } catch (e) {
      return e;
    }
  })();
  expect(error).toBeInstanceOf(AmountParseError);
  expect(error).toMatchObject({ name: "AmountParseError", text: "5吨", reason: 'unknown unit "吨"' });
});

test("parseAmount(anything) returns an amount or throws an AmountParseError, nothing else", () => {
  const pieces = fc.constantFrom(
    ..."0123456789.,，%％ -~+一二两三五十百千万亿零点多余超约近级元个家平方米公里以上左右到吨".split(""),
    "billion",
    "CNY",
    "more than",
    "km²",
    "百分之",
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
      try {
        const amount = parseAmount(parts.join(""));
        expect(Number.isFinite(amount.value)).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(AmountParseError);
      }
    }),
    { seed: 20230412, numRuns: 2000 },
  );
});
