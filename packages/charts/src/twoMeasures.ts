import { amountTickFormat, formatAmount } from "@newarea/data/format";
import * as Plot from "@observablehq/plot";
import { scaleLinear } from "d3";
import type { ChartDescription, ChartOptions } from "./ChartDescription.ts";
import {
  describeTwoMeasures,
  twoMeasuresFigures,
  twoMeasuresNotes,
  twoMeasuresTitles,
} from "./describeTwoMeasures.ts";
import { pick } from "./localize.ts";
import { PALETTE } from "./palette.ts";
import { DEFAULT_WIDTH, FONT_SIZE, LINE_HEIGHT, plotBase } from "./plotBase.ts";
import type { AreaFigureRow, Lang } from "./rows.ts";
import { wrapText } from "./wrapText.ts";

const BAR = 18;
const MARGIN = { left: 14, right: 30, bottom: 28 };

interface Panel {
  title: string;
  figure: AreaFigureRow;
  notes: string[];
  color: string;
}

/** One panel: its title, the amount in words with its notes, a bar, and an axis of its own. */
function panel(
  p: Panel,
  lang: Lang,
  description: ChartDescription,
  options: ChartOptions,
): SVGElement | HTMLElement {
  const width = options.width ?? DEFAULT_WIDTH;
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const ticks = Math.max(2, Math.floor(innerWidth / 80));
  const max = scaleLinear().domain([0, p.figure.value]).nice(ticks).domain()[1] ?? p.figure.value;
  const titleLines = wrapText(p.title, innerWidth, FONT_SIZE, true);
  const valueY = titleLines.length * LINE_HEIGHT + 2;
  const noteLines = wrapText(p.notes.join(pick(lang, "，", ", ")), innerWidth);
  const notesY = valueY + LINE_HEIGHT;
  const barTop = notesY + (p.notes.length ? noteLines.length * LINE_HEIGHT : 0) + 6;
  const at = (y: number) => ({ x: 0, y });
  return Plot.plot({
    ...plotBase({ ...description, title: p.title, subtitle: "", alt: "", source: "" }, options),
    ariaDescription: `${p.title}: ${formatAmount(p.figure, lang)}${p.notes.length ? ` (${p.notes.join(", ")})` : ""}`,
    height: barTop + BAR + MARGIN.bottom,
    marginTop: 0,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    x: { domain: [0, max], ticks, tickFormat: amountTickFormat(p.figure.unit, lang), label: null },
    y: { type: "identity", axis: null },
    marks: [
      // Gridlines behind the bar only, not through the words above it.
      Plot.gridX({ ticks, y1: barTop - 4, y2: barTop + BAR }),
      Plot.text([at(0)], {
        x: "x",
        y: "y",
        text: [titleLines.join("\n")],
        textAnchor: "start",
        lineAnchor: "top",
        fontWeight: 600,
        lineHeight: LINE_HEIGHT / FONT_SIZE,
        className: "chart-panel-title",
      }),
      Plot.text([at(valueY)], {
        x: "x",
        y: "y",
        text: [formatAmount(p.figure, lang)],
        textAnchor: "start",
        lineAnchor: "top",
        fontSize: 15,
        fontWeight: 600,
        fill: p.color,
        className: "chart-value",
      }),
      Plot.text(p.notes.length ? [at(notesY)] : [], {
        x: "x",
        y: "y",
        text: [noteLines.join("\n")],
        textAnchor: "start",
        lineAnchor: "top",
        lineHeight: LINE_HEIGHT / FONT_SIZE,
        className: "chart-annotation",
      }),
      Plot.rect([p.figure], {
        x1: 0,
        x2: "value",
        y1: barTop,
        y2: barTop + BAR,
        fill: p.color,
        className: "chart-bar",
      }),
      Plot.ruleX([0], { y1: barTop - 3, y2: barTop + BAR + 3 }),
    ],
  });
}

/**
 * Draws the planned total investment of the year's projects (a total over several years) and the
 * fixed-asset investment completed so far this year as two separate panels, each with its own axis, with
 * the growth rate and industrial share noted as text. Returns a `div` holding the two SVGs.
 */
export function twoMeasures(rows: readonly AreaFigureRow[], options: ChartOptions): SVGElement | HTMLElement {
  const { lang } = options;
  const doc = options.document ?? globalThis.document;
  const f = twoMeasuresFigures(rows);
  const [plannedTitle, completedTitle] = twoMeasuresTitles(f, lang);
  const description = describeTwoMeasures(rows, options);
  const root = doc.createElement("div");
  root.setAttribute("class", "chart-two-measures");
  root.setAttribute("role", "group");
  root.setAttribute("aria-label", description.title);
  root.setAttribute("aria-description", `${description.subtitle} ${description.alt} ${description.source}`);
  root.setAttribute("style", "display:flex;flex-direction:column;gap:20px");
  root.append(
    panel(
      { title: plannedTitle, figure: f.planned, notes: [], color: PALETTE.blue },
      lang,
      description,
      options,
    ),
    panel(
      { title: completedTitle, figure: f.completed, notes: twoMeasuresNotes(f, lang), color: PALETTE.orange },
      lang,
      description,
      options,
    ),
  );
  return root;
}
