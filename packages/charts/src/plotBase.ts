import type { ChartDescription } from "./ChartDescription.ts";

/** Width of a chart when none is given. */
export const DEFAULT_WIDTH = 640;
/** Font size of chart text in pixels; labels are measured at this size. */
export const FONT_SIZE = 13;
/** Font size of secondary text (sources, notes) in pixels. */
export const SMALL_FONT_SIZE = 11;
/** Distance between two lines of chart text in pixels. */
export const LINE_HEIGHT = 17;

/** Options of an x axis whose label sits under its ticks, from the left, without an arrow. */
export const X_LABEL_BELOW = { labelAnchor: "left", labelArrow: "none", labelOffset: 34 } as const;

/** Returns a chart's accessible name and description, from its description in words. */
export function accessibleName(description: ChartDescription): {
  ariaLabel: string;
  ariaDescription: string;
} {
  return {
    ariaLabel: description.title,
    ariaDescription: `${description.subtitle} ${description.alt} ${description.source}`,
  };
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
    style: { fontFamily: "inherit", fontSize: `${FONT_SIZE}px`, overflow: "visible" },
    ...accessibleName(description),
  };
}
