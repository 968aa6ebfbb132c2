import { expect, test } from "vitest";
import { readChineseNumeral } from "../../src/amount/chineseNumeral.ts";
import { decimalToNumber } from "../../src/amount/decimal.ts";

const read = (numeral: string) => decimalToNumber(readChineseNumeral(numeral));

test.each([
  ["一", 1],
  ["十", 10],
  ["十二", 12],
  ["二十", 20],
  ["一百二十五", 125],
  ["两千", 2000],
  ["一千零八", 1008],
  ["一千零八十亿", 1080e8],
  ["三百亿", 300e8],
  ["百亿", 1e10],
  ["千亿", 1e11],
  ["万亿", 1e12],
  ["十万", 1e5],
  ["千万", 1e7],
  ["亿", 1e8],
  ["七十六点一", 76.1],
  ["零点五", 0.5],
  ["一点五亿", 1.5e8],
  ["61.4亿", 61.4e8],
  ["1080亿", 1080e8],
  ["1.2万亿", 1.2e12],
  ["1万亿3000亿", 1.3e12],
  ["3亿5000万", 3.5e8],
  ["5千万", 5e7],
  ["1万2千", 12000],
  ["一千五", 1500],
  ["三万五", 35000],
  ["一百二", 120],
  ["三亿五", 3.5e8],
])("readChineseNumeral('%s') is %d", (numeral, value) => {
  expect(read(numeral)).toBe(value);
});

test.each([
  ["一千零八十億", 1080e8],
  ["1.2萬億", 1.2e12],
  ["兩千", 2000],
  ["七十六點一", 76.1],
  ["三億五千萬", 3.5e8],
  ["萬億", 1e12],
])("readChineseNumeral('%s') reads Traditional characters: %d", (numeral, value) => {
  expect(read(numeral)).toBe(value);
});

test("readChineseNumeral('3億5') quotes the numeral as written in its error", () => {
  expect(() => readChineseNumeral("3億5")).toThrow('numeral "3億5" is ambiguous');
  expect(() => readChineseNumeral("一萬二萬")).toThrow('numeral "一萬二萬" has 萬 out of order');
});

test("readChineseNumeral('1560.53亿') is exact: 156053000000, not 156052999999.99998", () => {
  expect(read("1560.53亿")).toBe(156053000000);
});

test.each([
  ["二〇二三", "has two numbers run together"],
  ["5五", "has two numbers run together"],
  ["十十", "has 十 out of order"],
  ["一十百", "has 百 out of order"],
  ["一百十", "needs a digit before 十"],
  ["一万二万", "has 万 out of order"],
  ["3亿5亿", "has 亿 out of order"],
  ["三千万万", "has 万 out of order"],
  ["6.1点4", "has a misplaced 点"],
  ["六点", "has a misplaced 点"],
  ["3亿5", "is ambiguous: a number after a magnitude needs a magnitude of its own"],
  ["1千5", "is ambiguous: a number after a magnitude needs a magnitude of its own"],
  ["", "is empty"],
])("readChineseNumeral('%s') throws a RangeError: %s", (numeral, why) => {
  expect(() => readChineseNumeral(numeral)).toThrow(RangeError);
  expect(() => readChineseNumeral(numeral)).toThrow(`numeral "${numeral}" ${why}`);
});

test("readChineseNumeral('一亿万') throws: a bare 万 only stands at the start", () => {
  expect(() => readChineseNumeral("一亿万")).toThrow('numeral "一亿万" needs a number before 万');
});
