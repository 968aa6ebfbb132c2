import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { normalizeText } from "../../src/text/normalizeText.ts";
import { toSimplified } from "../../src/text/toSimplified.ts";

// A copy of the scraped article (data/sources' primary source), so that the test needs nothing outside the repo.
const seed = readFileSync(new URL("./fixtures/seed.txt", import.meta.url), "utf8");
const result = normalizeText(seed);

test("normalizeText(seed) yields the names and figures of the article in Simplified characters", () => {
  for (const phrase of [
    "长春新区",
    "精细化工产业园",
    "总投资175亿元",
    "超百亿元",
    "中军天信国际品牌文化旅游",
    "国家中医医学中心",
    "长光卫星航天信息产业园二期",
    "长春智能光谷产业园",
    "吉大正元信息安全产业园",
    "金赛药业国际医药产业园",
    "完成固投61.4亿,增长49%",
    "一切盯着项目看、一切扭着项目干",
  ]) {
    expect(result.text).toContain(phrase);
  }
});

test("normalizeText(seed) leaves no pinyin and no Traditional character", () => {
  expect(result.text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
  expect(result.text).not.toMatch(/[長區項資億園發務設點標國專臺來這樣為總]/);
  // Every character the seed writes in a Traditional form, found with the converter one character at a
  // time; 著 is also Simplified (著作者 keeps it) and 着 only where the mirror meant it.
  const traditional = new Set(Array.from(seed).filter((c) => c !== "著" && toSimplified(c) !== c));
  expect(traditional.size).toBeGreaterThan(100);
  expect(Array.from(result.text).filter((c) => traditional.has(c))).toEqual([]);
  expect(result.text).toContain("署著作者名");
});

test("normalizeText(seed) keeps the real parentheses", () => {
  for (const kept of ["高原(北京)文化", "智慧(人民观点)", "“含金量”(人民时评)", "就医负担(链接)"]) {
    expect(result.text).toContain(kept);
  }
});

test("normalizeText(seed) finds exactly two lost characters, 务 and 强, each with its phantom", () => {
  const lost = result.issues.filter((i) => i.kind === "lost_character");
  expect(lost).toEqual([
    {
      kind: "lost_character",
      line: 2,
      column: 11,
      index: seed.indexOf("?jiǎng)"),
      raw: "?jiǎng)?wù)",
      pinyin: "wù",
      phantomPinyin: "jiǎng",
      phantom: "獎",
      suggestion: "务",
      outputIndex: result.text.indexOf("□"),
      context: "是第一要□,项目是",
    },
    {
      kind: "lost_character",
      line: 20,
      column: 18,
      index: seed.indexOf("?gòu)"),
      raw: "?gòu)?qiáng)",
      pinyin: "qiáng",
      phantomPinyin: "gòu",
      phantom: "購",
      suggestion: "强",
      outputIndex: result.text.lastIndexOf("□"),
      context: "公布“百□县”榜单",
    },
  ]);
  expect(result.text.split("□")).toHaveLength(3);
  expect(result.text).toContain("发展是第一要□,项目是第一支撑。");
});

test("normalizeText(seed) reports the html debris ending paragraph 3 and closes it with 。", () => {
  const debris = result.issues.filter((i) => i.kind === "html_debris");
  expect(debris).toMatchObject([{ line: 3, column: 192, raw: "?!?/p>", replacement: "。" }]);
  expect(result.text).toContain("提质提效。\n截至目前");
  expect(result.text).not.toMatch(/[?<>]|\/p/);
});

test("normalizeText(seed) keeps one output line per input line", () => {
  expect(result.text.split("\n")).toHaveLength(seed.split("\n").length);
});

test("normalizeText(seed, {stripBoilerplate}) ends with the article's last sentence", () => {
  const article = normalizeText(seed, { stripBoilerplate: true });
  expect(article.text.endsWith("步入“上升期”和“快车道”的长春新区,发展新动能愈发强劲。")).toBe(true);
  expect(article.text).not.toContain("版权");
  expect(article.removed?.startsWith("版权声明:凡注明“来源:中国西藏网”")).toBe(true);
  expect(article.removed?.split("\n")).toHaveLength(11);
  expect(article.issues.map((i) => i.kind)).toEqual(["lost_character", "html_debris"]);
});
