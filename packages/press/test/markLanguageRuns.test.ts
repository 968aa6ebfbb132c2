import { describe, expect, it } from "vitest";
import { renderResultTable } from "../src/notebook/renderResult.ts";
import { markLanguageRuns } from "../src/render/markLanguageRuns.ts";

const page = (body: string, lang = "en") =>
  `<!doctype html><html lang="${lang}"><head><title>标题</title></head><body>${body}</body></html>`;

describe("markLanguageRuns", () => {
  it("markLanguageRuns(html) marks each Chinese run of an English page, digits written with it included", () => {
    expect(markLanguageRuns(page("<p>The park (精细化工产业园) reports 1080亿 and 5000万元以上.</p>"))).toBe(
      page(
        '<p>The park (<span lang="zh-Hans">精细化工产业园</span>) reports <span lang="zh-Hans">1080亿</span> and <span lang="zh-Hans">5000万元以上</span>.</p>',
      ),
    );
  });

  it("markLanguageRuns(html) leaves Chinese pages, Chinese elements, scripts, styles and the title alone", () => {
    const zh = page("<p>总投资175亿元</p>", "zh-Hans");
    expect(markLanguageRuns(zh)).toBe(zh);
    const inside = page(
      '<p><span lang="zh-Hans">总投资 175亿元</span> <b lang="zh">长春</b></p><script>"长春"</script><style>/* 长春 */</style><textarea>长春</textarea>',
    );
    expect(markLanguageRuns(inside)).toBe(inside);
  });

  it("markLanguageRuns(html) keeps every byte outside the runs: attributes, entities, comments, void elements", () => {
    const html = page(
      '<p title="长春 &amp; 吉林" data-x="a>b">A&amp;B <img alt="长春"> 长春<br>next<!-- 长春 --></p>',
    );
    expect(markLanguageRuns(html)).toBe(
      page(
        '<p title="长春 &amp; 吉林" data-x="a>b">A&amp;B <img alt="长春"> <span lang="zh-Hans">长春</span><br>next<!-- 长春 --></p>',
      ),
    );
  });

  it("markLanguageRuns(html) uses tspan inside SVG text and nothing elsewhere in SVG", () => {
    const html = page(
      '<svg><title>长春</title><text x="1">长春 <tspan>吉林</tspan></text></svg><p>after 长春</p>',
    );
    expect(markLanguageRuns(html)).toBe(
      page(
        '<svg><title>长春</title><text x="1"><tspan lang="zh-Hans">长春</tspan> <tspan><tspan lang="zh-Hans">吉林</tspan></tspan></text></svg><p>after <span lang="zh-Hans">长春</span></p>',
      ),
    );
  });

  it("markLanguageRuns(html) follows the nearest lang: an English element inside a Chinese one is marked", () => {
    const html = page('<div lang="zh-Hans">长春 <span lang="en">Changchun (长春)</span></div>');
    expect(markLanguageRuns(html)).toBe(
      page(
        '<div lang="zh-Hans">长春 <span lang="en">Changchun (<span lang="zh-Hans">长春</span>)</span></div>',
      ),
    );
  });
});

describe("renderResultTable", () => {
  it("renderResultTable() on an English page marks Chinese in columns of no one language as the middleware marks built pages, so a re-run in the browser gives the built markup", () => {
    const result = {
      columns: ["as_written", "name_zh", "n"],
      rows: [{ as_written: "约178亿元", name_zh: "长春新区", n: 1 }],
      count: 1,
    };
    const en = renderResultTable(result, "en");
    expect(en).toContain('<td><span lang="zh-Hans">约178亿元</span></td>');
    expect(markLanguageRuns(`<html lang="en"><body>${en}</body></html>`)).toBe(
      `<html lang="en"><body>${en}</body></html>`,
    );
    expect(renderResultTable(result, "zh")).toContain("<td>约178亿元</td>");
  });
});
