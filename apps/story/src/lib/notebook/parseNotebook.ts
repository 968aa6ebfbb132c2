import { frontmatterEnd } from "../story/parseStory.ts";
import { NotebookError } from "./NotebookError.ts";

/** Markdown between cells. */
export interface ProseBlock {
  kind: "prose";
  text: string;
  /** 1-based line of the first line of `text`. */
  line: number;
}

/**
 * A SQL cell: ```` ```sql query=<name> ```` takes its SQL from the data package's named query (the body
 * stays empty); ```` ```sql cell=<name> ```` holds its own SQL in the body. `params=a,b` binds the `?`s.
 */
export interface SqlBlock {
  kind: "sql";
  name: string;
  origin: "query" | "cell";
  /** The SQL written in the body (empty for `query=`). */
  body: string;
  params: string[];
  line: number;
}

/** `::: chart <chart> from=<cell> option=value …` … `:::`: a chart fed by a SQL cell; the body is its caption. */
export interface ChartBlock {
  kind: "chart";
  chart: string;
  from: string;
  options: Record<string, string>;
  caption: string;
  line: number;
  textLine: number;
}

/** `::: table from=<cell> columns=a,b amount=c` … `:::`: some columns of a cell's result, for reading. */
export interface TableBlock {
  kind: "table";
  from: string;
  columns: string[] | undefined;
  /** Columns shown as amounts (亿元, CNY billion) with the row's unit and bound. */
  amount: string[];
  caption: string;
  line: number;
  textLine: number;
}

export type NotebookBlock = ProseBlock | SqlBlock | ChartBlock | TableBlock;

const NAME = /^[a-z][a-z0-9_]*$/;
const OPTION = /^([A-Za-z][\w-]*)=(\S+)$/;
const SQL_FENCE = /^```sql(?:\s+(.*))?$/;
const FENCE = /^(`{3,}|~{3,})/;
const OPENER = /^:::\s*([A-Za-z]+)\b(.*)$/;

/** Reads `key=value` words; throws at `line` for anything else. */
function readOptions(words: string[], file: string, line: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const w of words) {
    const m = OPTION.exec(w);
    if (!m)
      throw new NotebookError(
        file,
        line,
        `cannot read "${w}": options are written key=value, without spaces`,
      );
    const [, key = "", value = ""] = m;
    if (key in out) throw new NotebookError(file, line, `option ${key} is given twice`);
    out[key] = value;
  }
  return out;
}

function checkName(name: string | undefined, what: string, file: string, line: number): string {
  if (!name) throw new NotebookError(file, line, `${what} needs a cell name`);
  if (!NAME.test(name))
    throw new NotebookError(file, line, `cell name "${name}": use a-z, 0-9 and _, starting with a letter`);
  return name;
}

function sqlBlock(info: string, body: string[], file: string, line: number): SqlBlock {
  const opts = readOptions(info.split(/\s+/).filter(Boolean), file, line);
  const { query, cell, params, ...rest } = opts;
  const unknown = Object.keys(rest);
  if (unknown.length)
    throw new NotebookError(
      file,
      line,
      `unknown option "${unknown[0]}" for a SQL cell; it takes query=, cell= and params=`,
    );
  if ((query === undefined) === (cell === undefined)) {
    throw new NotebookError(
      file,
      line,
      "a SQL cell is either ```sql query=<named query> (SQL from the data package) or ```sql cell=<name> (SQL below)",
    );
  }
  const text = body.join("\n").trim();
  if (query !== undefined && text) {
    throw new NotebookError(
      file,
      line,
      `cell ${query} takes its SQL from the data package's named query: leave its body empty (edit packages/data/src/db/queries.ts instead)`,
    );
  }
  if (cell !== undefined && !text) throw new NotebookError(file, line, `cell ${cell} has no SQL`);
  return {
    kind: "sql",
    name: checkName(query ?? cell, "a SQL cell", file, line),
    origin: query !== undefined ? "query" : "cell",
    body: text,
    params: params ? params.split(",") : [],
    line,
  };
}

