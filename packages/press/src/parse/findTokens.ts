import { StoryError } from "./StoryError.ts";

/** A figure token in prose: `{fig:<figure_id>}`, `{q:<query>.<key>}` or `{date:<milestone_id>}`, with `|option`s. */
export interface Token {
  kind: "fig" | "q" | "date";
  name: string;
  options: Record<string, string>;
  /** The token as written, braces included. */
  raw: string;
  /** Offset in the text it was found in. */
  index: number;
  /** 1-based line in the file. */
  line: number;
}

export const TOKEN_KINDS = ["fig", "q", "date"] as const;

const ANY = /\{([A-Za-z]+):([^{}\n]*)\}/g;
const STRICT = /^([^\s|{}]+)((?:\|[A-Za-z]+(?:=[^\s|{}]+)?)*)$/;

/**
 * Returns the tokens of `text`, whose first line is line `firstLine` of `file`. Throws a StoryError for a
 * token of an unknown kind or a malformed one (`{fig: x}`, `{fig:x|}`).
 */
export function findTokens(text: string, file: string, firstLine: number): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(ANY)) {
    const [raw, kind = "", body = ""] = m;
    const index = m.index ?? 0;
    const line = firstLine + (text.slice(0, index).match(/\n/g)?.length ?? 0);
    if (!(TOKEN_KINDS as readonly string[]).includes(kind)) {
      throw new StoryError(
        file,
        line,
        `unknown token "${raw}": use {fig:<figure id>}, {q:<query>.<key>} or {date:<milestone id>}`,
      );
    }
    const parts = STRICT.exec(body);
    if (!parts)
      throw new StoryError(
        file,
        line,
        `cannot read "${raw}": no spaces inside, options as |name or |name=value`,
      );
    const options: Record<string, string> = {};
    for (const opt of (parts[2] ?? "").split("|").filter(Boolean)) {
      const [key = "", value = "on"] = opt.split("=");
      options[key] = value;
    }
    tokens.push({ kind: kind as Token["kind"], name: parts[1] ?? "", options, raw, index, line });
  }
  return tokens;
}
