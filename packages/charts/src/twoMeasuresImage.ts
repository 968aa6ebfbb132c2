import type { AreaFigureRow } from "@newarea/data";
import { formatAmount } from "@newarea/data/format";
import type { ChartOptions } from "./ChartDescription.ts";
import {
  describeTwoMeasures,
  twoMeasuresFigures,
  twoMeasuresLabels,
  twoMeasuresNotes,
  twoMeasuresScaleNote,
} from "./describeTwoMeasures.ts";
import { PALETTE } from "./palette.ts";
import { accessibleName, DEFAULT_WIDTH, FONT_SIZE, LINE_HEIGHT, SMALL_FONT_SIZE } from "./plotBase.ts";
import { wrapText } from "./wrapText.ts";

const SVG_NS = "http://www.w3.org/2000/svg";
// The same measures as the HTML panels of twoMeasures.ts: a 4px rule, 12px to the text, 16px between.
const RULE = 4;
const INSET = RULE + 12;
const GAP = 16;
const VALUE_FONT_SIZE = 28;
const VALUE_LINE = Math.round(VALUE_FONT_SIZE * 1.15);
/** Below this width the panels stack, as the HTML panels wrap. */
const SIDE_BY_SIDE = 480;

/** A line of text to set: its words, size, weight and colour. */
interface Line {
  text: string;
  size: number;
  bold?: boolean;
  color?: string;
  /** Height of the line box; the baseline sits where CSS would put it in a box this tall. */
  height: number;
  /** Space above the line. */
  before?: number;
}

/** Returns the lines of `text` wrapped to `width`, each a Line of the given style. */
function lines(text: string, width: number, style: Omit<Line, "text">): Line[] {
  return wrapText(text, width, style.size, style.bold).map((t, i) => ({
    ...style,
    text: t,
    before: i === 0 ? style.before : 0,
  }));
}

/** Appends the lines as <text> elements from `top` at `x`; returns the y under the last line. */
function setLines(doc: Document, parent: Element, x: number, top: number, set: Line[]): number {
  let y = top;
  for (const line of set) {
    y += line.before ?? 0;
    const text = doc.createElementNS(SVG_NS, "text");
    text.setAttribute("x", String(x));
    // The baseline of a line box: half-leading above, then the ascent (about 0.8 of the size for CJK and Latin).
    text.setAttribute("y", (y + (line.height - line.size) / 2 + line.size * 0.8).toFixed(1));
    text.setAttribute("font-size", String(line.size));
    if (line.bold) text.setAttribute("font-weight", "600");
    if (line.color) text.setAttribute("fill", line.color);
    text.textContent = line.text;
    parent.append(text);
    y += line.height;
  }
  return y;
}

/**
 * Draws `twoMeasures` as one SVG for a standalone image (chart.svg, chart.png), where HTML cannot go: the
 * same two panels — what each amount measures, its period, the amount in large type in its colour, the
 * notes under the second — side by side from 480px and one under the other below, and the note that the
 * two are not drawn to one scale. Text is wrapped at build time by `wrapText`. Returns an `<svg>`.
 */
export function twoMeasuresImage(rows: readonly AreaFigureRow[], options: ChartOptions): SVGElement {
  const { lang } = options;
  const doc = options.document ?? globalThis.document;
  const width = options.width ?? DEFAULT_WIDTH;
  const f = twoMeasuresFigures(rows);
  const [planned, completed] = twoMeasuresLabels(f, lang);
  const description = options.description ?? describeTwoMeasures(rows, options);
  const svg = doc.createElementNS(SVG_NS, "svg") as SVGElement;
  const sideBySide = width >= SIDE_BY_SIDE;
  const panelWidth = sideBySide ? (width - GAP) / 2 : width;
  const panels = [
    { ...planned, figure: f.planned, notes: [] as string[], color: PALETTE.blue },
    { ...completed, figure: f.completed, notes: twoMeasuresNotes(f, lang), color: PALETTE.orange },
  ];
  let bottom = 0;
  let top = 0;
  for (const [i, p] of panels.entries()) {
    const x = sideBySide ? i * (panelWidth + GAP) : 0;
    if (!sideBySide && i > 0) top = bottom + GAP;
    const textWidth = panelWidth - INSET;
    const set: Line[] = [
      ...lines(p.label, textWidth, { size: FONT_SIZE, bold: true, height: LINE_HEIGHT }),
      ...lines(p.period, textWidth, { size: SMALL_FONT_SIZE, height: LINE_HEIGHT }),
      {
        text: formatAmount(p.figure, lang),
        size: VALUE_FONT_SIZE,
        bold: true,
        color: p.color,
        height: VALUE_LINE,
        before: 6,
      },
      ...p.notes.flatMap((note, n) =>
        lines(note, textWidth, { size: FONT_SIZE, height: LINE_HEIGHT, before: n === 0 ? 2 : 0 }),
      ),
    ];
    const g = doc.createElementNS(SVG_NS, "g");
    g.setAttribute("class", "chart-panel");
    g.setAttribute("data-key", p.figure.measure);
    const end = setLines(doc, g, x + INSET, top, set) + (p.notes.length ? 0 : 2);
    const rule = doc.createElementNS(SVG_NS, "rect");
    rule.setAttribute("x", String(x));
    rule.setAttribute("y", String(top));
    rule.setAttribute("width", String(RULE));
    rule.setAttribute("height", String(end - top));
    rule.setAttribute("fill", p.color);
    g.prepend(rule);
    svg.append(g);
    bottom = Math.max(bottom, end);
  }
  const note = doc.createElementNS(SVG_NS, "g");
  note.setAttribute("class", "chart-scale-note");
  const height = setLines(
    doc,
    note,
    0,
    bottom,
    lines(twoMeasuresScaleNote(lang), width, { size: SMALL_FONT_SIZE, height: LINE_HEIGHT, before: GAP }),
  );
  svg.append(note);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(Math.ceil(height)));
  svg.setAttribute("viewBox", `0 0 ${width} ${Math.ceil(height)}`);
  svg.setAttribute("fill", "currentColor");
  svg.setAttribute("font-size", String(FONT_SIZE));
  svg.setAttribute("class", "chart-two-measures");
  const aria = accessibleName(description);
  svg.setAttribute("aria-label", aria.ariaLabel);
  svg.setAttribute("aria-description", aria.ariaDescription);
  return svg;
}
