import { markdownToMdast } from "satteri";
import { DocumentError, type Point } from "../DocumentError.ts";
import type { DocumentKind } from "./documentKinds.ts";
import { findTokens, type Token } from "./findTokens.ts";
import { type MdNode, pointOf, sourceLine } from "./mdNode.ts";
import { checkOpener, oldFormHint } from "./openers.ts";
import { readOptions } from "./readOptions.ts";

/** Markdown text of the file, with the figure tokens in it: rendered by `renderProse`. */
export interface Prose {
  /** The text as written in the file. */
  text: string;
  /** Where `text` starts in the file. */
  at: Point;
  /** The `{fig:…}`, `{q:…}` and `{date:…}` tokens of `text`, with their offsets in it. */
  tokens: Token[];
}

/** A `:::name[label]{key=value …}` … `:::` block: what it is, what it says about itself, its text. */
export interface DirectiveBlock {
  kind: "directive";
  name: string;
  at: Point;
  /** The text in brackets, as written (a chart's name, a box's title), or undefined. */
  label: string | undefined;
  /** The options in braces, as written: `highlight=x` → `{ highlight: "x" }`. */
  options: Record<string, string>;
  /** The Markdown inside the block, or undefined when it is empty. */
  body: Prose | undefined;
}

/** A fenced code block of a language the document kind claims (```` ```sql query=x ````). */
export interface FenceBlock {
  kind: "fence";
  lang: string;
  at: Point;
  /** The `key=value` words after the language. */
  options: Record<string, string>;
  /** The code between the fences. */
  value: string;
}

export interface ProseBlock {
  kind: "prose";
  at: Point;
  prose: Prose;
}

export type Block = ProseBlock | DirectiveBlock | FenceBlock;

/** A document read and checked against its kind: its blocks in order, with where each stands in `file`. */
export interface ParsedDocument {
  file: string;
  kind: DocumentKind;
  blocks: Block[];
}

// Text directives (`:name`) are not part of the syntax: `{fig:x}` would read as one. The parser's
// directive option turns them on with the blocks, so `findTokens` reads text from the file itself.
const FEATURES = { directive: true, frontmatter: true } as const;

/**
 * Reads a Markdown document of `kind` (a story, a notebook): its frontmatter is skipped (the content
 * collection checks it), its `:::` blocks and claimed code fences are checked against the kind, and
 * every other run of Markdown becomes prose. Line numbers count from the top of the file, frontmatter
 * included. Throws a DocumentError with file, line and column for anything it cannot read: an unknown
 * or unclosed block, a block inside another, a stray `:::`, a block written the old way (`::: step x`),
 * a label or option that is missing or not allowed, a malformed figure token.
 */
export function parseDocument(source: string, file: string, kind: DocumentKind): ParsedDocument {
  const text = source.replace(/\r\n?/g, "\n");
  const root = markdownToMdast(text, { features: FEATURES }) as unknown as MdNode;
  const blocks: Block[] = [];
  let run: MdNode[] = [];
  const flush = () => {
    if (run.length) blocks.push({ kind: "prose", at: pointOf(run[0]), prose: proseOf(run, text, file) });
    run = [];
  };
  for (const node of root.children ?? []) {
    if (node.type === "yaml" || node.type === "toml") continue;
    if (node.type === "containerDirective") {
      flush();
      blocks.push(directiveBlock(node, text, file, kind));
    } else if (node.type === "code" && node.lang && kind.fences.includes(node.lang)) {
      flush();
      blocks.push(fenceBlock(node, text, file));
    } else {
      checkProseNode(node, text, file, kind);
      run.push(node);
    }
  }
  flush();
  return { file, kind, blocks };
}

/** Returns the prose of consecutive nodes: their text as written, with its tokens. */
function proseOf(nodes: MdNode[], text: string, file: string): Prose {
  const first = nodes[0] as MdNode;
  const start = first.position?.start.offset ?? 0;
  const end = nodes.at(-1)?.position?.end.offset ?? start;
  return { text: text.slice(start, end), at: pointOf(first), tokens: findTokens(nodes, text, start, file) };
}

