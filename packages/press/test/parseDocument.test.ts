import { describe, expect, it } from "vitest";
import { findTokens } from "../src/lib/story/findTokens.ts";
import { parseStory } from "../src/lib/story/parseStory.ts";

const FILE = "src/content/story/zh.md";

describe("parseStory", () => {
  it("parseStory(text) splits prose and steps and keeps line numbers past the frontmatter", () => {
    const text = [
      "---",
      "lang: zh",
      "---",
      "",
      "Intro.",
      "",
      "::: step investmentScale highlight=fine-chemical-park total=on",
      "Step text.",
      ":::",
      "After.",
    ].join("\n");
    const blocks = parseStory(text, FILE);
    expect(blocks.map((b) => b.kind)).toEqual(["prose", "step", "prose"]);
    expect(blocks[0]).toMatchObject({ line: 4 });
    expect(blocks[1]).toMatchObject({
      chart: "investmentScale",
      options: { highlight: "fine-chemical-park", total: "on" },
      line: 7,
      textLine: 8,
      text: "Step text.",
    });
  });

  it("parseStory(text) reads aside and sources blocks", () => {
    const blocks = parseStory("::: aside How we did it\nBody\n:::\n::: sources\nIntro\n:::\n", FILE);
    expect(blocks).toMatchObject([
      { kind: "aside", title: "How we did it", text: "Body", line: 1 },
      { kind: "sources", text: "Intro", line: 4 },
    ]);
  });

  it("parseStory(text) fails with file and line on an unclosed block", () => {
    expect(() => parseStory("a\n\n::: step projectCount\ntext\n", FILE)).toThrow(
      `${FILE}:3: ::: step is never closed`,
    );
  });

  it("parseStory(text) fails with file and line on a nested block, a stray closer, an unknown block", () => {
    expect(() => parseStory("::: step a\n::: step b\n:::\n:::", FILE)).toThrow(
      `${FILE}:2: a block cannot open inside another`,
    );
    expect(() => parseStory("text\n:::\n", FILE)).toThrow(`${FILE}:2: \`:::\` closes nothing`);
    expect(() => parseStory("\n::: chart x\n:::\n", FILE)).toThrow(`${FILE}:2: unknown block "::: chart"`);
  });

  it("parseStory(text) fails on a malformed or repeated option and on a step without a chart", () => {
    expect(() => parseStory("::: step investmentScale highlight\n:::", FILE)).toThrow(
      `${FILE}:1: cannot read option "highlight"`,
    );
    expect(() => parseStory("::: step x a=1 a=2\n:::", FILE)).toThrow(`${FILE}:1: option "a" is given twice`);
    expect(() => parseStory("::: step\n:::", FILE)).toThrow(`${FILE}:1: ::: step needs a chart name`);
  });
});

describe("findTokens", () => {
  it("findTokens(text) finds fig, q and date tokens with options and their lines", () => {
    const tokens = findTokens("a {fig:x-y}\nb {q:area_key_figures.planned_projects|signed}", FILE, 10);
    expect(tokens).toMatchObject([
      { kind: "fig", name: "x-y", options: {}, line: 10 },
      { kind: "q", name: "area_key_figures.planned_projects", options: { signed: "on" }, line: 11 },
    ]);
  });

  it("findTokens(text) reads |digits=1 and |written", () => {
    expect(findTokens("{fig:a|digits=1|written}", FILE, 1)[0]?.options).toEqual({
      digits: "1",
      written: "on",
    });
  });

  it("findTokens(text) fails with file and line on an unknown kind or a malformed token", () => {
    expect(() => findTokens("ok\n{figure:x}", FILE, 5)).toThrow(`${FILE}:6: unknown token "{figure:x}"`);
    expect(() => findTokens("{fig: x}", FILE, 3)).toThrow(`${FILE}:3: cannot read "{fig: x}"`);
    expect(() => findTokens("{fig:x|}", FILE, 3)).toThrow(`${FILE}:3: cannot read`);
  });

  it("findTokens(text) leaves braces that are not tokens alone", () => {
    expect(findTokens("a {b} {c d}", FILE, 1)).toEqual([]);
  });
});
