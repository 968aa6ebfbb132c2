import type { Point } from "../DocumentError.ts";

/** A point of the Markdown tree: 1-based line and column, 0-based offset in the text. */
export interface MdPoint {
  line: number;
  column: number;
  offset: number;
}

/** The fields of satteri's mdast nodes that the parser reads. */
export interface MdNode {
  type: string;
  position?: { start: MdPoint; end: MdPoint } | undefined;
  children?: MdNode[] | undefined;
  value?: string | undefined;
  name?: string | undefined;
  attributes?: Record<string, string | null | undefined> | null | undefined;
  lang?: string | null | undefined;
  meta?: string | null | undefined;
  data?: { directiveLabel?: boolean | undefined } | undefined;
}

/** Returns where a node starts in the file. */
export function pointOf(node: MdNode | undefined): Point {
  const p = node?.position?.start;
  return { line: p?.line ?? 1, column: p?.column ?? 1 };
}

/** Returns the whole line of `text` on which `node` starts (or ends), without its line break. */
export function sourceLine(text: string, node: MdNode, which: "start" | "end" = "start"): string {
  const pos = node.position;
  const at =
    which === "start"
      ? (pos?.start.offset ?? 0)
      : Math.max(pos?.start.offset ?? 0, (pos?.end.offset ?? 1) - 1);
  const from = text.lastIndexOf("\n", at - 1) + 1;
  const to = text.indexOf("\n", at);
  return text.slice(from, to < 0 ? text.length : to);
}

/** Returns the line and column of an offset in `text`. */
export function pointAt(text: string, offset: number): Point {
  const before = text.slice(0, offset);
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  return { line, column: offset - before.lastIndexOf("\n") };
}
