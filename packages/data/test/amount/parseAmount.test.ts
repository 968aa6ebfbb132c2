import fc from "fast-check";
import { Converter } from "opencc-js/cn2t";
import { describe, expect, test } from "vitest";
import { AmountParseError } from "../../src/amount/AmountParseError.ts";
import { LEXICON } from "../../src/amount/lexicon.ts";
import { parseAmount } from "../../src/amount/parseAmount.ts";
import { simplifyAmountChars } from "../../src/amount/traditional.ts";
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

/** The seed itself is in Traditional characters; reporters in Taiwan and Hong Kong write them too. */
const TRADITIONAL: Case[] = [
  reads("１０８０億元", 1080e8, "CNY"),
  reads("1080億元", 1080e8, "CNY"),
  reads("一千零八十億元", 1080e8, "CNY"),
  reads("兩千萬元", 2e7, "CNY"),
  reads("1.2萬億元", 1.2e12, "CNY"),
  reads("七十六點一%", 0.761, "ratio"),
  reads("約178億元", 178e8, "CNY", "approx"),
  reads("大約178億元", 178e8, "CNY", "approx"),
  reads("約合2億美元", 2e8, "USD", "approx"),
  reads("100億元左右", 1e10, "CNY", "approx"),
  reads("逾百億", 1e10, "count", "at_least"),
  reads("超過100億元", 1e10, "CNY", "at_least"),
  reads("100餘億元", 1e10, "CNY", "at_least"),
  reads("100餘家", 100, "count", "at_least"),
  reads("不少於50億元", 5e9, "CNY", "at_least"),
  reads("5000萬元以上", 5e7, "CNY", "at_least"),
  reads("近百億", 1e10, "count", "at_most"),
  reads("將近100億元", 1e10, "CNY", "at_most"),
  reads("接近100億元", 1e10, "CNY", "at_most"),
  reads("不足100億元", 1e10, "CNY", "at_most"),
  reads("最多100億元", 1e10, "CNY", "at_most"),
  reads("10億元以內", 1e9, "CNY", "at_most"),
  reads("百億級", 1e10, "count", "order_of_magnitude"),
  reads("百億元級", 1e10, "CNY", "order_of_magnitude"),
  reads("萬億級", 1e12, "count", "order_of_magnitude"),
  reads("300億元人民幣", 300e8, "CNY"),
  reads("2億美元", 2e8, "USD"),
  reads("125個", 125, "count"),
  reads("45項", 45, "count"),
  reads("3臺", 3, "count"),
  reads("3台", 3, "count"),
  reads("5輛", 5, "count"),
  reads("100戶", 100, "count"),
  reads("2棟", 2, "count"),
  reads("21.6萬平方米", 216000, "m2"),
  reads("9平方公裡", 9e6, "m2"),
  reads("12公頃", 120000, "m2"),
  reads("3畝", 2000, "m2"),
  reads("21.6萬平方公尺", 216000, "m2"),
  reads("0.5個百分點", 0.005, "ratio"),
  reads("同比增長9.5%", 0.095, "ratio"),
  reads("較上年增長9.5%", 0.095, "ratio"),
  reads("減少5%", -0.05, "ratio"),
  reads("降低5%", -0.05, "ratio"),
  reads("下滑5%", -0.05, "ratio"),
];

/** 成 counts tenths of the whole: 三成 is 30 %. */
const TENTHS: Case[] = [
  reads("三成", 0.3, "ratio"),
  reads("3成", 0.3, "ratio"),
  reads("2.5成", 0.25, "ratio"),
  reads("十成", 1, "ratio"),
  reads("七成以上", 0.7, "ratio", "at_least"),
  reads("近三成", 0.3, "ratio", "at_most"),
  reads("约两成", 0.2, "ratio", "approx"),
  reads("約兩成", 0.2, "ratio", "approx"),
  reads("三成多", 0.3, "ratio", "at_least"),
  reads("超三成", 0.3, "ratio", "at_least"),
  reads("三成左右", 0.3, "ratio", "approx"),
  reads("三成五", 0.35, "ratio"),
  reads("一成半", 0.15, "ratio"),
  reads("九成五以上", 0.95, "ratio", "at_least"),
  reads("增长两成", 0.2, "ratio"),
  reads("下降一成", -0.1, "ratio"),
];

/**
 * Round magnitudes with a qualifier, and vague numerals, as decided in data/README.md ("How the amount
 * parser reads vague quantities and Traditional script").
 */
