import type { Lang } from "@newarea/data";
import type { ScaleLinear } from "d3";
import type { PublisherName } from "./ChartDescription.ts";
import { groupProvenance, groupPublishers } from "./describeInvestmentScale.ts";
import { rowOpacity } from "./highlight.ts";
import type { FigureGroup, InvestmentSubject } from "./investmentModel.ts";
import type { LineGrid, OnGrid } from "./lineGrid.ts";
import { type MarkKey, markKey } from "./markKey.ts";
import { OPEN_END_REACH, type OpenEndItem } from "./openEnd.ts";
import { SMALL_FONT_SIZE } from "./plotBase.ts";
import { textWidth } from "./textWidth.ts";
import { wrapText } from "./wrapText.ts";

/** Half lines between two subjects: a line on a wide chart, half of one on a phone. */
const SUBJECT_GAP = { wide: 2, phone: 1 };
/** Pixels between a mark and a value label beside it. */
const LABEL_GAP = 6;
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
  /** Value labels that end where their mark starts (on a phone, when there is no room after it). */
  valuesBefore: InvestmentText[];
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

/**
 * Takes the lines of a subject's name and its value label: after a one-line name when it fits (on a
 * phone, after the name's last line), else under it — on a phone, beside the mark instead (see
 * placeMark). Returns whether the label is placed.
 */
function placeName(s: InvestmentSubject, ctx: InvestmentRowContext, out: InvestmentLayout, opacity: number) {
  const { grid, x } = ctx;
  const { font } = grid.type;
  const indent = ctx.indent?.(s.id) ?? 0;
  const frameWidth = (x.range()[1] ?? 0) - indent;
  const nameLines = wrapText(s.name, frameWidth, font, true);
  const row = grid.lines(nameLines.length);
  const at = indent ? x.invert(indent) : 0;
  out.names.push({ key: s.id, x: at, row, text: nameLines.join("\n"), opacity });
  const last = nameLines.length - 1;
  const nameWidth = indent + textWidth(nameLines[last] ?? "", font, true) + 10;
  if (s.shape === "undisclosed") {
    // On a phone 未披露 follows the name when it fits there, in the place of a mark.
    const fits = grid.type.phone && nameWidth + textWidth(s.label, font) <= frameWidth;
    if (fits)
      out.undisclosed.push({
        key: s.id,
        x: x.invert(nameWidth),
        row: row + 2 * last,
        text: s.label,
        opacity,
      });
    return fits;
  }
  if ((last === 0 || grid.type.phone) && nameWidth + textWidth(s.label, font) <= frameWidth) {
    out.values.push({ key: s.id, x: x.invert(nameWidth), row: row + 2 * last, text: s.label, opacity });
    return true;
  }
  if (grid.type.phone) return false;
  const lines = wrapText(s.label, frameWidth, font);
  out.values.push({ key: s.id, x: at, row: grid.lines(lines.length), text: lines.join("\n"), opacity });
  return true;
}

/**
 * Places a value label on its mark's line: after the mark when it fits before the frame's edge, else
 * ending before the mark, else on lines of its own under it. `left` and `right` are the mark's ends in pixels.
 */
function placeBeside(
  s: InvestmentSubject,
  [left, right]: [number, number],
  row: number,
  ctx: InvestmentRowContext,
  out: InvestmentLayout,
  opacity: number,
) {
  const { x, grid } = ctx;
  const frameWidth = x.range()[1] ?? 0;
  const width = textWidth(s.label, grid.type.font);
  const text = { key: s.id, row, text: s.label, opacity };
  if (right + LABEL_GAP + width <= frameWidth) out.values.push({ ...text, x: x.invert(right + LABEL_GAP) });
  else if (width <= left - LABEL_GAP) out.valuesBefore.push({ ...text, x: x.invert(left - LABEL_GAP) });
  else {
    const lines = wrapText(s.label, frameWidth, grid.type.font);
    out.values.push({ ...text, x: 0, row: grid.lines(lines.length), text: lines.join("\n") });
  }
}

