import { StoryError } from "./StoryError.ts";

/** Prose outside any block: flows as ordinary article text. */
export interface ProseBlock {
  kind: "prose";
  text: string;
  /** 1-based line of the first line of `text` in the file. */
  line: number;
}

/** `::: step <chart> key=value …` … `:::`: prose tied to one state of a chart. */
export interface StepBlock {
  kind: "step";
  chart: string;
  options: Record<string, string>;
  /** Line of the `::: step` opener. */
  line: number;
  text: string;
  /** Line of the first line of `text`. */
  textLine: number;
}

/** `::: aside <title>` … `:::`: a boxed note (methods, caveats). */
export interface AsideBlock {
  kind: "aside";
  title: string;
  line: number;
  text: string;
  textLine: number;
}

/** `::: sources` … `:::`: prose followed by the generated list of sources. */
export interface SourcesBlock {
  kind: "sources";
  line: number;
  text: string;
  textLine: number;
}

export type Block = ProseBlock | StepBlock | AsideBlock | SourcesBlock;

const OPENER = /^:::\s*([A-Za-z]+)\b(.*)$/;
const CLOSER = /^:::\s*$/;
const OPTION = /^([A-Za-z][\w-]*)=(\S+)$/;

/** Returns the line number (1-based) where the body starts, after a `---` frontmatter fence if any. */
export function frontmatterEnd(lines: readonly string[]): number {
  if (lines[0]?.trim() !== "---") return 0;
  for (let i = 1; i < lines.length; i++) if (lines[i]?.trim() === "---") return i + 1;
  return 0;
}

/**
 * Splits a story file into prose and blocks, remembering line numbers. Returns the blocks in order.
 * Throws a StoryError for an unknown block, an unclosed or nested block, a stray `:::` or a malformed option.
 */
export function parseStory(source: string, file: string): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let prose: string[] = [];
  let proseLine = 0;
  let open: { kind: string; head: string; line: number; text: string[] } | undefined;

  const flushProse = () => {
    const text = prose.join("\n");
    if (text.trim()) blocks.push({ kind: "prose", text, line: proseLine });
    prose = [];
  };

  for (let i = frontmatterEnd(lines); i < lines.length; i++) {
    const raw = lines[i] ?? "";
    const lineNo = i + 1;
    const trimmed = raw.trim();
    if (CLOSER.test(trimmed)) {
      if (!open) throw new StoryError(file, lineNo, "`:::` closes nothing: no block is open");
      blocks.push(closeBlock(open, file));
      open = undefined;
      continue;
    }
    const opener = OPENER.exec(trimmed);
    if (opener) {
      if (open) {
        throw new StoryError(
          file,
          lineNo,
          `a block cannot open inside another (the ::: ${open.kind} of line ${open.line} is still open)`,
        );
      }
      flushProse();
      open = { kind: opener[1] ?? "", head: (opener[2] ?? "").trim(), line: lineNo, text: [] };
      continue;
    }
    if (trimmed.startsWith(":::"))
      throw new StoryError(
        file,
        lineNo,
        `cannot read "${trimmed}": a block opens with \`::: step <chart>\`, \`::: aside <title>\` or \`::: sources\``,
      );
    if (open) open.text.push(raw);
    else {
      if (prose.length === 0) proseLine = lineNo;
      prose.push(raw);
    }
  }
  if (open)
    throw new StoryError(
      file,
      open.line,
      `::: ${open.kind} is never closed: end it with a line holding only \`:::\``,
    );
  flushProse();
  return blocks;
}

function closeBlock(open: { kind: string; head: string; line: number; text: string[] }, file: string): Block {
  const text = open.text.join("\n");
  const textLine = open.line + 1;
  switch (open.kind) {
    case "step": {
      const [chart, ...rest] = open.head.split(/\s+/).filter(Boolean);
      if (!chart)
        throw new StoryError(file, open.line, "::: step needs a chart name, e.g. `::: step investmentScale`");
      const options: Record<string, string> = {};
      for (const token of rest) {
        const m = OPTION.exec(token);
        if (!m)
          throw new StoryError(
            file,
            open.line,
            `cannot read option "${token}": write key=value, e.g. highlight=fine-chemical-park`,
          );
        const [, key = "", value = ""] = m;
        if (Object.hasOwn(options, key))
          throw new StoryError(file, open.line, `option "${key}" is given twice`);
        options[key] = value;
      }
      return { kind: "step", chart, options, line: open.line, text, textLine };
    }
    case "aside":
      if (!open.head)
        throw new StoryError(file, open.line, "::: aside needs a title, e.g. `::: aside How we did it`");
      return { kind: "aside", title: open.head, line: open.line, text, textLine };
    case "sources":
      if (open.head)
        throw new StoryError(file, open.line, `::: sources takes nothing after it, found "${open.head}"`);
      return { kind: "sources", line: open.line, text, textLine };
    default:
      throw new StoryError(
        file,
        open.line,
        `unknown block "::: ${open.kind}": known blocks are step, aside, sources`,
      );
  }
}
