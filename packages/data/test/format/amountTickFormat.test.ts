import { expect, test } from "vitest";
import { amountTickFormat } from "../../src/format/amountTickFormat.ts";

test("amountTickFormat('CNY', 'zh') writes short 万/亿 ticks without 元", () => {
  expect([0, 5e9, 1e10, 1.5e10].map(amountTickFormat("CNY", "zh"))).toEqual(["0", "50亿", "100亿", "150亿"]);
  expect([5e7, 1e8, 1.5e8, 1.2e12, 800].map(amountTickFormat("CNY", "zh"))).toEqual([
    "5000万",
    "1亿",
    "1.5亿",
    "1.2万亿",
    "800",
  ]);
});

test("amountTickFormat('CNY', 'en') writes k, m, bn, tn ticks", () => {
  expect([0, 5e9, 1e10].map(amountTickFormat("CNY", "en"))).toEqual(["0", "5bn", "10bn"]);
  expect([500, 5e3, 5e8, 1.2e12, -2e9].map(amountTickFormat("CNY", "en"))).toEqual([
    "500",
    "5k",
    "500m",
    "1.2tn",
    "-2bn",
  ]);
});

test("amountTickFormat('ratio', lang) writes percents", () => {
  expect([0, 0.25, 0.5, 1, -0.05].map(amountTickFormat("ratio", "zh"))).toEqual([
    "0%",
    "25%",
    "50%",
    "100%",
    "-5%",
  ]);
  expect([0, 0.125].map(amountTickFormat("ratio", "en"))).toEqual(["0%", "12.5%"]);
});

test("amountTickFormat(unit, lang) hides floating-point noise and returns '' for a non-finite tick", () => {
  expect(amountTickFormat("count", "zh")(0.1 + 0.2)).toBe("0.3");
  expect(amountTickFormat("count", "en")(Number.NaN)).toBe("");
});
