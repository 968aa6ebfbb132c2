import { describe, expect, it } from "vitest";
import { parseNotebook } from "../src/lib/notebook/parseNotebook.ts";

const FILE = "src/content/notebook/xx.md";
const parse = (body: string) => parseNotebook(`---\nlang: en\n---\n${body}`, FILE);

describe("parseNotebook", () => {
  it("parseNotebook() reads prose, SQL cells from QUERIES or written out, chart and table cells, with their lines", () => {
    const blocks = parse(
      [
        "Some prose.",
        "",
        "```sql query=milestones_timeline params=2023-04-01,2024-12-31",
        "```",
        "::: chart milestoneTimeline from=milestones_timeline highlight=x",
        "A caption.",
        ":::",
        "```sql cell=mine",
        "select 1 -- ::: not a cell",
        "```",
        "::: table from=mine columns=a,b amount=b",
        ":::",
        "```js",
        "::: this is code, not a cell",
        "```",
      ].join("\n"),
    );
    expect(blocks.map((b) => b.kind)).toEqual(["prose", "sql", "chart", "sql", "table", "prose"]);
    expect(blocks[1]).toEqual({
      kind: "sql",
      name: "milestones_timeline",
      origin: "query",
      body: "",
      params: ["2023-04-01", "2024-12-31"],
      line: 6,
    });
    expect(blocks[2]).toMatchObject({
      kind: "chart",
      chart: "milestoneTimeline",
      from: "milestones_timeline",
      options: { highlight: "x" },
      caption: "A caption.",
      line: 8,
    });
    expect(blocks[3]).toMatchObject({
      kind: "sql",
      name: "mine",
      origin: "cell",
      body: "select 1 -- ::: not a cell",
      line: 11,
    });
    expect(blocks[4]).toMatchObject({
      kind: "table",
      from: "mine",
      columns: ["a", "b"],
      amount: ["b"],
      line: 14,
    });
  });

  it("parseNotebook() refuses SQL written under a named query: the SQL lives in the data package", () => {
    expect(() => parse("```sql query=conflicts\nselect 1\n```")).toThrow(
      `${FILE}:4: cell conflicts takes its SQL from the data package's named query`,
    );
  });

  it("parseNotebook() names file and line for a malformed cell", () => {
    expect(() => parse("```sql\nselect 1\n```")).toThrow(`${FILE}:4: a SQL cell is either`);
    expect(() => parse("```sql cell=Bad-Name\nselect 1\n```")).toThrow(`${FILE}:4: cell name "Bad-Name"`);
    expect(() => parse("\n```sql cell=x\nselect 1")).toThrow(
      `${FILE}:5: this \`\`\`sql cell is never closed`,
    );
    expect(() => parse("::: chart investmentScale\n:::")).toThrow(
      `${FILE}:4: chart investmentScale: from= needs a cell name`,
    );
    expect(() => parse("::: graph x from=y\n:::")).toThrow(`${FILE}:4: unknown cell "::: graph"`);
    expect(() => parse("::: table from=x rows=3\n:::")).toThrow(`${FILE}:4: unknown option "rows"`);
    expect(() => parse(":::")).toThrow(`${FILE}:4: cannot read ":::"`);
  });
});
