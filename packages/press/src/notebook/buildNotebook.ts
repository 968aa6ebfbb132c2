import { type Lang, type NamedQuery, QUERIES } from "@newarea/data";
import { type ChartState, drawChartState } from "../chartState.ts";
import type { ChartContext } from "../charts.ts";
import { CHARTS } from "../charts.ts";
import { DocumentError, type Point } from "../DocumentError.ts";
import { chartContext, type DocumentData } from "../data/documentData.ts";
import { NOTEBOOK } from "../parse/documentKinds.ts";
import type { DirectiveBlock, FenceBlock, ParsedDocument, Prose } from "../parse/parseDocument.ts";
import { type LedgerHref, renderProse } from "../render/renderProse.ts";
import { checkReaderSql } from "./checkReaderSql.ts";
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
  chart: ChartState;
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
  file: string;
  lang: Lang;
  cells: NotebookCell[];
}

const NAME = /^[a-z][a-z0-9_]*$/;

/** A SQL cell as written: ```` ```sql query=<named query> ```` or ```` ```sql cell=<name> ````. */
interface SqlSource {
  name: string;
  origin: "query" | "cell";
  sql: string;
  params: string[];
  at: Point;
}

/** Returns the cell name a `from=`, `query=` or `cell=` gives, or throws at `at`. */
function cellName(name: string | undefined, what: string, file: string, at: Point): string {
  if (!name) throw new DocumentError(file, at, `${what} needs a cell name`);
  if (!NAME.test(name)) {
    throw new DocumentError(file, at, `cell name "${name}": use a-z, 0-9 and _, starting with a letter`);
  }
  return name;
}

/** Reads a ```` ```sql ```` fence: a named query of the data package, or a cell's own SQL. */
function sqlSource(b: FenceBlock, file: string): SqlSource {
  const { query, cell, params, ...rest } = b.options;
  const unknown = Object.keys(rest)[0];
  if (unknown) {
    throw new DocumentError(
      file,
      b.at,
      `unknown option "${unknown}" for a SQL cell; it takes query=, cell= and params=`,
    );
  }
  if ((query === undefined) === (cell === undefined)) {
    throw new DocumentError(
      file,
      b.at,
      "a SQL cell is either ```sql query=<named query> (SQL from the data package) or ```sql cell=<name> (SQL below)",
    );
  }
  const body = b.value.trim();
  const name = cellName(query ?? cell, "a SQL cell", file, b.at);
  const given = params ? params.split(",") : [];
  if (query === undefined) {
    if (!body) throw new DocumentError(file, b.at, `cell ${name} has no SQL`);
    if (name in QUERIES) {
      throw new DocumentError(
        file,
        b.at,
        `"${name}" is a named query: write \`\`\`sql query=${name} to show its SQL from the data package`,
      );
    }
    if (given.length)
      throw new DocumentError(file, b.at, `cell ${name} takes 0 parameter(s); it has ${given.length}`);
    return { name, origin: "cell", sql: body, params: given, at: b.at };
  }
  if (body) {
    throw new DocumentError(
      file,
      b.at,
      `cell ${name} takes its SQL from the data package's named query: leave its body empty (edit packages/data/src/db/queries.ts instead)`,
    );
  }
  const spec = (QUERIES as Record<string, (typeof QUERIES)[NamedQuery]>)[name];
  if (!spec) {
    throw new DocumentError(
      file,
      b.at,
      `"${name}" is not a named query of the data package; known: ${Object.keys(QUERIES).join(", ")}`,
    );
  }
  if (given.length !== spec.params.length) {
    throw new DocumentError(
      file,
      b.at,
      `cell ${name} takes ${spec.params.length} parameter(s)${spec.params.length ? ` (${spec.params.join(", ")}): write params=…,…` : ""}; it has ${given.length}`,
    );
  }
  return { name, origin: "query", sql: spec.sql, params: given, at: b.at };
}

/** Reads every SQL cell; every query a chart is drawn from must have one, since each chart links to it. */
function sqlSources(doc: ParsedDocument): Map<string, SqlSource> {
  const sources = new Map<string, SqlSource>();
  for (const b of doc.blocks) {
    if (b.kind !== "fence") continue;
    const s = sqlSource(b, doc.file);
    const first = sources.get(s.name);
    if (first)
      throw new DocumentError(
        doc.file,
        b.at,
        `cell ${s.name} is defined twice (first at line ${first.at.line})`,
      );
    sources.set(s.name, s);
  }
  for (const [chart, def] of Object.entries(CHARTS)) {
    if (!sources.has(def.query)) {
      throw new DocumentError(
        doc.file,
        { line: 1 },
        `no cell for the named query ${def.query}, which the story's chart ${chart} is drawn from (its "how we got this" link points here): add \`\`\`sql query=${def.query}`,
      );
    }
  }
  return sources;
}