function cellBlock(
  kind: string,
  head: string,
  body: string[],
  file: string,
  line: number,
): ChartBlock | TableBlock {
  const words = head.split(/\s+/).filter(Boolean);
  const caption = body.join("\n");
  if (kind === "chart") {
    const [chart, ...rest] = words;
    if (!chart || chart.includes("="))
      throw new NotebookError(file, line, "write `::: chart <chart name> from=<cell>`");
    const { from, ...options } = readOptions(rest, file, line);
    return {
      kind: "chart",
      chart,
      from: checkName(from, `chart ${chart}: from=`, file, line),
      options,
      caption,
      line,
      textLine: line + 1,
    };
  }
  const { from, columns, amount, ...rest } = readOptions(words, file, line);
  const unknown = Object.keys(rest);
  if (unknown.length)
    throw new NotebookError(
      file,
      line,
      `unknown option "${unknown[0]}" for a table; it takes from=, columns= and amount=`,
    );
  return {
    kind: "table",
    from: checkName(from, "a table: from=", file, line),
    columns: columns?.split(","),
    amount: amount ? amount.split(",") : [],
    caption,
    line,
    textLine: line + 1,
  };
}

/**
 * Splits a notebook file into prose and cells, remembering line numbers. Other fenced code blocks stay
 * prose. Throws a NotebookError for an unknown block, an unclosed one or a malformed option.
 */
export function parseNotebook(source: string, file: string): NotebookBlock[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: NotebookBlock[] = [];
  let prose: string[] = [];
  let proseLine = 0;
  const flush = () => {
    if (prose.join("").trim()) blocks.push({ kind: "prose", text: prose.join("\n"), line: proseLine });
    prose = [];
  };
  const addProse = (raw: string, lineNo: number) => {
    if (prose.length === 0) proseLine = lineNo;
    prose.push(raw);
  };
  /** Returns the index of the line closing a block opened at `start`, or throws. */
  const closing = (start: number, test: (t: string) => boolean, what: string) => {
    for (let j = start + 1; j < lines.length; j++) if (test((lines[j] ?? "").trim())) return j;
    throw new NotebookError(file, start + 1, `${what} is never closed`);
  };

  for (let i = frontmatterEnd(lines); i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const trimmed = raw.trim();
    const sql = SQL_FENCE.exec(trimmed);
    if (sql) {
      const end = closing(i, (t) => t === "```", "this ```sql cell");
      flush();
      blocks.push(sqlBlock(sql[1] ?? "", lines.slice(i + 1, end), file, i + 1));
      i = end;
      continue;
    }
    const fence = FENCE.exec(trimmed);
    if (fence) {
      // Any other code block is prose: copy it whole, so that a `:::` inside it is not read as a cell.
      const mark = fence[1] ?? "```";
      const end = closing(i, (t) => t.startsWith(mark) && t.slice(mark.length).trim() === "", "a code block");
      for (let j = i; j <= end; j++) addProse(lines[j] ?? "", j + 1);
      i = end;
      continue;
    }
    const opener = OPENER.exec(trimmed);
    if (opener) {
      const kind = opener[1] ?? "";
      if (kind !== "chart" && kind !== "table") {
        throw new NotebookError(
          file,
          i + 1,
          `unknown cell "::: ${kind}": a notebook has \`::: chart\` and \`::: table\` cells, and \`\`\`sql cells`,
        );
      }
      const end = closing(i, (t) => t === ":::", `this ::: ${kind}`);
      flush();
      blocks.push(cellBlock(kind, opener[2] ?? "", lines.slice(i + 1, end), file, i + 1));
      i = end;
      continue;
    }
    if (trimmed.startsWith(":::"))
      throw new NotebookError(file, i + 1, `cannot read "${trimmed}": \`:::\` closes nothing here`);
    addProse(raw, i + 1);
  }
  flush();
  return blocks;
}
