import { DocumentError } from "../DocumentError.ts";
import { type MdNode, pointAt } from "./mdNode.ts";

/** A figure token in prose: `{fig:<figure_id>}`, `{q:<query>.<key>}` or `{date:<milestone_id>}`, with `|option`s. */
export interface Token {
  kind: "fig" | "q" | "date";
  name: string;
  options: Record<string, string>;
  /** The token as written, braces included. */
  raw: string;
  /** Offset in the prose text it was found in. */
  index: number;
  /** 1-based line and column in the file. */
  line: number;
  column: number;
}

export const TOKEN_KINDS = ["fig", "q", "date"] as const;

const ANY = /\{([A-Za-z]+):([^{}\n]*)\}/g;
const STRICT = /^([^\s|{}]+)((?:\|[A-Za-z]+(?:=[^\s|{}]+)?)*)$/;
// Text as the reader sees it; code, HTML and link addresses are never searched for tokens.
const TEXT = new Set(["text", "textDirective"]);

/**
 * Returns the tokens in the text of `nodes` (Markdown nodes of `source`, whose prose starts at offset
 * `start`). Runs of text are read from the file itself, so that a token the Markdown parser split
 * (`{fig` `:name` `}`) is read whole. Throws a DocumentError for a token of an unknown kind or a
 * malformed one (`{fig: x}`, `{fig:x|}`).
 */
export function findTokens(nodes: readonly MdNode[], source: string, start: number, file: string): Token[] {
  const tokens: Token[] = [];
  const visit = (siblings: readonly MdNode[]) => {
    let i = 0;
    while (i < siblings.length) {
      const node = siblings[i] as MdNode;
      if (!TEXT.has(node.type)) {
        if (node.children) visit(node.children);
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < siblings.length && TEXT.has(siblings[j + 1]?.type ?? "")) j++;
      const from = node.position?.start.offset ?? 0;
      const to = siblings[j]?.position?.end.offset ?? from;
      tokens.push(...tokensIn(source.slice(from, to), from, source, start, file));
      i = j + 1;
    }
  };
  visit(nodes);
  return tokens;
}

function tokensIn(text: string, offset: number, source: string, start: number, file: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(ANY)) {
    const [raw, kind = "", body = ""] = m;
    // `\{fig:x}` is the text itself, not a token.
    if (text[(m.index ?? 0) - 1] === "\\") continue;
    const at = offset + (m.index ?? 0);
    const point = pointAt(source, at);
    if (!(TOKEN_KINDS as readonly string[]).includes(kind)) {
      throw new DocumentError(
        file,
        point,
        `unknown token "${raw}": use {fig:<figure id>}, {q:<query>.<key>} or {date:<milestone id>}`,
      );
    }
    const parts = STRICT.exec(body);
    if (!parts) {
      throw new DocumentError(
        file,
        point,
        `cannot read "${raw}": no spaces inside, options as |name or |name=value`,
      );
    }
    const options: Record<string, string> = {};
    for (const opt of (parts[2] ?? "").split("|").filter(Boolean)) {
      const [key = "", value = "on"] = opt.split("=");
      options[key] = value;
    }
    const name = parts[1] ?? "";
    out.push({
      kind: kind as Token["kind"],
      name,
      options,
      raw,
      index: at - start,
      line: point.line,
      column: point.column ?? 1,
    });
  }
  return out;
}
