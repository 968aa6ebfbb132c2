import * as Plot from "@observablehq/plot";
import { type OpacityChannel, rowOpacity } from "./highlight.ts";
import { type LineGrid, type OnGrid, TEXT_ON_GRID } from "./lineGrid.ts";
import { keyed, type MarkKey } from "./markKey.ts";
import { FONT_SIZE } from "./plotBase.ts";
import { sideLabel } from "./sideLabel.ts";
import { wrapText } from "./wrapText.ts";

/** Half lines between two items of a subject, and between two subjects. */
const ITEM_GAP = 1;
const SUBJECT_GAP = 2;
/** Pixels between a mark and its label. */
const LABEL_GAP = 6;

/** A thing drawn in a subject's rows: a mark from `left` to `right` pixels from the frame's left, and its label. */
export interface RowItem<T> {
  datum: T;
  key: MarkKey;
  text: string;
  left: number;
  right: number;
}

/** A subject and the things drawn under its name, in order. */
export interface SubjectRows<T> {
  id: string;
  name: string;
  items: RowItem<T>[];
}

/** A text on the grid, `x` in pixels from the frame's left; `anchor` says which end of the text x is. */
export interface GridText extends OnGrid {
  key: MarkKey;
  x: number;
  text: string;
  anchor: "start" | "end";
  opacity: number;
}

/** An item as placed: its datum, the band its mark's line starts at, and the opacity of its subject. */
export interface PlacedItem<T> extends OnGrid {
  datum: T;
  key: MarkKey;
  opacity: number;
}

/** The texts and marks of subjects laid out on a grid. */
export interface SubjectLayout<T> {
  names: GridText[];
  labels: GridText[];
  items: PlacedItem<T>[];
}

/**
 * Lays out subjects one under the other on `grid`: each subject's bold name, wrapped to the frame, then a
 * line per item with its label beside or under the mark (see sideLabel), and a line's room after the
 * last. Subjects other than `highlight` get the dimmed opacity.
 */
export function layoutSubjectRows<T>(
  grid: LineGrid,
  subjects: readonly SubjectRows<T>[],
  { frameWidth, highlight }: { frameWidth: number; highlight: string | undefined },
): SubjectLayout<T> {
  const layout: SubjectLayout<T> = { names: [], labels: [], items: [] };
  subjects.forEach((s, i) => {
    if (i > 0) grid.take(SUBJECT_GAP);
    const opacity = rowOpacity(highlight, s.id);
    const nameLines = wrapText(s.name, frameWidth, FONT_SIZE, true);
    const row = grid.lines(nameLines.length);
    layout.names.push({ key: s.id, x: 0, row, text: nameLines.join("\n"), anchor: "start", opacity });
    s.items.forEach((item, j) => {
      if (j > 0) grid.take(ITEM_GAP);
      const placed = sideLabel(item.text, { left: item.left, right: item.right, frameWidth, gap: LABEL_GAP });
      const top = grid.take(placed.size);
      const { datum, key } = item;
      layout.items.push({ datum, key, row: top + placed.markOffset, opacity });
      const text = placed.lines.join("\n");
      const label = { key, x: placed.x, row: top + placed.labelOffset, text, anchor: placed.anchor, opacity };
      layout.labels.push(label);
    });
  });
  // Room between the last subject and the axis under it.
  grid.take(SUBJECT_GAP);
  return layout;
}

/**
 * Returns the text marks of subjects laid out by `layoutSubjectRows`: each bold name, and each label on
 * its start or end side. `x` turns pixels from the frame's left into the chart's x values.
 */
export function subjectTextMarks(
  { names, labels }: Pick<SubjectLayout<unknown>, "names" | "labels">,
  x: (px: number) => unknown,
  opacity: OpacityChannel,
): Plot.Markish[] {
  const text = { ...TEXT_ON_GRID, x: (d: GridText) => x(d.x), text: "text", opacity } as const;
  const side = (anchor: GridText["anchor"]) => {
    const data = labels.filter((l) => l.anchor === anchor);
    return Plot.text(data, { ...text, textAnchor: anchor, className: "chart-label", ...keyed(data) });
  };
  return [
    Plot.text(names, {
      ...text,
      textAnchor: "start",
      fontWeight: 600,
      className: "chart-name",
      ...keyed(names),
    }),
    side("start"),
    side("end"),
  ];
}