/**
 * Takes the line of a subject's mark: a bar, a bar with an open end, a range with a dot per figure, or
 * 未披露; and the value label beside it when `withLabel` (on a phone).
 */
function placeMark(
  s: InvestmentSubject,
  ctx: InvestmentRowContext,
  out: InvestmentLayout,
  opacity: number,
  withLabel: boolean,
) {
  // 未披露 already said after the name: no mark line.
  if (s.shape === "undisclosed" && !withLabel) return;
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
  if (withLabel && s.high !== null) {
    const { x } = ctx;
    const dot = ctx.grid.type.phone ? 4.5 : 5;
    const left = s.shape === "range" && s.low !== null ? x(s.low) - dot : 0;
    const right = x(s.high) + (s.openEnded ? OPEN_END_REACH : s.shape === "range" ? dot : 0);
    placeBeside(s, [left, right], row, ctx, out, opacity);
  }
}

/** Takes the lines in small type under a row: who gives each figure when sources are shown, then the row's note. */
function placeNotes(s: InvestmentSubject, ctx: InvestmentRowContext, out: InvestmentLayout, opacity: number) {
  const said = ctx.showSources ? s.groups.map((g) => groupPublishers(g, ctx.lang, ctx.sources)) : [];
  const note = ctx.note?.(s);
  const text = [said.join(ctx.lang === "zh" ? "；" : "; "), note ?? ""].filter(Boolean);
  if (text.length === 0) return;
  const indent = ctx.indent?.(s.id) ?? 0;
  const lines = text.flatMap((t) => wrapText(t, (ctx.x.range()[1] ?? 0) - indent, SMALL_FONT_SIZE));
  const row = ctx.grid.take(Math.ceil((NOTE_GAP + lines.length * NOTE_LINE_HEIGHT) / ctx.grid.half));
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
    valuesBefore: [],
    notes: [],
    undisclosed: [],
    bars: [],
    ranges: [],
    dots: [],
    openEnds: [],
  };
  subjects.forEach((s, i) => {
    if (i > 0) ctx.grid.take(ctx.grid.type.phone ? SUBJECT_GAP.phone : SUBJECT_GAP.wide);
    const opacity = rowOpacity(ctx.highlight, s.id);
    const labelled = placeName(s, ctx, out, opacity);
    placeMark(s, ctx, out, opacity, !labelled);
    placeNotes(s, ctx, out, opacity);
  });
  return out;
}

/**
 * Returns the first band of the rows where a line of text could run up to `limit` pixels from the
 * frame's left without touching anything drawn (names, labels, marks), or undefined when there is none.
 */
export function clearLine(
  layout: InvestmentLayout,
  x: ScaleLinear<number, number>,
  font: number,
  limit: number,
): number | undefined {
  const reach = new Map<number, number>();
  const take = (row: number, bands: number, right: number) => {
    for (let b = row; b < row + bands; b++) reach.set(b, Math.max(reach.get(b) ?? 0, right));
  };
  for (const t of [...layout.names, ...layout.values, ...layout.undisclosed, ...layout.notes]) {
    const lines = t.text.split("\n");
    take(t.row, 2 * lines.length, x(t.x) + Math.max(...lines.map((l) => textWidth(l, font, true))));
  }
  for (const t of layout.valuesBefore) take(t.row, 2, x(t.x));
  for (const b of layout.bars) take(b.row, 2, x(b.x2));
  for (const r of layout.ranges) take(r.row, 2, x(r.x2) + LABEL_GAP);
  for (const d of layout.dots) take(d.row, 2, x(d.x) + LABEL_GAP);
  for (const o of layout.openEnds) take(o.row, 2, x(o.x) + OPEN_END_REACH);
  const last = Math.max(...reach.keys());
  for (let b = 0; b < last; b++) {
    if ((reach.get(b) ?? 0) <= limit && (reach.get(b + 1) ?? 0) <= limit) return b;
  }
  return undefined;
}
