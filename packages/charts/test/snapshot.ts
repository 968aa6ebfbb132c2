import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { expect } from "vitest";

const OUTPUT = fileURLToPath(new URL("./output/", import.meta.url));

/** Returns a fresh linkedom document for a chart to render into. */
export function createDocument(): Document {
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}

/** Renumbers the ids Plot generates (`plot-clip-7`, `plot-d6a7b5`) in order of appearance. */
function renumber(text: string, pattern: RegExp, prefix: string): string {
  const seen = new Map<string, string>();
  return text.replace(pattern, (id) => {
    if (!seen.has(id)) seen.set(id, `${prefix}${seen.size}`);
    return seen.get(id) as string;
  });
}

/** Returns markup with one tag or text per line, indented by depth; an element holding only text stays on one line. */
function prettyPrint(markup: string): string {
  const tokens = markup.split(/(<[^>]+>)/).filter((t) => t.trim() !== "");
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const pad = "  ".repeat(depth);
    if (token.startsWith("</")) {
      depth -= 1;
      lines.push(`${"  ".repeat(depth)}${token}`);
    } else if (token.startsWith("<")) {
      const next = tokens[i + 1];
      const after = tokens[i + 2];
      if (token.endsWith("/>") || token.startsWith("<!")) {
        lines.push(`${pad}${token}`);
      } else if (
        next !== undefined &&
        !next.startsWith("<") &&
        after?.startsWith("</") &&
        !next.includes("\n")
      ) {
        lines.push(`${pad}${token}${next}${after}`);
        i += 2;
      } else {
        lines.push(`${pad}${token}`);
        depth += 1;
      }
    } else {
      for (const line of token.split("\n")) if (line.trim() !== "") lines.push(`${pad}${line.trim()}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Returns markup in the stable form golden files keep: numbers rounded to 3 decimals, generated ids
 * renumbered, pretty-printed so that a diff points at the line that changed.
 */
export function normalize(markup: string): string {
  let text = markup.replace(/\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000));
  text = renumber(text, /plot-clip-\d+/g, "plot-clip-");
  text = renumber(text, /plot-[0-9a-f]{6}\b/g, "plot-");
  return prettyPrint(text);
}

/**
 * Compares a rendered chart with its golden file `test/output/<name>.svg` (`.html` for an HTML root).
 * On a mismatch it also writes `<name>-changed.svg` beside it, for a person to look at.
 */
export async function expectGolden(node: Element, name: string): Promise<void> {
  const ext = node.tagName.toLowerCase() === "svg" ? "svg" : "html";
  if (ext === "svg") node.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  for (const svg of node.querySelectorAll("svg")) svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const actual = normalize(node.outerHTML);
  const path = `${OUTPUT}${name}.${ext}`;
  const changed = `${OUTPUT}${name}-changed.${ext}`;
  if (existsSync(path) && readFileSync(path, "utf8") !== actual) writeFileSync(changed, actual);
  else rmSync(changed, { force: true });
  await expect(actual).toMatchFileSnapshot(path);
}