/** Refuses what looks like a block but is not one: a leaf `::name`, a stray `:::`, the old `::: step x`. */
function checkProseNode(node: MdNode, text: string, file: string, kind: DocumentKind): void {
  if (node.type === "leafDirective") {
    throw new DocumentError(
      file,
      pointOf(node),
      `cannot read "${sourceLine(text, node)}": a block opens with a line such as ${kind.example} and ends with a line holding only \`:::\``,
    );
  }
  if (node.type !== "paragraph") return;
  const start = node.position?.start.offset ?? 0;
  const lines = text.slice(start - (pointOf(node).column ?? 1) + 1, node.position?.end.offset).split("\n");
  const index = lines.findIndex((l) => l.trimStart().startsWith(":::"));
  const line = lines[index];
  if (line === undefined) return;
  const at = { line: pointOf(node).line + index, column: 1 };
  if (/^\s*:::\s*$/.test(line)) throw new DocumentError(file, at, "`:::` closes nothing: no block is open");
  const hint = oldFormHint(line);
  throw new DocumentError(
    file,
    at,
    hint
      ? `"${line.trim()}" is the old way to open a block: write \`${hint}\`, and end the block with a line holding only \`:::\``
      : `cannot read "${line.trim()}": a block opens with a line such as ${kind.example}`,
    hint ? { hint: `Blocks are written :::name[label]{key=value}, as in ${kind.example}` } : {},
  );
}

function directiveBlock(node: MdNode, text: string, file: string, kind: DocumentKind): DirectiveBlock {
  const name = node.name ?? "";
  const at = pointOf(node);
  const spec = kind.directives[name];
  if (!spec) {
    const known = Object.keys(kind.directives)
      .map((n) => `:::${n}`)
      .join(", ");
    throw new DocumentError(file, at, `unknown block ":::${name}": a ${kind.name} has ${known}`);
  }
  const closer = sourceLine(text, node, "end").trim();
  if (!/^:{3,}$/.test(closer)) {
    throw new DocumentError(file, at, `:::${name} is never closed: end it with a line holding only \`:::\``, {
      hint: `Write the block as ${spec.example}, its text, then a line holding only :::`,
    });
  }
  const options = checkOpener(sourceLine(text, node), node.attributes ?? {}, spec, at, file);
  const children = node.children ?? [];
  const labelNode = children[0]?.data?.directiveLabel ? children[0] : undefined;
  const label = labelNode ? labelText(labelNode, text) : undefined;
  if (spec.label === "required" && !label) {
    throw new DocumentError(file, at, `:::${name} needs ${spec.labelMeans} in brackets: ${spec.example}`);
  }
  if (spec.label === "none" && label !== undefined) {
    throw new DocumentError(file, at, `:::${name} takes nothing in brackets, found [${label}]`);
  }
  const inner = children.filter((c) => c !== labelNode);
  for (const c of inner) {
    if (c.type === "containerDirective" || c.type === "leafDirective") {
      throw new DocumentError(
        file,
        pointOf(c),
        `a block cannot open inside another (the :::${name} of line ${at.line} is still open)`,
      );
    }
    checkProseNode(c, text, file, kind);
  }
  return {
    kind: "directive",
    name,
    at,
    label,
    options,
    body: inner.length ? proseOf(inner, text, file) : undefined,
  };
}

/** The label as written between its brackets, trimmed. */
function labelText(node: MdNode, text: string): string {
  const start = (node.position?.start.offset ?? 0) + 1;
  const end = (node.position?.end.offset ?? start + 1) - 1;
  return text.slice(start, end).trim();
}

function fenceBlock(node: MdNode, text: string, file: string): FenceBlock {
  const at = pointOf(node);
  const fence = /^\s*(`{3,}|~{3,})/.exec(sourceLine(text, node))?.[1] ?? "```";
  const last = sourceLine(text, node, "end").trim();
  if (node.position?.start.line === node.position?.end.line || !last.startsWith(fence)) {
    throw new DocumentError(file, at, `this ${fence}${node.lang} cell is never closed: end it with ${fence}`);
  }
  return {
    kind: "fence",
    lang: node.lang ?? "",
    at,
    options: readOptions((node.meta ?? "").split(/\s+/).filter(Boolean), at, file),
    value: node.value ?? "",
  };
}
