import { type NamedQuery, QUERIES } from "@newarea/data";
import { CHARTS } from "../charts/registry.ts";
import { chartFunctions, type Description, drawChart, WIDTHS } from "../charts/renderChart.ts";
import { type Lang, localePath } from "../i18n.ts";
import type { SiteData } from "../siteData.ts";
import { renderProse } from "../story/renderProse.ts";
import { StoryError } from "../story/StoryError.ts";
import { chartCellOptions } from "./chartCellOptions.ts";
import { checkReaderSql } from "./checkReaderSql.ts";
import { NotebookError } from "./NotebookError.ts";
import { type NotebookBlock, parseNotebook } from "./parseNotebook.ts";
import { renderResultTable } from "./renderResult.ts";
import { renderTableCell, type TableSpec } from "./renderTableCell.ts";
import { type CellResult, type QueryFn, runCell } from "./runCell.ts";
import { NB_UI } from "./ui.ts";

export interface SqlCell {
  kind: "sql";
  /** The cell's name: its id in the page and the name chart and table cells refer to. */
  name: string;
  origin: "query" | "cell";
  /** What the named query answers (QUERIES' description), for `query=` cells. */
  description: string | undefined;
  sql: string;
  params: string[];
  result: CellResult;
  /** The result table's HTML. */
  table: string;
  /** The chart and table cells fed by this one: their ids, and a chart's title. */
  feeds: { id: string; title: string | undefined }[];
}

export interface ChartCell {
  kind: "chart";
  id: string;
  from: string;
  /** Function name in @newarea/charts. */
  fn: string;
  /** Options the chart is drawn with (JSON), for the browser to redraw it. */
  options: Record<string, unknown>;
  description: Description;
  narrow: string;
  wide: string;
  caption: string;
}

export interface TableCell {
  kind: "table";
  id: string;
  from: string;
  spec: TableSpec;
  html: string;
  caption: string;
}

export type NotebookCell = { kind: "prose"; html: string } | SqlCell | ChartCell | TableCell;

export interface Notebook {
  lang: Lang;
  cells: NotebookCell[];
}

function fail(file: string, line: number, e: unknown): never {
  if (e instanceof StoryError || e instanceof NotebookError) throw e;
  throw new NotebookError(file, line, (e as Error).message);
}

/**
 * Builds a notebook from its Markdown file: checks every cell (a NotebookError names file and line), runs
 * each SQL cell through the sandboxed database, draws each chart at build time and renders each table,
 * so that the page reads completely without JavaScript. Every query a story chart is drawn from must
 * have its cell, since each chart links to it.
 */