const VAGUE: Case[] = [
  reads("上亿", 1e8, "count", "at_least"),
  reads("超亿", 1e8, "count", "at_least"),
  reads("过亿", 1e8, "count", "at_least"),
  reads("破亿", 1e8, "count", "at_least"),
  reads("上亿元", 1e8, "CNY", "at_least"),
  reads("超亿元", 1e8, "CNY", "at_least"),
  reads("过亿元", 1e8, "CNY", "at_least"),
  reads("過億元", 1e8, "CNY", "at_least"),
  reads("上億元", 1e8, "CNY", "at_least"),
  reads("逾亿元", 1e8, "CNY", "at_least"),
  reads("亿元以上", 1e8, "CNY", "at_least"),
  reads("億元以上", 1e8, "CNY", "at_least"),
  reads("上百亿", 1e10, "count", "at_least"),
  reads("上百亿元", 1e10, "CNY", "at_least"),
  reads("上千万", 1e7, "count", "at_least"),
  reads("上千万元", 1e7, "CNY", "at_least"),
  reads("上万", 1e4, "count", "at_least"),
  reads("过100亿元", 1e10, "CNY", "at_least"),
  reads("突破千亿元", 1e11, "CNY", "at_least"),
  reads("近亿元", 1e8, "CNY", "at_most"),
  reads("亿元左右", 1e8, "CNY", "approx"),
  reads("亿元级", 1e8, "CNY", "order_of_magnitude"),
  reads("万亿级", 1e12, "count", "order_of_magnitude"),
  reads("十多亿元", 1e9, "CNY", "at_least"),
  reads("十几亿", 1e9, "count", "at_least"),
  reads("十几亿元", 1e9, "CNY", "at_least"),
  reads("十幾億元", 1e9, "CNY", "at_least"),
  reads("十数亿元", 1e9, "CNY", "at_least"),
  reads("二十几亿元", 2e9, "CNY", "at_least"),
  reads("十几个", 10, "count", "at_least"),
  reads("数亿", 1e8, "count", "order_of_magnitude"),
  reads("数亿元", 1e8, "CNY", "order_of_magnitude"),
  reads("數億元", 1e8, "CNY", "order_of_magnitude"),
  reads("几亿元", 1e8, "CNY", "order_of_magnitude"),
  reads("几十亿", 1e9, "count", "order_of_magnitude"),
  reads("幾十億元", 1e9, "CNY", "order_of_magnitude"),
  reads("数十亿元", 1e9, "CNY", "order_of_magnitude"),
  reads("数百亿元", 1e10, "CNY", "order_of_magnitude"),
  reads("数百亿元级", 1e10, "CNY", "order_of_magnitude"),
  reads("几千万元", 1e7, "CNY", "order_of_magnitude"),
  reads("数万", 1e4, "count", "order_of_magnitude"),
];

