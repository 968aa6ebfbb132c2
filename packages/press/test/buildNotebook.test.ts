import { readFileSync } from "node:fs";
import { QUERIES } from "@newarea/data";
import { describe, expect, it, vi } from "vitest";
import { CHARTS, type ChartDefinition } from "../src/charts.ts";
import {
  buildNotebook,
  type ChartCell,
  type SqlCell,
  type TableCell,
} from "../src/notebook/buildNotebook.ts";
import { NOTEBOOK } from "../src/parse/documentKinds.ts";
import { parseDocument } from "../src/parse/parseDocument.ts";
import { AREA_ROWS, harbourData, INVESTMENT_ROWS, MILESTONES } from "./fixtures/harbour.ts";

const FILE = "content/harbour/notebook.md";
const TEXT = readFileSync(new URL("./fixtures/harbour/notebook.md", import.meta.url), "utf8");
const links = { ledgerHref: (r: { id: string }) => `/sources/#${r.id}` };

/** A stand-in for the sandboxed database: each named query's SQL, and the `parks` cell's, answer fixture rows. */
async function query(sql: string): Promise<Record<string, unknown>[]> {
  const rows = (list: readonly object[]) => list as unknown as Record<string, unknown>[];
  if (sql.includes(QUERIES.area_key_figures.sql)) return rows(AREA_ROWS);
  if (sql.includes(QUERIES.investment_by_subject.sql)) return rows(INVESTMENT_ROWS);
  if (sql.includes(QUERIES.milestones_timeline.sql)) return rows(MILESTONES);
  if (sql.includes("investment_by_subject_rows")) return rows(INVESTMENT_ROWS);
  return [];
}

const build = async (text: string) =>
  buildNotebook(parseDocument(text, FILE, NOTEBOOK), "en", await harbourData(), query, links);

describe("buildNotebook", () => {
  it("buildNotebook() runs each SQL cell once, shows named queries' SQL from the data package, and lists what each cell feeds", async () => {
    const notebook = await build(TEXT);
    const sql = notebook.cells.filter((c): c is SqlCell => c.kind === "sql");
    expect(sql.map((c) => [c.name, c.origin, c.result.count])).toEqual([
      ["area_key_figures", "query", 4],
      ["investment_by_subject", "query", 4],
      ["milestones_timeline", "query", 1],
      ["output_promises", "query", 0],
      ["parks", "cell", 4],
      ["subject_overview", "query", 0],
    ]);
    expect(sql[1]?.sql).toBe(QUERIES.investment_by_subject.sql);
    expect(sql[2]?.params).toEqual(["2024-01-01", "2024-12-31"]);
    expect(sql[1]?.feeds).toEqual([{ id: "investment_by_subject-chart-2", title: expect.any(String) }]);
    expect(sql[4]?.feeds).toEqual([{ id: "parks-table-3", title: undefined }]);
  });

  it("buildNotebook() draws chart cells as story steps are drawn: same checker, one description, options as JSON", async () => {
    const describe = vi.spyOn(CHARTS.investmentScale as ChartDefinition, "describe");
    const notebook = await build(TEXT);
    const chart = notebook.cells.find(
      (c): c is ChartCell => c.kind === "chart" && c.from === "investment_by_subject",
    );
    expect(describe).toHaveBeenCalledTimes(1);
    expect(chart?.chart.options).toMatchObject({ lang: "en", highlight: "battery-park" });
    expect(JSON.parse(JSON.stringify(chart?.chart.options))).toEqual(chart?.chart.options);
    expect(chart?.caption).toBe("<p>The battery park, highlighted.</p>\n");
    describe.mockRestore();
  });

  it("buildNotebook() shows table cells with reader headings, amounts with their bound, and the dash for nothing", async () => {
    const table = (await build(TEXT)).cells.find((c): c is TableCell => c.kind === "table");
    expect(table?.html).toContain('<th scope="col">Subject</th><th scope="col">Value</th>');
    expect(table?.html).toContain('<td>Battery Park</td><td class="num">CNY 5 billion</td>');
    expect(table?.html).toContain("at least CNY 6 billion");
    expect(table?.html).toContain('<span aria-hidden="true">—</span><span class="sr-only">no value</span>');
  });

  it("buildNotebook() refuses highlight= naming a subject without a row, as a story step does", async () => {
    const text = TEXT.replace("highlight=battery-park", "highlight=atlantis");
    await expect(build(text)).rejects.toThrow(
      `${FILE}:17:1: highlight: "atlantis" has no row in investmentScale; it has: battery-park, data-centre, port-logistics`,
    );
  });

  it("buildNotebook() names file and line of a cell it cannot use", async () => {
    await expect(build(TEXT.replace("```sql query=output_promises\n```\n", ""))).rejects.toThrow(
      `${FILE}:1: no cell for the named query output_promises`,
    );
    await expect(build(TEXT.replace("from=parks", "from=nowhere"))).rejects.toThrow(
      `${FILE}:31:1: no SQL cell named nowhere; cells: area_key_figures`,
    );
    await expect(build(TEXT.replace("columns=name,value", "columns=name,colour"))).rejects.toThrow(
      `${FILE}:31:1: cell parks has no column "colour"`,
    );
    await expect(
      build(TEXT.replace("```sql query=output_promises\n```", "```sql query=output_promises\nselect 1\n```")),
    ).rejects.toThrow(`${FILE}:24:1: cell output_promises takes its SQL from the data package's named query`);
    await expect(build(TEXT.replace("SELECT subject_id", "DROP TABLE x; SELECT subject_id"))).rejects.toThrow(
      `${FILE}:27:1: a reader could not run cell parks`,
    );
  });
});
