import { textWidth } from "./textWidth.ts";
import { balancedWrap, wrapText } from "./wrapText.ts";

/** A mark's label placed beside it or under it: x in pixels from the frame's left, heights in half lines. */
export interface PlacedLabel {
  /** Which end of the text `x` is: `start` for text running right of x, `end` for text ending at x. */
  anchor: "start" | "end";
  x: number;
  lines: string[];
  /** Half lines from the top of the item to the line the mark is centred on. */
  markOffset: number;
  /** Half lines from the top of the item to the label's first line. */
  labelOffset: number;
  /** Half lines the mark and its label take together. */
  size: number;
}

/**
 * Places a mark's label: after the mark when it fits between the mark's right edge and the frame's,
 * otherwise before it, otherwise wrapped on the roomier side when that side has at least 40 % of the
 * frame, otherwise on lines of its own under the mark. A label wrapped beside its mark has even lines,
 * and the mark sits on their middle. `left` and `right` are the mark's edges in pixels from the frame's left.
 */
export function sideLabel(
  text: string,
  {
    left,
    right,
    frameWidth,
    gap = 6,
    fontSize = 13,
    maxBeside = Number.POSITIVE_INFINITY,
  }: {
    left: number;
    right: number;
    frameWidth: number;
    gap?: number;
    fontSize?: number;
    /** Wrapped beside its mark on more lines than this, a label goes under it instead. */
    maxBeside?: number;
  },
): PlacedLabel {
  const after = frameWidth - right - gap;
  const before = left - gap;
  const width = textWidth(text, fontSize);
  const beside = (anchor: "start" | "end", room: number): PlacedLabel => {
    const lines = balancedWrap(text, room, fontSize);
    const x = anchor === "start" ? right + gap : left - gap;
    return { anchor, x, lines, markOffset: lines.length - 1, labelOffset: 0, size: 2 * lines.length };
  };
  if (width <= after) return beside("start", after);
  if (width <= before) return beside("end", before);
  if (Math.max(after, before) >= 0.4 * frameWidth) {
    const wrapped = after >= before ? beside("start", after) : beside("end", before);
    if (wrapped.lines.length <= maxBeside) return wrapped;
  }
  const x = Math.max(0, Math.min(left, frameWidth - width));
  const lines = wrapText(text, frameWidth - x, fontSize);
  return { anchor: "start", x, lines, markOffset: 0, labelOffset: 2, size: 2 + 2 * lines.length };
}