describe.each([
  ["seed strings", SEED],
  ["numerals", NUMERALS],
  ["units", UNITS],
  ["signs", SIGNS],
  ["bounds", BOUNDS],
  ["Traditional script", TRADITIONAL],
  ["tenths (成)", TENTHS],
  ["round magnitudes and vague numerals", VAGUE],
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
  ["数以亿计", 'cannot read amount "数以亿计": unexpected text "数以"'],
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
  ["3億5", 'cannot read amount "3億5": numeral "3億5" is ambiguous'],
  ["5噸", 'cannot read amount "5噸": unknown unit "噸"'],
];

/** A unit, a magnitude or a qualifier with no number. */
const NO_NUMBER: [string, string][] = [
  ["亿元", 'no number before "亿元"'],
  ["億元", 'no number before "億元"'],
  ["万", 'no number before "万"'],
  ["萬", 'no number before "萬"'],
  ["万元", 'no number before "万元"'],
  ["万亿元", 'no number before "万亿元"'],
  ["亿元人民币", 'no number before "亿元人民币"'],
  ["增长亿元", 'no number before "亿元"'],
  ["元", "no number found"],
  ["超", "no number found"],
  ["约", "no number found"],
  ["約", "no number found"],
  ["以上", "no number found"],
  ["超过", "no number found"],
  ["成", "no number found"],
  ["数", "no number found"],
  ["几个", "no number found"],
];

const MISREAD: [string, string][] = [
  ["上5亿元", '"上" stands only before 十, 百, 千, 万 or 亿, as in 上亿 or 上百亿'],
  ["上100亿元", '"上" stands only before 十, 百, 千, 万 or 亿, as in 上亿 or 上百亿'],
  ["超数亿元", 'conflicting qualifiers "超" (at least) and "数亿" (order of magnitude)'],
  ["数亿元以上", 'conflicting qualifiers "数亿" (order of magnitude) and "以上" (at least)'],
  ["十几五", "more than one number"],
  ["十五成", "成 counts tenths: more than 十成 (100%)"],
  ["十成五", "成 counts tenths: more than 十成 (100%)"],
  ["3成5", "more than one number"],
  ["三点五成五", '"五" after 成 needs a whole number of 成 before it'],
  ["三成%", 'unit given twice: "成" and "%"'],
];

/** 2^53 − 1 base units is the most a double holds exactly; past it, an error rather than a rounded value. */
const TOO_LARGE: string[] = [
  "12345678901234567891元",
  `${"9".repeat(40)}亿元`,
  `${"9".repeat(400)}亿元`,
  "9007199254740992元",
  "-9007199254740992元",
  "9007199254740991.5元",
  "90000万亿元",
  "9100 trillion yuan",
  "100000000000000亩",
];

test.each([...NO_NUMBER, ...MISREAD])("parseAmount('%s') throws an AmountParseError: %s", (text, reason) => {
  expect(() => parseAmount(text)).toThrow(new AmountParseError(text, reason));
});

test.each(TOO_LARGE)("parseAmount('%s') throws: too large for a double to hold exactly", (text) => {
  expect(() => parseAmount(text)).toThrow(
    new AmountParseError(text, "too large to hold exactly: more than 2^53 − 1 = 9007199254740991 base units"),
  );
});

test("parseAmount('9007199254740991元') is exact: 2^53 − 1 is the largest whole amount", () => {
  expect(parseAmount("9007199254740991元")).toMatchObject({ value: Number.MAX_SAFE_INTEGER, bound: "exact" });
  expect(parseAmount("-9007199254740991元").value).toBe(-Number.MAX_SAFE_INTEGER);
});

test("parseAmount('1亩') and parseAmount('0.1元') are the nearest double: fractions are not errors", () => {
  expect(parseAmount("1亩").value).toBe(2000 / 3);
  expect(parseAmount("0.1元").value).toBe(0.1);
  expect(parseAmount("76.1%").value).toBe(0.761);
});

test.each(ERRORS)("parseAmount('%s') throws %s", (text, message) => {
  expect(() => parseAmount(text)).toThrow(AmountParseError);
  expect(() => parseAmount(text)).toThrow(message);
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

/** What parseAmount makes of a text: the amount, or the error's reason with Traditional characters mapped. */
function outcome(text: string) {
  try {
    const { value, unit, bound } = parseAmount(text);
    return { value, unit, bound };
  } catch (error) {
    if (!(error instanceof AmountParseError)) throw error;
    return { reason: simplifyAmountChars(error.reason) };
  }
}

const HAN = /\p{Script=Han}/u;
const wordsWhere = (test: (w: NonNullable<ReturnType<typeof LEXICON.get>>) => boolean) =>
  [...LEXICON].filter(([w, word]) => HAN.test(w) && test(word)).map(([w]) => w);

/** Simplified amount texts built from the parser's own words: most read, some fail, all in both scripts. */
const simplifiedAmounts = fc
  .tuple(
    fc.option(
      fc.constantFrom(...wordsWhere((w) => w.kind === "sign" || ("place" in w && w.place !== "after"))),
    ),
    fc.oneof(
      fc.constantFrom(
        "一",
        "两",
        "三成五",
        "十二",
        "一百二十五",
        "两千",
        "一千零八十",
        "七十六点一",
        "百",
        "千",
      ),
      fc.constantFrom("数", "几", "十几", "二十几", "上"),
      fc.integer({ min: 1, max: 99_999 }).map(String),
      fc.integer({ min: 1, max: 9_999 }).map((n) => `${n / 10}`),
    ),
    fc.constantFrom("", "", "万", "亿", "万亿", "多亿", "余万", "十亿", "百亿"),
    fc.option(fc.constantFrom(...wordsWhere((w) => w.kind === "unit" && w.place !== "before"))),
    fc.option(fc.constantFrom(...wordsWhere((w) => w.kind === "bound" && w.place === "after"))),
  )
  .map((parts) => parts.filter((p) => p !== null).join(""));

test("parseAmount(Traditional form of a text) is what parseAmount(text) is, for generated amounts", () => {
  const converters = (["t", "tw", "hk"] as const).map((to) => Converter({ from: "cn", to }));
  let read = 0;
  fc.assert(
    fc.property(simplifiedAmounts, fc.constantFrom(...converters), (text, toTraditional) => {
      const expected = outcome(text);
      if ("value" in expected) read += 1;
      expect({ text: toTraditional(text), ...outcome(toTraditional(text)) }).toEqual({
        text: toTraditional(text),
        ...expected,
      });
    }),
    { seed: 20230803, numRuns: 3000 },
  );
  // Not a test of errors only: a good share of the generated texts are amounts.
  expect(read).toBeGreaterThan(1000);
});
