import { DocumentError, type Point } from "../DocumentError.ts";
import type { DirectiveSpec } from "./documentKinds.ts";

// The opening line as a whole: colons, name, [label], {options}, nothing else. The parser reads the
// parts; this only makes sure it did not skip any (an unclosed `{` would lose every option silently).
const OPENER = /^\s*:{3,}[A-Za-z][\w-]*(\[[^\n]*?\])?(\{[^}\n]*\})?\s*$/;
// One option inside the braces: `key=value`, `key="a value"`, `#id`, or a bare word (refused below).
const ATTRIBUTE = /\s*([#.]?)([A-Za-z][\w:-]*)(?:=("[^"]*"|'[^']*'|[^\s"'}]*))?/y;

/**
 * Checks a block's opening line and returns its options, as the parser read them from the braces:
 * every option has a value (`highlight=x`), none is given twice, and a block that takes no chart
 * options takes only its own. Throws a DocumentError at the block otherwise.
 */
export function checkOpener(
  line: string,
  attributes: Readonly<Record<string, string | null | undefined>>,
  spec: DirectiveSpec,
  at: Point,
  file: string,
): Record<string, string> {
  const shape = OPENER.exec(line);
  if (!shape) {
    throw new DocumentError(
      file,
      at,
      `cannot read "${line.trim()}": write the block's first line as ${spec.example}, options inside one pair of braces`,
    );
  }
  const inside = shape[2]?.slice(1, -1) ?? "";
  const seen = new Set<string>();
  let read = 0;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(inside); m?.[0]; m = ATTRIBUTE.exec(inside)) {
    read = ATTRIBUTE.lastIndex;
    const [, shorthand = "", word = "", value] = m;
    const key = shorthand === "#" ? "id" : shorthand === "." ? "class" : word;
    if (seen.has(key)) throw new DocumentError(file, at, `option "${key}" is given twice`);
    seen.add(key);
    if (!shorthand && !value) {
      throw new DocumentError(file, at, `option "${word}" needs a value: write ${word}=…`);
    }
  }
  if (read < inside.trimEnd().length) {
    throw new DocumentError(file, at, `cannot read the options {${inside}}: write key=value key=value`);
  }
  const options: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (!spec.chartOptions && !spec.options.includes(key)) {
      const takes = spec.options.length ? `it takes ${spec.options.join(", ")}` : "it takes none";
      throw new DocumentError(file, at, `unknown option "${key}": ${takes}`);
    }
    options[key] = value ?? "";
  }
  return options;
}

/**
 * Returns how a block opened the old way (`::: step investmentScale highlight=x id=y`) is written now
 * (`:::step[investmentScale]{highlight=x id=y}`), or undefined when the line is not such an opener.
 */
export function oldFormHint(line: string): string | undefined {
  const m = /^\s*:::\s*([A-Za-z]+)\b(.*)$/.exec(line);
  if (!m) return undefined;
  const [, name = "", rest = ""] = m;
  const words = rest.trim().split(/\s+/).filter(Boolean);
  const label = words.filter((w) => !w.includes("=")).join(" ");
  const options = words.filter((w) => w.includes("="));
  return `:::${name}${label ? `[${label}]` : ""}${options.length ? `{${options.join(" ")}}` : ""}`;
}
