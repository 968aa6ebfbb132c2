import type { ChartDescription } from "./ChartDescription.ts";

/** Width of a chart when none is given. */
export const DEFAULT_WIDTH = 640;
/** Font size of chart text in pixels; labels are measured at this size. */
export const FONT_SIZE = 13;
/** Font size of secondary text (sources, notes) in pixels. */
export const SMALL_FONT_SIZE = 11;
/** Distance between two lines of chart text in pixels. */
export const LINE_HEIGHT = 17;

/**
 * The type of a chart: its font size, the size of secondary text and the distance between lines, in
 * pixels as drawn. `phone` is a chart drawn for a phone (narrower than PHONE_WIDTH): tighter lines and
 * rows, labels beside their marks rather than legends, and no text under 12 px as drawn (11 px on a
 * 336 px wide screen).
 */
export interface ChartType {
  font: number;
  small: number;
  line: number;
  phone: boolean;
}

/** Charts drawn narrower than this are drawn for a phone. */
export const PHONE_WIDTH = 480;

const DESKTOP_TYPE: ChartType = { font: FONT_SIZE, small: SMALL_FONT_SIZE, line: LINE_HEIGHT, phone: false };
const PHONE_TYPE: ChartType = { font: 12, small: 12, line: 13, phone: true };

/** Returns the type of a chart drawn `width` pixels wide (the default width when none). */
export function chartType(width: number | undefined): ChartType {
  return (width ?? DEFAULT_WIDTH) < PHONE_WIDTH ? PHONE_TYPE : DESKTOP_TYPE;
}

/** Options of an x axis whose label sits under its ticks, from the left, without an arrow. */
export const X_LABEL_BELOW = { labelAnchor: "left", labelArrow: "none", labelOffset: 34 } as const;

/** Returns a chart's accessible name and description, from its description in words. */
export function accessibleName(description: ChartDescription): {
  ariaLabel: string;
  ariaDescription: string;
} {
  return {
    ariaLabel: description.title,
    ariaDescription: [description.subtitle, description.alt, description.source]
      .map(asSentence)
      .reduce(
        (all, next) => (all === "" ? next : /[。！？]$/u.test(all) ? all + next : `${all} ${next}`),
        "",
      ),
  };
}

/** A subtitle often has no full stop of its own; read out before the next sentence, it needs one. */
function asSentence(text: string): string {
  const t = text.trim();
  if (t === "" || /[.!?。！？]$/u.test(t)) return t;
  return /\p{Script=Han}|[）」』]$/u.test(t.slice(-1)) ? `${t}。` : `${t}.`;
}

/**
 * Returns the Plot options every chart shares: the document, the width, text that inherits the page's
 * font (system CJK fonts) and colour, and the accessible name and description taken from `describe`.
 */
export function plotBase(
  description: ChartDescription,
  options: { document?: Document | undefined; width?: number | undefined },
) {
  return {
    ...(options.document ? { document: options.document } : {}),
    width: options.width ?? DEFAULT_WIDTH,
    style: { fontFamily: "inherit", fontSize: `${chartType(options.width).font}px`, overflow: "visible" },
    ...accessibleName(description),
  };
}
