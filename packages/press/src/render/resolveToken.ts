import type { FigureRow, Lang, MilestoneRow } from "@newarea/data";
import { formatAmount, formatDate } from "@newarea/data/format";
import { DocumentError } from "../DocumentError.ts";
import type { Token } from "../parse/findTokens.ts";

/** What a `{fig:…}` or `{q:…}` token needs of a figure (a `ledger` or `area_key_figures` row). */
export type FigureLike = Pick<FigureRow, "figure_id" | "as_written" | "value" | "unit" | "bound">;

/** What a `{date:…}` token needs of a milestone. */
export type MilestoneLike = Pick<MilestoneRow, "milestone_id" | "date" | "precision">;

/** What tokens are resolved against: every figure by id, named values by query and key, milestones by id. */
export interface TokenData {
  figures: ReadonlyMap<string, FigureLike>;
  /** `{q:<query>.<key>}`: e.g. named.get("area_key_figures")?.get("planned_projects"). */
  named: ReadonlyMap<string, ReadonlyMap<string, FigureLike>>;
  milestones: ReadonlyMap<string, MilestoneLike>;
}

/** A token filled in: the id and raw value to print as data attributes, the text for the reader. */
export interface ResolvedToken {
  id: string;
  kind: "figure" | "date";
  value: string;
  text: string;
  /** The formatting options, as `data-format` carries them (`signed`, `digits=1`, `written`), or "". */
  format: string;
}

const FIGURE_OPTIONS = new Set(["signed", "digits", "written"]);

/** Returns the token's text for `lang`. Throws a DocumentError naming file, line and column for anything unknown. */
export function resolveToken(token: Token, data: TokenData, lang: Lang, file: string): ResolvedToken {
  const fail = (message: string): never => {
    throw new DocumentError(file, token, message);
  };
  if (token.kind === "date") {
    const m = data.milestones.get(token.name) ?? fail(`unknown milestone "${token.name}" in ${token.raw}`);
    for (const key of Object.keys(token.options))
      fail(`unknown option "${key}" in ${token.raw}: a date takes none`);
    return {
      id: m.milestone_id,
      kind: "date",
      value: m.date,
      text: formatDate(m.date, m.precision, lang),
      format: "",
    };
  }
  let row: FigureLike;
  if (token.kind === "fig") {
    row =
      data.figures.get(token.name) ??
      fail(`unknown figure "${token.name}"${suggest(token.name, data.figures.keys())}`);
  } else {
    const dot = token.name.indexOf(".");
    const query = token.name.slice(0, dot);
    const key = token.name.slice(dot + 1);
    const table =
      (dot > 0 ? data.named.get(query) : undefined) ??
      fail(
        `unknown named value "${token.name}": write {q:<query>.<key>}, queries: ${[...data.named.keys()].join(", ")}`,
      );
    row =
      table.get(key) ??
      fail(`unknown named value "${token.name}": ${query} has ${[...table.keys()].join(", ")}`);
  }
  for (const key of Object.keys(token.options)) {
    if (!FIGURE_OPTIONS.has(key))
      fail(`unknown option "${key}" in ${token.raw}: use |signed, |digits=N or |written`);
  }
  const { signed, digits, written } = token.options;
  let text: string;
  if (written) text = row.as_written;
  else {
    const d = digits === undefined ? undefined : Number(digits);
    if (d !== undefined && !(Number.isInteger(d) && d >= 0 && d <= 6))
      fail(`digits must be 0 to 6 in ${token.raw}`);
    text = formatAmount(row, lang, {
      ...(signed ? { signed: true } : {}),
      ...(d !== undefined ? { digits: d } : {}),
    });
  }
  const format = Object.entries(token.options)
    .map(([k, v]) => (v === "on" ? k : `${k}=${v}`))
    .join(" ");
  return { id: row.figure_id, kind: "figure", value: String(row.value), text, format };
}

function suggest(name: string, known: Iterable<string>): string {
  const near = [...known].filter((k) => k.includes(name) || name.includes(k) || sharedPrefix(k, name) >= 8);
  return near.length ? ` (did you mean ${near.slice(0, 3).join(", ")}?)` : "";
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}