/** Runs SQL cells once each, on demand, refusing what a reader's browser would refuse. */
function cellResults(file: string, sources: Map<string, SqlSource>, query: QueryFn) {
  const results = new Map<string, Promise<CellResult>>();
  const run = async (s: SqlSource): Promise<CellResult> => {
    const refusal = checkReaderSql(s.sql);
    if (refusal) {
      throw new DocumentError(
        file,
        s.at,
        `a reader could not run cell ${s.name} (${JSON.stringify(refusal)}): cells must only read`,
      );
    }
    try {
      return await runCell(query, s.sql, s.params);
    } catch (e) {
      throw new DocumentError(file, s.at, (e as Error).message);
    }
  };
  return (name: string, at: Point): Promise<CellResult> => {
    const s = sources.get(name);
    if (!s)
      throw new DocumentError(
        file,
        at,
        `no SQL cell named ${name}; cells: ${[...sources.keys()].join(", ")}`,
      );
    let hit = results.get(name);
    if (!hit) {
      hit = run(s);
      results.set(name, hit);
    }
    return hit;
  };
}

/** What chart and table cells are built with: the file, the language, prose, results by cell name. */
interface CellContext {
  file: string;
  lang: Lang;
  prose: (p: Prose | undefined) => string;
  resultOf: (name: string, at: Point) => Promise<CellResult>;
  charts: ChartContext;
}

/** Builds a `:::chart` cell: the same checks, description and drawing as a story step, on a cell's rows. */
async function chartCell(b: DirectiveBlock, suffix: string, c: CellContext): Promise<ChartCell> {
  const { from: written, ...options } = b.options;
  const from = cellName(written, `chart ${b.label}: from=`, c.file, b.at);
  const def = CHARTS[b.label ?? ""];
  if (!def) {
    throw new DocumentError(
      c.file,
      b.at,
      `unknown chart "${b.label}"; known: ${Object.keys(CHARTS).join(", ")}`,
    );
  }
  const rows = (await c.resultOf(from, b.at)).rows;
  try {
    const chart = await drawChartState(def, rows, options, c.charts);
    return { kind: "chart", id: `${from}${suffix}`, from, chart, caption: c.prose(b.body) };
  } catch (e) {
    throw new DocumentError(c.file, b.at, `${(e as Error).message} (rows of cell ${from})`);
  }
}

/** Builds a `:::table` cell: some columns of a cell's result, for reading. */
async function tableCell(b: DirectiveBlock, suffix: string, c: CellContext): Promise<TableCell> {
  const from = cellName(b.options.from, "a table: from=", c.file, b.at);
  const result = await c.resultOf(from, b.at);
  const spec: TableSpec = {
    columns: b.options.columns?.split(","),
    amount: b.options.amount ? b.options.amount.split(",") : [],
  };
  const known = new Set([...result.columns, "name"]);
  const missing = [...(spec.columns ?? []), ...spec.amount].find((col) => !known.has(col));
  if (missing) {
    throw new DocumentError(
      c.file,
      b.at,
      `cell ${from} has no column "${missing}"; it has ${result.columns.join(", ")}`,
    );
  }
  return {
    kind: "table",
    id: `${from}${suffix}`,
    from,
    spec,
    caption: c.prose(b.body),
    html: renderTableCell(result, spec, c.lang, NB_UI[c.lang].tableFrom(from)),
  };
}

/** Builds a SQL cell from its fence: its SQL (a named query's comes from the data package) and result. */
async function sqlCell(b: FenceBlock, c: CellContext): Promise<SqlCell> {
  const s = sqlSource(b, c.file);
  const result = await c.resultOf(s.name, b.at);
  const spec = s.origin === "query" ? QUERIES[s.name as NamedQuery] : undefined;
  return {
    kind: "sql",
    name: s.name,
    origin: s.origin,
    description: spec?.description,
    sql: s.sql,
    params: s.params,
    result,
    table: renderResultTable(result, c.lang),
    feeds: [],
  };
}

/**
 * Builds a parsed notebook: checks every cell (a DocumentError names file and line), runs each SQL cell
 * through `query` (the sandboxed database), draws each chart at build time with the same checker and
 * renderer as a story step, and renders each table, so that the page reads completely without
 * JavaScript.
 */
export async function buildNotebook(
  doc: ParsedDocument,
  lang: Lang,
  data: DocumentData,
  query: QueryFn,
  links: { ledgerHref: LedgerHref },
): Promise<Notebook> {
  if (doc.kind !== NOTEBOOK) throw new Error(`${doc.file} was parsed as a ${doc.kind.name}, not a notebook`);
  const { file } = doc;
  const c: CellContext = {
    file,
    lang,
    prose: (p) => (p ? renderProse(p, { file, lang, data: data.tokens, ledgerHref: links.ledgerHref }) : ""),
    resultOf: cellResults(file, sqlSources(doc), query),
    charts: chartContext(data, lang),
  };
  const cells: NotebookCell[] = [];
  let n = 0;
  for (const b of doc.blocks) {
    if (b.kind === "prose") cells.push({ kind: "prose", html: c.prose(b.prose) });
    else if (b.kind === "fence") cells.push(await sqlCell(b, c));
    else if (b.name === "chart") cells.push(await chartCell(b, `-chart-${++n}`, c));
    else cells.push(await tableCell(b, `-table-${++n}`, c));
  }
  const sqlCells = new Map(
    cells.flatMap((cell) => (cell.kind === "sql" ? [[cell.name, cell] as const] : [])),
  );
  for (const cell of cells) {
    if (cell.kind === "chart")
      sqlCells.get(cell.from)?.feeds.push({ id: cell.id, title: cell.chart.description.title });
    if (cell.kind === "table") sqlCells.get(cell.from)?.feeds.push({ id: cell.id, title: undefined });
  }
  return { file, lang, cells };
}
