import * as Plot from "@observablehq/plot";
import type { OpacityChannel } from "./highlight.ts";
import { FONT_SIZE, LINE_HEIGHT } from "./plotBase.ts";

/** A label beside a mark: `anchor` says which side of `x` the text runs from (see sideLabel). */
export interface SideText {
  anchor: "start" | "end";
}

/**
 * Returns the text marks of a chart drawn row by row: each row's bold name above it, and each mark's
 * label on its start or end side. `opacity` dims rows other than the highlighted one.
 */
export function rowTextMarks<N extends object, L extends SideText>(
  names: N[],
  labels: L[],
  opacity: OpacityChannel,
) {
  const label = {
    x: "x",
    y: "y",
    text: "text",
    lineAnchor: "top",
    lineHeight: LINE_HEIGHT / FONT_SIZE,
    opacity,
    className: "chart-label",
  } as const;
  return [
    Plot.text(names, {
      x: "x",
      y: "y",
      text: "text",
      textAnchor: "start",
      lineAnchor: "top",
      fontWeight: 600,
      lineHeight: LINE_HEIGHT / FONT_SIZE,
      opacity,
      className: "chart-name",
    }),
    Plot.text(
      labels.filter((l) => l.anchor === "start"),
      { ...label, textAnchor: "start" },
    ),
    Plot.text(
      labels.filter((l) => l.anchor === "end"),
      { ...label, textAnchor: "end" },
    ),
  ];
}