export async function buildNotebook(
  source: string,
  file: string,
  lang: Lang,
  data: SiteData,
  query: QueryFn,
): Promise<Notebook> {
  const blocks: NotebookBlock[] = parseNotebook(source, file);
  const sqlBlocks = new Map<string, Extract<NotebookBlock, { kind: "sql" }>>();
  for (const b of blocks) {
    if (b.kind !== "sql") continue;
    if (sqlBlocks.has(b.name))
      throw new NotebookError(
        file,
        b.line,
        `cell ${b.name} is defined twice (first at line ${sqlBlocks.get(b.name)?.line})`,
      );
    if (b.origin === "query" && !(b.name in QUERIES)) {
      throw new NotebookError(
        file,
        b.line,
        `"${b.name}" is not a named query of the data package; known: ${Object.keys(QUERIES).join(", ")}`,
      );
    }
    if (b.origin === "cell" && b.name in QUERIES) {
      throw new NotebookError(
        file,
        b.line,
        `"${b.name}" is a named query: write \`\`\`sql query=${b.name} to show its SQL from the data package`,
      );
    }
    const params: readonly string[] = b.origin === "query" ? QUERIES[b.name as NamedQuery].params : [];
    if (b.params.length !== params.length) {
      throw new NotebookError(
        file,
        b.line,
        `cell ${b.name} takes ${params.length} parameter(s)${params.length ? ` (${params.join(", ")}): write params=…,…` : ""}; it has ${b.params.length}`,
      );
    }
    sqlBlocks.set(b.name, b);
  }
  for (const [chart, spec] of Object.entries(CHARTS)) {
    if (!sqlBlocks.has(spec.query)) {
      throw new NotebookError(
        file,
        1,
        `no cell for the named query ${spec.query}, which the story's chart ${chart} is drawn from (its "how we got this" link points here): add \`\`\`sql query=${spec.query}`,
      );
    }
  }

  const ledger = localePath(lang, "/sources/");
  const prose = (text: string, line: number) =>
    renderProse(text, line, {
      file,
      lang,
      data: data.tokens,
      ledgerHref: (r) => `${ledger}#${r.kind === "date" ? "ms" : "fig"}-${r.id}`,
    });

  const results = new Map<string, CellResult>();
  const resultOf = async (name: string, line: number): Promise<CellResult> => {
    const known = results.get(name);
    if (known) return known;
    const b = sqlBlocks.get(name);
    if (!b)
      throw new NotebookError(
        file,
        line,
        `no SQL cell named ${name}; cells: ${[...sqlBlocks.keys()].join(", ")}`,
      );
    const sql = b.origin === "query" ? QUERIES[b.name as NamedQuery].sql : b.body;
    const refusal = checkReaderSql(sql);
    if (refusal)
      throw new NotebookError(
        file,
        b.line,
        `a reader could not run cell ${name} (${JSON.stringify(refusal)}): cells must only read`,
      );
    try {
      const result = await runCell(query, sql, b.params);
      results.set(name, result);
      return result;
    } catch (e) {
      fail(file, b.line, e);
    }
  };

  const cells: NotebookCell[] = [];
  const sqlCells = new Map<string, SqlCell>();
  let n = 0;
  for (const b of blocks) {
    switch (b.kind) {
      case "prose":
        cells.push({ kind: "prose", html: prose(b.text, b.line) });
        break;
      case "sql": {
        const result = await resultOf(b.name, b.line);
        const origin = b.origin;
        const spec = origin === "query" ? QUERIES[b.name as NamedQuery] : undefined;
        const cell: SqlCell = {
          kind: "sql",
          name: b.name,
          origin,
          description: spec?.description,
          sql: spec?.sql ?? b.body,
          params: b.params,
          result,
          table: renderResultTable(result, lang),
          feeds: [],
        };
        sqlCells.set(b.name, cell);
        cells.push(cell);
        break;
      }
      case "chart": {
        const id = `${b.from}-chart-${++n}`;
        const made = chartCellOptions(b.chart, b.options, lang, data);
        if ("error" in made) throw new NotebookError(file, b.line, made.error);
        const rows = (await resultOf(b.from, b.line)).rows;
        const fn = CHARTS[b.chart]?.fn ?? b.chart;
        try {
          cells.push({
            kind: "chart",
            id,
            from: b.from,
            fn,
            options: made.options,
            description: chartFunctions(fn).describe(rows, made.options),
            narrow: drawChart(fn, rows, made.options, WIDTHS.narrow),
            wide: drawChart(fn, rows, made.options, WIDTHS.wide),
            caption: b.caption.trim() ? prose(b.caption, b.textLine) : "",
          });
        } catch (e) {
          fail(
            file,
            b.line,
            new Error(`chart ${b.chart} cannot draw the rows of cell ${b.from}: ${(e as Error).message}`),
          );
        }
        break;
      }
      case "table": {
        const id = `${b.from}-table-${++n}`;
        const result = await resultOf(b.from, b.line);
        const spec: TableSpec = { columns: b.columns, amount: b.amount };
        const known = new Set([...result.columns, "name"]);
        const missing = [...(b.columns ?? []), ...b.amount].find((c) => !known.has(c));
        if (missing)
          throw new NotebookError(
            file,
            b.line,
            `cell ${b.from} has no column "${missing}"; it has ${result.columns.join(", ")}`,
          );
        const caption = b.caption.trim() ? prose(b.caption, b.textLine) : "";
        cells.push({
          kind: "table",
          id,
          from: b.from,
          spec,
          caption,
          html: renderTableCell(result, spec, lang, NB_UI[lang].tableFrom(b.from)),
        });
        break;
      }
    }
  }
  for (const c of cells) {
    if (c.kind === "chart") sqlCells.get(c.from)?.feeds.push({ id: c.id, title: c.description.title });
    if (c.kind === "table") sqlCells.get(c.from)?.feeds.push({ id: c.id, title: undefined });
  }
  return { lang, cells };
}
