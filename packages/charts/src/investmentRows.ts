import type { Lang } from "@newarea/data";
import type { ScaleLinear } from "d3";
import type { PublisherName } from "./ChartDescription.ts";
import { groupProvenance, groupPublishers } from "./describeInvestmentScale.ts";
import { rowOpacity } from "./highlight.ts";
import type { FigureGroup, InvestmentSubject } from "./investmentModel.ts";
import type { LineGrid, OnGrid } from "./lineGrid.ts";
import { HALF_LINE } from "./lineGrid.ts";
import { type MarkKey, markKey } from "./markKey.ts";
import type { OpenEndItem } from "./openEnd.ts";
import { FONT_SIZE, SMALL_FONT_SIZE } from "./plotBase.ts";
import { textWidth } from "./textWidth.ts";
import { wrapText } from "./wrapText.ts";

/** Half lines between two subjects. */
const SUBJECT_GAP = 2;
/** Distance between two lines of the small type the sources are named in, in pixels. */
export const NOTE_LINE_HEIGHT = SMALL_FONT_SIZE + 3;
/** Pixels between a row's mark and the sources named under it. */
export const NOTE_GAP = 3;

/** Something drawn in a subject's row: its key, the band its line starts at, and the row's opacity. */
interface Drawn extends OnGrid {
  key: MarkKey;
  opacity: number;
}

/** A text in the chart, `x` in yuan. */
export interface InvestmentText extends Drawn {
  x: number;
  text: string;
}

/** The texts and marks of the investment chart, each keyed by its subject (a dot by subject and sources). */
export interface InvestmentLayout {
  names: InvestmentText[];
  values: InvestmentText[];
  notes: InvestmentText[];
  undisclosed: InvestmentText[];
  bars: (Drawn & { x2: number; fillOpacity: number; title: string })[];
  ranges: (Drawn & { x1: number; x2: number })[];
  dots: (Drawn & { x: number; exact: boolean; title: string })[];
  openEnds: OpenEndItem[];
}

/** What laying out a subject needs besides the subject. */
export interface InvestmentRowContext {
  grid: LineGrid;
  /** The x scale, from yuan to pixels from the frame's left. */
  x: ScaleLinear<number, number>;
  lang: Lang;
  highlight: string | undefined;
  showSources: boolean;
  sources: Readonly<Record<string, PublisherName>> | undefined;
  /** Pixels a subject's name is set in from the axis start (a phase under its park); none when absent. */
  indent?: (id: string) => number;
  /** A line in small type under a subject's row (after its sources, when shown), or undefined for none. */
  note?: (s: InvestmentSubject) => string | undefined;
}

/** Takes the lines of a subject's name and its value label: after a one-line name when it fits, else under it. */
function placeName(s: InvestmentSubject, ctx: InvestmentRowContext, out: InvestmentLayout, opacity: number) {
  const { grid, x } = ctx;
  const indent = ctx.indent?.(s.id) ?? 0;
  const frameWidth = (x.range()[1] ?? 0) - indent;
  const nameLines = wrapText(s.name, frameWidth, FONT_SIZE, true);
  const row = grid.lines(nameLines.length);
  out.names.push({ key: s.id, x: indent ? x.invert(indent) : 0, row, text: nameLines.join("\n"), opacity });
  if (s.shape === "undisclosed") return;
  const nameWidth = indent + textWidth(nameLines[0] ?? "", FONT_SIZE, true) + 10;
  if (nameLines.length === 1 && nameWidth + textWidth(s.label) <= frameWidth) {
    out.values.push({ key: s.id, x: x.invert(nameWidth), row, text: s.label, opacity });
  } else {
    const lines = wrapText(s.label, frameWidth);
    const at = indent ? x.invert(indent) : 0;
    out.values.push({ key: s.id, x: at, row: grid.lines(lines.length), text: lines.join("\n"), opacity });
  }
}

/** Takes the line of a subject's mark: a bar, a bar with an open end, a range with a dot per figure, or 未披露. */
function placeMark(s: InvestmentSubject, ctx: InvestmentRowContext, out: InvestmentLayout, opacity: number) {
  const row = ctx.grid.lines(1);
  const key = s.id;
  const high = s.groups.at(-1);
  const title = (g: FigureGroup) =>
    ctx.lang === "zh"
      ? `${s.name}：${g.label}（${groupProvenance(g, "zh")}）`
      : `${s.name}: ${g.label} (${groupProvenance(g, "en")})`;
  if (s.shape === "undisclosed" || high === undefined) {
    const indent = ctx.indent?.(s.id) ?? 0;
    out.undisclosed.push({ key, x: indent ? ctx.x.invert(indent) : 0, row, text: s.label, opacity });
  } else if (s.shape === "range" && s.low !== null && s.high !== null) {
    out.ranges.push({ key, x1: s.low, x2: s.high, row, opacity });
    for (const g of s.groups) {
      const dotKey = markKey(s.id, g.sourceIds.join("+"));
      out.dots.push({ key: dotKey, x: g.value, row, opacity, exact: g.bound === "exact", title: title(g) });
    }
  } else {
    // An approximate figure (约, 近) is a paler bar.
    const fillOpacity = high.bound === "approx" || high.bound === "at_most" ? 0.55 : 1;
    out.bars.push({ key, x2: high.value, row, opacity, fillOpacity, title: title(high) });
  }
  if (s.openEnded && high !== undefined) out.openEnds.push({ key, x: high.value, row, opacity });
}

/** Takes the lines in small type under a row: who gives each figure when sources are shown, then the row's note. */
function placeNotes(s: InvestmentSubject, ctx: InvestmentRowContext, out: InvestmentLayout, opacity: number) {
  const said = ctx.showSources ? s.groups.map((g) => groupPublishers(g, ctx.lang, ctx.sources)) : [];
  const note = ctx.note?.(s);
  const text = [said.join(ctx.lang === "zh" ? "；" : "; "), note ?? ""].filter(Boolean);
  if (text.length === 0) return;
  const indent = ctx.indent?.(s.id) ?? 0;
  const lines = text.flatMap((t) => wrapText(t, (ctx.x.range()[1] ?? 0) - indent, SMALL_FONT_SIZE));
  const row = ctx.grid.take(Math.ceil((NOTE_GAP + lines.length * NOTE_LINE_HEIGHT) / HALF_LINE));
  out.notes.push({ key: s.id, x: indent ? ctx.x.invert(indent) : 0, row, text: lines.join("\n"), opacity });
}

/**
 * Lays out every subject on the grid, one under the other: its name and value, its mark, and the
 * sources when asked for. Subjects other than `highlight` get the dimmed opacity.
 */
export function layoutInvestmentRows(
  subjects: readonly InvestmentSubject[],
  ctx: InvestmentRowContext,
): InvestmentLayout {
  const out: InvestmentLayout = {
    names: [],
    values: [],
    notes: [],
    undisclosed: [],
    bars: [],
    ranges: [],
    dots: [],
    openEnds: [],
  };
  subjects.forEach((s, i) => {
    if (i > 0) ctx.grid.take(SUBJECT_GAP);
    const opacity = rowOpacity(ctx.highlight, s.id);
    placeName(s, ctx, out, opacity);
    placeMark(s, ctx, out, opacity);
    placeNotes(s, ctx, out, opacity);
  });
  return out;
}
