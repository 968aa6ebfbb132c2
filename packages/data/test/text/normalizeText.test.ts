import { readFileSync } from "node:fs";
import fc from "fast-check";
import { expect, test } from "vitest";
import { normalizeText } from "../../src/text/normalizeText.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

test("normalizeText(text) drops pinyin after Han characters and converts to Simplified", () => {
  expect(normalizeText("長(zhǎng)春新區(qū)").text).toBe("长春新区");
  expect(normalizeText("項(xiàng)目建設(shè)").issues).toEqual([]);
});

test("normalizeText(text) keeps real parentheses: Han content, toneless Latin, or not after a Han character", () => {
  expect(normalizeText("智慧(人民觀點(diǎn))").text).toBe("智慧(人民观点)");
  expect(normalizeText("負(fù)擔(dān)(鏈接)").text).toBe("负担(链接)");
  expect(normalizeText("高原(北京)文化").text).toBe("高原(北京)文化");
  expect(normalizeText("GMP(good)檢查").text).toBe("GMP(good)检查");
  expect(normalizeText("拼音 (zhǎng) 和 x(zhǎng)").text).toBe("拼音 (zhǎng) 和 x(zhǎng)");
});

test("normalizeText(text) shows a lost character as □ and reports it with line, column and reading", () => {
  const { text, issues } = normalizeText("第一行\n發(fā)展是第一要?jiǎng)?wù),項(xiàng)目");
  expect(text).toBe("第一行\n发展是第一要□,项目");
  expect(issues).toEqual([
    {
      kind: "lost_character",
      line: 2,
      column: 11,
      index: 14,
      raw: "?jiǎng)?wù)",
      pinyin: "wù",
      phantomPinyin: "jiǎng",
      phantom: "獎",
      suggestion: "务",
      outputIndex: 10,
      context: "是第一要□,项目",
    },
  ]);
});

test("normalizeText(text) reports a lone ?pinyin) as a lost character without guessing", () => {
  const { text, issues } = normalizeText("甲乙?xiàng)丙");
  expect(text).toBe("甲乙□丙");
  expect(issues).toMatchObject([{ kind: "lost_character", line: 1, column: 3, pinyin: "xiàng" }]);
  expect(issues[0]).not.toHaveProperty("suggestion");
  expect(issues[0]).not.toHaveProperty("phantomPinyin");
});

test("normalizeText(text) suggests no character when no known word fits, and shows □ all the same", () => {
  const { text, issues } = normalizeText("一個(gè)?jiǎng)?wù)字");
  expect(text).toBe("一个□字");
  expect(issues[0]).toMatchObject({ pinyin: "wù", phantomPinyin: "jiǎng" });
  expect(issues[0]).not.toHaveProperty("suggestion");
  expect(issues[0]).not.toHaveProperty("phantom");
});

test("normalizeText(text) turns ?!?/p> into 。 and reports it as html_debris", () => {
  const { text, issues } = normalizeText("提質(zhì)提效?!?/p>\n截至");
  expect(text).toBe("提质提效。\n截至");
  expect(issues).toEqual([
    {
      kind: "html_debris",
      line: 1,
      column: 10,
      index: 9,
      raw: "?!?/p>",
      replacement: "。",
      outputIndex: 4,
      context: "提质提效。",
    },
  ]);
});

test("normalizeText(text) removes a bare ?/p> without adding punctuation", () => {
  const { text, issues } = normalizeText("好。?/p>下一段");
  expect(text).toBe("好。\n下一段");
  expect(issues).toMatchObject([{ kind: "html_debris", raw: "?/p>", replacement: "" }]);
});

test("normalizeText(text) strips tags and decodes entities without reporting them", () => {
  const { text, issues } = normalizeText("<p>甲&nbsp;乙&amp;丙</p><p>丁<br/>戊&#8220;己&#x201D;</p>");
  expect(text).toBe("甲 乙&丙\n丁\n戊“己”");
  expect(issues).toEqual([]);
  expect(normalizeText("a &unknown; b").text).toBe("a &unknown; b");
});

test("normalizeText(text) keeps punctuation and digits as written and makes line endings \\n", () => {
  expect(normalizeText("總投資1080億,增長(zhǎng)49%;“三量”:\r\n完成").text).toBe(
    "总投资1080亿,增长49%;“三量”:\n完成",
  );
});

test("normalizeText(fixture) gives the expected text for a paragraph with every pattern", () => {
  const { text, issues } = normalizeText(fixture("patterns.txt"));
  expect(text).toBe(fixture("patterns.expected.txt"));
  expect(issues.map((i) => [i.kind, i.line, i.column])).toEqual([
    ["lost_character", 1, 30],
    ["html_debris", 2, 46],
    ["lost_character", 3, 10],
  ]);
});

test("normalizeText(text, {stripBoilerplate}) cuts the notice and drops issues found in it", () => {
  const input = "發(fā)展是第一要?jiǎng)?wù)\n版權(quán)聲明:凡注明\n- 百?gòu)?qiáng)縣";
  const all = normalizeText(input);
  expect(all.issues).toHaveLength(2);
  expect(all).not.toHaveProperty("removed");
  const cut = normalizeText(input, { stripBoilerplate: true });
  expect(cut.text).toBe("发展是第一要□");
  expect(cut.removed).toBe("版权声明:凡注明\n- 百□县");
  expect(cut.issues.map((i) => i.raw)).toEqual(["?jiǎng)?wù)"]);
});

// Fragments the scraped text is made of, so that generated inputs hit every pattern and their mixtures.
const fragment = fc.constantFrom(
  "長(zhǎng)",
  "春",
  "新區(qū)",
  "要?jiǎng)?wù)",
  "百?gòu)?qiáng)縣",
  "?xiàng)",
  "提效?!?/p>",
  "?/p>",
  "(人民觀點(diǎn))",
  "(GMP)",
  "<br>",
  "&nbsp;",
  "&amp;",
  "\n",
  "\r\n",
  ",",
  "“",
  "2024",
  "著作",
  "盯著",
);
const scraped = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(""));
// A fixed seed keeps the run reproducible; a failure prints the counterexample to turn into a fixed test.
const runs = { seed: 20230803, numRuns: 300 };

test("normalizeText(text) is idempotent: cleaning clean text changes nothing and finds nothing", () => {
  fc.assert(
    fc.property(scraped, (input) => {
      const once = normalizeText(input).text;
      const twice = normalizeText(once);
      expect(twice.text).toBe(once);
      expect(twice.issues).toEqual([]);
    }),
    runs,
  );
});

test("normalizeText(text) reports every □ it writes, at the issue's outputIndex, and points into the input", () => {
  fc.assert(
    fc.property(scraped, (input) => {
      const { text, issues } = normalizeText(input);
      const lost = issues.filter((i) => i.kind === "lost_character");
      expect(lost.length).toBe(text.split("□").length - 1);
      for (const issue of lost) expect(text[issue.outputIndex]).toBe("□");
      for (const issue of issues)
        expect(input.slice(issue.index, issue.index + issue.raw.length)).toBe(issue.raw);
      expect(text).not.toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/u);
    }),
    runs,
  );
});
