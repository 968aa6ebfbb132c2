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

/** Font size of the two amounts in pixels. */
const VALUE_FONT_SIZE = 28;
const GAP = 16;
/**
 * Smallest width of a panel: two panels and the gap between them need 480px, so below that the second
 * panel wraps under the first, at build time (the `width` option) and in a narrower page alike.
 */
const PANEL_BASIS = (480 - GAP) / 2;

interface Panel {
  label: string;
  period: string;
  figure: AreaFigureRow;
  notes: string[];
  color: string;
}

/** Returns an element of `doc` with a class, inline style and text, or children. */
function element(
  doc: Document,
  tag: string,
  className: string,
  style: string,
  content: string | Node[],
): HTMLElement {
  const el = doc.createElement(tag);
  el.setAttribute("class", className);
  el.setAttribute("style", style);
  if (typeof content === "string") el.textContent = content;
  else el.append(...content);
  return el;
}

/** One panel: what the amount measures, its period, the amount in large type, and its notes, if any. */
function panel(doc: Document, p: Panel, lang: ChartOptions["lang"]): HTMLElement {
  const line = `margin:0;line-height:${LINE_HEIGHT}px`;
  const el = element(
    doc,
    "div",
    "chart-panel",
    `flex:1 1 ${PANEL_BASIS}px;min-width:0;box-sizing:border-box;padding-left:12px;border-left:4px solid ${p.color}`,
    [
      element(doc, "p", "chart-panel-title", `${line};font-weight:600`, p.label),
      element(doc, "p", "chart-period", `${line};font-size:${SMALL_FONT_SIZE}px`, p.period),
      element(
        doc,
        "p",
        "chart-value",
        `margin:6px 0 2px;font-size:${VALUE_FONT_SIZE}px;line-height:1.15;font-weight:600;font-variant-numeric:tabular-nums;color:${p.color}`,
        formatAmount(p.figure, lang),
      ),
      ...(p.notes.length
        ? [
            element(
              doc,
              "ul",
              "chart-annotation",
              `${line};padding:0;list-style:none`,
              p.notes.map((note) => element(doc, "li", "chart-note", "margin:0", note)),
            ),
          ]
        : []),
    ],
  );
  el.setAttribute("data-key", p.figure.measure);
  return el;
}

/**
 * Shows the planned total investment of the year's projects (a total over several years) and the
 * fixed-asset investment completed so far this year as two numbers side by side (one under the other below
 * 480px), each with what it measures and its period, the growth rate and industrial share under the second,
 * and a note that the two are different measures not drawn to one scale. No bars: bars on two axes of their
 * own would come out about as long as each other and suggest the amounts are alike. Returns a `div` of HTML.
 */
export function twoMeasures(rows: readonly AreaFigureRow[], options: ChartOptions): SVGElement | HTMLElement {
  const { lang } = options;
  const doc = options.document ?? globalThis.document;
  const width = options.width ?? DEFAULT_WIDTH;
  const f = twoMeasuresFigures(rows);
  const [planned, completed] = twoMeasuresLabels(f, lang);
  const description = options.description ?? describeTwoMeasures(rows, options);
  const root = element(
    doc,
    "div",
    "chart-two-measures",
    `display:flex;flex-wrap:wrap;gap:${GAP}px;width:100%;max-width:${width}px;font-family:inherit;font-size:${FONT_SIZE}px`,
    [
      panel(doc, { ...planned, figure: f.planned, notes: [], color: PALETTE.blue }, lang),
      panel(
        doc,
        { ...completed, figure: f.completed, notes: twoMeasuresNotes(f, lang), color: PALETTE.orange },
        lang,
      ),
      element(
        doc,
        "p",
        "chart-scale-note",
        `flex:1 1 100%;margin:0;line-height:${LINE_HEIGHT}px;font-size:${SMALL_FONT_SIZE}px`,
        twoMeasuresScaleNote(lang),
      ),
    ],
  );
  root.setAttribute("role", "group");
  const aria = accessibleName(description);
  root.setAttribute("aria-label", aria.ariaLabel);
  root.setAttribute("aria-description", aria.ariaDescription);
  return root;
}
