/** A piece of SQL text: a word, a quoted string or identifier, a parameter, a statement end, or other. */
export interface SqlToken {
  kind: "word" | "string" | "quoted" | "param" | "semicolon" | "open" | "other";
  /** A word upper-cased; a string or quoted identifier without its quotes. */
  text: string;
  index: number;
}

/**
 * Splits SQL into tokens, skipping comments (nested ones too) and whitespace. Knows '…' strings (with '' inside, E'…'
 * escapes), "…" identifiers and $tag$…$tag$ strings, so that a `;` or a keyword inside them is not read
 * as one. An unclosed quote runs to the end of the text (DuckDB reports the error).
 */
export function sqlTokens(sql: string): SqlToken[] {
  const out: SqlToken[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] as string;
    const start = i;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "-" && sql[i + 1] === "-") {
      while (i < sql.length && sql[i] !== "\n") i++;
    } else if (c === "/" && sql[i + 1] === "*") {
      // Block comments nest in DuckDB (as in PostgreSQL): `/* /* */ still a comment */`.
      let depth = 0;
      do {
        if (sql.startsWith("/*", i)) {
          depth++;
          i += 2;
        } else if (sql.startsWith("*/", i)) {
          depth--;
          i += 2;
        } else i++;
      } while (depth > 0 && i < sql.length);
    } else if (c === "'" || ((c === "E" || c === "e") && sql[i + 1] === "'")) {
      if (c !== "'") i++;
      let text = "";
      i++;
      while (i < sql.length) {
        if (sql[i] === "\\" && c !== "'") {
          text += sql[i + 1] ?? "";
          i += 2;
        } else if (sql[i] === "'" && sql[i + 1] === "'") {
          text += "'";
          i += 2;
        } else if (sql[i] === "'") {
          i++;
          break;
        } else text += sql[i++];
      }
      out.push({ kind: "string", text, index: start });
    } else if (c === '"') {
      let text = "";
      i++;
      while (i < sql.length) {
        if (sql[i] === '"' && sql[i + 1] === '"') {
          text += '"';
          i += 2;
        } else if (sql[i] === '"') {
          i++;
          break;
        } else text += sql[i++];
      }
      out.push({ kind: "quoted", text, index: start });
    } else if (c === "$" && /^\$[A-Za-z_]*\$/.test(sql.slice(i))) {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))?.[0] as string;
      const end = sql.indexOf(tag, i + tag.length);
      out.push({ kind: "string", text: sql.slice(i + tag.length, end < 0 ? sql.length : end), index: start });
      i = end < 0 ? sql.length : end + tag.length;
    } else if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
      while (i < sql.length && /[\w$\u0080-\uffff]/.test(sql[i] as string)) i++;
      out.push({ kind: "word", text: sql.slice(start, i).toUpperCase(), index: start });
    } else {
      i++;
      const kind = c === ";" ? "semicolon" : c === "?" ? "param" : c === "(" ? "open" : "other";
      out.push({ kind, text: c, index: start });
    }
  }
  return out;
}

/** Returns how many `?` parameters the SQL has (outside strings and comments). */
export function countParams(sql: string): number {
  return sqlTokens(sql).filter((t) => t.kind === "param").length;
}
