import { describe, expect, it } from "vitest";
import { renderResultTable } from "../src/notebook/renderResult.ts";
import { markLanguageRuns } from "../src/render/markLanguageRuns.ts";

const result = {
  columns: ["name", "note_en", "name_zh", "总投资"],
  rows: [{ name: "精细化工产业园", note_en: "written 约178亿元", name_zh: "精细化工产业园", 总投资: 17.5e9 }],
  count: 1,
};

describe("renderResultTable", () => {
  it("renderResultTable(result, 'en') marks Chinese in values and column names, except in a Chinese column", () => {
    const html = renderResultTable(result, "en");
    expect(html).toContain('<th scope="col"><span lang="zh-Hans">总投资</span></th>');
    expect(html).toContain('<td><span lang="zh-Hans">精细化工产业园</span></td>');
    expect(html).toContain('<td lang="en">written <span lang="zh-Hans">约178亿元</span></td>');
    expect(html).toContain('<td lang="zh-Hans">精细化工产业园</td>');
  });

  it("renderResultTable(result, 'zh') marks only Chinese inside an English column", () => {
    const html = renderResultTable(result, "zh");
    expect(html).toContain('<th scope="col">总投资</th>');
    expect(html).toContain("<td>精细化工产业园</td>");
    expect(html).toContain('<td lang="en">written <span lang="zh-Hans">约178亿元</span></td>');
  });

  it("renderResultTable(result, lang) is left as it is by the page's markLanguageRuns: built and rerun tables match", () => {
    for (const lang of ["en", "zh"] as const) {
      const page = `<html lang="${lang === "zh" ? "zh-Hans" : "en"}"><body><div>${renderResultTable(result, lang)}</div></body></html>`;
      expect(markLanguageRuns(page)).toBe(page);
    }
  });
});
