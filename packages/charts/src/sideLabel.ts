import { LINE_HEIGHT } from "./plotBase.ts";
import { textWidth } from "./textWidth.ts";
import { wrapText } from "./wrapText.ts";

/** A mark's label placed beside it or under it, in pixels from the frame's top-left corner. */
export interface PlacedLabel {
  /** Which end of the text `x` is: `start` for text running right of x, `end` for text ending at x. */
  anchor: "start" | "end";
  x: number;
  /** Top of the first line. */
  y: number;
  lines: string[];
  /** Centre of the mark. */
  markY: number;
  /** Bottom of the mark and its label together. */
  bottom: number;
}

/**
 * Places a mark's label in a row starting at `top`: after the mark when it fits between the mark's right
 * edge and the frame's, otherwise before it, otherwise wrapped on the roomier side when that side has
 * at least 40 % of the frame, otherwise on lines of its own under the mark. `left` and `right` are the
 * mark's edges in pixels from the frame's left.
 */
export function sideLabel(
  text: string,
  {
    left,
    right,
    top,
    frameWidth,
    markHeight,
    gap = 6,
  }: { left: number; right: number; top: number; frameWidth: number; markHeight: number; gap?: number },
): PlacedLabel {
  const after = frameWidth - right - gap;
  const before = left - gap;
  const width = textWidth(text);
  const beside = (anchor: "start" | "end", room: number): PlacedLabel => {
    const lines = wrapText(text, room);
    const height = Math.max(markHeight, lines.length * LINE_HEIGHT);
    const markY = top + height / 2;
    const x = anchor === "start" ? right + gap : left - gap;
    return { anchor, x, y: markY - (lines.length * LINE_HEIGHT) / 2, lines, markY, bottom: top + height };
  };
  if (width <= after) return beside("start", after);
  if (width <= before) return beside("end", before);
  if (Math.max(after, before) >= 0.4 * frameWidth)
    return after >= before ? beside("start", after) : beside("end", before);
  const x = Math.max(0, Math.min(left, frameWidth - width));
  const lines = wrapText(text, frameWidth - x);
  const y = top + markHeight + 3;
  return {
    anchor: "start",
    x,
    y,
    lines,
    markY: top + markHeight / 2,
    bottom: y + lines.length * LINE_HEIGHT,
  };
}
