import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NOTEBOOK, STORY } from "../src/parse/documentKinds.ts";
import { type DirectiveBlock, parseDocument } from "../src/parse/parseDocument.ts";

const FILE = "content/story.md";
const story = (text: string) => parseDocument(text, FILE, STORY);
const notebook = (text: string) => parseDocument(text, FILE, NOTEBOOK);
const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/harbour/${name}`, import.meta.url), "utf8");

describe("parseDocument", () => {
  it("parseDocument(story) splits prose and blocks, with labels, options and lines counted past the frontmatter", () => {
    const doc = story(fixture("story.md"));
    expect(doc.blocks.map((b) => (b.kind === "directive" ? b.name : b.kind))).toEqual([
      "prose",
      "step",
      "step",
      "step",
      "prose",
      "step",
      "aside",
      "sources",
    ]);
    expect(doc.blocks[0]).toMatchObject({ at: { line: 6, column: 1 } });
    expect(doc.blocks[2]).toMatchObject({
      name: "step",
      label: "investmentScale",
      options: { total: "on", id: "scale" },
      at: { line: 12 },
      body: { at: { line: 13 } },
    });
    expect((doc.blocks[6] as DirectiveBlock).label).toBe("How we did it");
    expect((doc.blocks[2] as DirectiveBlock).body?.text).toBe(
      "The **Battery Park** is the largest: {fig:battery-primary}, or {fig:battery-coast|written} in another report.",
    );
  });

  it("parseDocument(story) finds fig, q and date tokens with their options, line and column", () => {
    const doc = story(fixture("story.md"));
    const tokens = doc.blocks.flatMap((b) =>
      b.kind === "prose" ? b.prose.tokens : b.kind === "directive" ? (b.body?.tokens ?? []) : [],
    );
    expect(tokens.map((t) => `${t.kind}:${t.name}`)).toEqual([
      "q:area_key_figures.planned_projects",
      "q:area_key_figures.planned_total_investment",
      "q:area_key_figures.started_projects",
      "fig:battery-primary",
      "fig:battery-coast",
      "fig:port-primary",
      "date:battery-start",
    ]);
    expect(tokens[4]).toMatchObject({ options: { written: "on" }, line: 13, column: 64 });
    // Offsets into the prose text, for the renderer to replace.
    const second = doc.blocks[0]?.kind === "prose" ? doc.blocks[0].prose : undefined;
    const t = second?.tokens[1];
    expect(second?.text.slice(t?.index, (t?.index ?? 0) + (t?.raw.length ?? 0))).toBe(
      "{q:area_key_figures.planned_total_investment}",
    );
  });

  it("parseDocument() reads a token the Markdown parser split at its colon, and leaves `\\{…}`, code and braces that are not tokens alone", () => {
    const doc = story("a {fig:x-y|digits=1} `{fig:code}` \\{fig:escaped} {b} {c d}\n");
    const prose = doc.blocks[0]?.kind === "prose" ? doc.blocks[0].prose : undefined;
    expect(prose?.tokens).toEqual([
      {
        kind: "fig",
        name: "x-y",
        options: { digits: "1" },
        raw: "{fig:x-y|digits=1}",
        index: 2,
        line: 1,
        column: 3,
      },
    ]);
  });

  it("parseDocument(notebook) reads SQL fences as cells, other fences as prose, and ::: inside code as code", () => {
    const doc = notebook(fixture("notebook.md"));
    const kinds = doc.blocks.map((b) =>
      b.kind === "directive" ? b.name : b.kind === "fence" ? `sql` : b.kind,
    );
    expect(kinds).toEqual([
      "prose",
      "sql",
      "chart",
      "sql",
      "chart",
      "sql",
      "sql",
      "sql",
      "table",
      "prose",
      "sql",
    ]);
    expect(doc.blocks[5]).toMatchObject({
      kind: "fence",
      options: { query: "milestones_timeline", params: "2024-01-01,2024-12-31" },
      value: "",
      at: { line: 21 },
    });
    expect(doc.blocks[7]).toMatchObject({
      options: { cell: "parks" },
      value: expect.stringContaining("SELECT"),
    });
    expect(doc.blocks[8]).toMatchObject({
      options: { from: "parks", columns: "name,value", amount: "value" },
    });
    expect((doc.blocks[4] as DirectiveBlock).body?.text).toBe("The battery park, highlighted.");
  });
});

describe("parseDocument errors", () => {
  it("parseDocument() shows the new form of a block written the old way", () => {
    expect(() => story("a\n\n::: step investmentScale highlight=x id=y\ntext\n:::\n")).toThrow(
      `${FILE}:3:1: "::: step investmentScale highlight=x id=y" is the old way to open a block: write \`:::step[investmentScale]{highlight=x id=y}\``,
    );
    expect(() => story("::: aside How we did it\ntext\n:::\n")).toThrow("write `:::aside[How we did it]`");
    expect(() => notebook("::: table from=x columns=a,b\n:::\n")).toThrow(
      "write `:::table{from=x columns=a,b}`",
    );
  });

  it("parseDocument() names file and line of an unclosed block, a block inside another and a stray :::", () => {
    expect(() => story("a\n\n:::step[projectCount]\ntext\n")).toThrow(`${FILE}:3:1: :::step is never closed`);
    expect(() => story(":::step[a]\n:::step[b]\nx\n:::\n:::\n")).toThrow(
      `${FILE}:2:1: a block cannot open inside another (the :::step of line 1 is still open)`,
    );
    expect(() => story("text\n:::\n")).toThrow(`${FILE}:2:1: \`:::\` closes nothing`);
    expect(() => story("::leaf\n")).toThrow(`${FILE}:1:1: cannot read "::leaf"`);
  });

  it("parseDocument() refuses an unknown block, a missing or unwanted label, and options it cannot read", () => {
    expect(() => story("\n:::chart[x]\n:::\n")).toThrow(
      `${FILE}:2:1: unknown block ":::chart": a story has :::step, :::aside, :::sources`,
    );
    expect(() => story(":::step\n:::\n")).toThrow(`${FILE}:1:1: :::step needs the chart's name in brackets`);
    expect(() => story(":::sources[x]\n:::\n")).toThrow(`${FILE}:1:1: :::sources takes nothing in brackets`);
    expect(() => story(":::step[x]{highlight\n:::\n")).toThrow(
      `${FILE}:1:1: cannot read ":::step[x]{highlight"`,
    );
    expect(() => story(":::step[x]{highlight}\n:::\n")).toThrow(`option "highlight" needs a value`);
    expect(() => story(":::step[x]{a=1 a=2}\n:::\n")).toThrow(`${FILE}:1:1: option "a" is given twice`);
    expect(() => notebook(":::table{from=x rows=3}\n:::\n")).toThrow(
      `${FILE}:1:1: unknown option "rows": it takes from, columns, amount`,
    );
  });

  it("parseDocument() names line and column of a malformed or unknown token", () => {
    expect(() => story("ok\n\nsee {figure:x}")).toThrow(`${FILE}:3:5: unknown token "{figure:x}"`);
    expect(() => story("{fig: x}")).toThrow(`${FILE}:1:1: cannot read "{fig: x}"`);
    expect(() => story(":::aside[T]\nx {fig:a|}\n:::\n")).toThrow(`${FILE}:2:3: cannot read "{fig:a|}"`);
  });

  it("parseDocument() names file and line of a SQL cell that is never closed", () => {
    expect(() => notebook("\n```sql cell=x\nselect 1")).toThrow(
      `${FILE}:2:1: this \`\`\`sql cell is never closed`,
    );
  });
});
