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
  expect(numeral).toMatchObject({ kind: "numeral", numeral: "100亿", atLeast: true });
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
