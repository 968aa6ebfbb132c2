import { expect, test } from "vitest";
import { normalizeAmountText, tokenizeAmount } from "../../src/amount/tokenizeAmount.ts";

const kinds = (text: string) => tokenizeAmount(normalizeAmountText(text)).map((t) => `${t.kind}:${t.text}`);

test("normalizeAmountText('１０８０亿元 CNY ㎡ km² ％') reads full-width digits and symbols as ASCII, lower case", () => {
  expect(normalizeAmountText("１０８０亿元 CNY ㎡ km² ％")).toBe("1080亿元 cny m2 km2 %");
});

test("tokenizeAmount('超过1,080亿元以上') takes the longest word and one numeral", () => {
  expect(kinds("超过1,080亿元以上")).toEqual(["bound:超过", "numeral:1,080亿", "unit:元", "bound:以上"]);
});

test("tokenizeAmount('100多亿元') keeps 多 inside the numeral and marks it at least", () => {
  const [numeral] = tokenizeAmount("100多亿元");
  expect(numeral).toMatchObject({ kind: "numeral", text: "100多亿", numeral: "100亿", bound: "at_least" });
});

test("tokenizeAmount('十几亿元') reads 几 after 十 as more than ten, like 十多亿", () => {
  expect(tokenizeAmount("十几亿元")[0]).toMatchObject({ numeral: "十亿", bound: "at_least" });
  expect(tokenizeAmount("二十几个")[0]).toMatchObject({ numeral: "二十", bound: "at_least" });
  expect(tokenizeAmount("十数亿")[0]).toMatchObject({ numeral: "十亿", bound: "at_least" });
});

test("tokenizeAmount('数亿元') reads 数/几 before a magnitude as an order of magnitude", () => {
  expect(tokenizeAmount("数亿元")[0]).toMatchObject({
    text: "数亿",
    numeral: "亿",
    bound: "order_of_magnitude",
  });
  expect(tokenizeAmount("几十亿")[0]).toMatchObject({ numeral: "十亿", bound: "order_of_magnitude" });
});

test("tokenizeAmount('十几五') leaves 几 out of a numeral when a digit follows it", () => {
  expect(kinds("十几五")).toEqual(["numeral:十", "unknown:几", "numeral:五"]);
  expect(kinds("几个")).toEqual(["unknown:几", "unit:个"]);
});

test("tokenizeAmount('三成五') gives the digit after 成 as tenths of a 成, not a second number", () => {
  expect(kinds("三成五")).toEqual(["numeral:三", "unit:成", "tenth:五"]);
  expect(tokenizeAmount("一成半")[2]).toMatchObject({
    kind: "tenth",
    value: { coefficient: 5n, exponent: -1 },
  });
  expect(kinds("三成五十")).toEqual(["numeral:三", "unit:成", "numeral:五十"]);
  expect(kinds("3成5")).toEqual(["numeral:3", "unit:成", "numeral:5"]);
});

test("tokenizeAmount('約1,080億元以上') reads Traditional words and keeps the text as written", () => {
  expect(kinds("約1,080億元以上")).toEqual(["bound:約", "numeral:1,080億", "unit:元", "bound:以上"]);
  expect(tokenizeAmount("兩千萬元")[0]).toMatchObject({ text: "兩千萬", numeral: "兩千萬" });
  expect(kinds("上億")).toEqual(["bound:上", "numeral:億"]);
});

test("tokenizeAmount('百分之七十六点一') starts with the word 百分之, not the numeral 百", () => {
  expect(kinds("百分之七十六点一")).toEqual(["unit:百分之", "numeral:七十六点一"]);
});

test("tokenizeAmount('-5') is a minus, tokenizeAmount('3-5') a range; likewise ~", () => {
  expect(kinds("-5")).toEqual(["sign:-", "numeral:5"]);
  expect(kinds("3-5")).toEqual(["numeral:3", "range:-", "numeral:5"]);
  expect(kinds("~5")).toEqual(["bound:~", "numeral:5"]);
  expect(kinds("3~5")).toEqual(["numeral:3", "range:~", "numeral:5"]);
});

test("tokenizeAmount('一些钱') is one unknown word, not the number one", () => {
  expect(kinds("一些钱")).toEqual(["unknown:一些钱"]);
});

test("tokenizeAmount('over 9000 tonnes') takes English words whole", () => {
  expect(kinds("over 9000 tonnes")).toEqual(["bound:over", "numeral:9000", "unknown:tonnes"]);
  expect(kinds("overall 5")).toEqual(["unknown:overall", "numeral:5"]);
});
