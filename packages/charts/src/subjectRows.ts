import * as Plot from "@observablehq/plot";
import { type OpacityChannel, rowOpacity } from "./highlight.ts";
import { type LineGrid, type OnGrid, textOnGrid } from "./lineGrid.ts";
import { keyed, type MarkKey } from "./markKey.ts";
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
 * Lays out subjects one under the other on `grid`: each subject's bold name, wrapped to the frame, then
 * the items without a label packed on shared lines, then a line per labelled item with its label beside
 * or under the mark (see sideLabel), and a line's room after the last. Subjects other than `highlight`
 * get the dimmed opacity.
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
    const nameLines = wrapText(s.name, frameWidth, grid.type.font, true);
    const row = grid.lines(nameLines.length);
    layout.names.push({ key: s.id, x: 0, row, text: nameLines.join("\n"), anchor: "start", opacity });
    const unlabelled = s.items.filter((item) => item.text === "");
    for (const lane of lanes(unlabelled)) {
      const top = grid.lines(1);
      for (const { datum, key } of lane) layout.items.push({ datum, key, row: top, opacity });
    }
    s.items
      .filter((item) => item.text !== "")
      .forEach((item, j) => {
        if (j > 0 || unlabelled.length > 0) grid.take(ITEM_GAP);
        const placed = sideLabel(item.text, {
          left: item.left,
          right: item.right,
          frameWidth,
          gap: LABEL_GAP,
          fontSize: grid.type.font,
          // On a phone a long label goes under its mark, on full lines, rather than on many short ones.
          maxBeside: grid.type.phone ? 2 : Number.POSITIVE_INFINITY,
        });
        const top = grid.take(placed.size);
        const { datum, key } = item;
        layout.items.push({ datum, key, row: top + placed.markOffset, opacity });
        const text = placed.lines.join("\n");
        const label = {
          key,
          x: placed.x,
          row: top + placed.labelOffset,
          text,
          anchor: placed.anchor,
          opacity,
        };
        layout.labels.push(label);
      });
  });
  // Room between the last subject and the axis under it.
  grid.take(SUBJECT_GAP);
  return layout;
}

/**
 * Returns items packed into lanes, in order: each goes on the first lane where it starts clear of the
 * last mark there. Items without a label (a chart drawn for a phone labels only what the step is about)
 * share lines this way.
 */
function lanes<T>(items: readonly RowItem<T>[]): RowItem<T>[][] {
  const out: { right: number; items: RowItem<T>[] }[] = [];
  for (const item of items) {
    const lane = out.find((l) => item.left >= l.right + LABEL_GAP / 2);
    if (lane) {
      lane.items.push(item);
      lane.right = item.right;
    } else out.push({ right: item.right, items: [item] });
  }
  return out.map((l) => l.items);
}

/**
 * Returns the text marks of subjects laid out by `layoutSubjectRows`: each bold name, and each label on
 * its start or end side. `x` turns pixels from the frame's left into the chart's x values.
 */
export function subjectTextMarks(
  { names, labels }: Pick<SubjectLayout<unknown>, "names" | "labels">,
  x: (px: number) => unknown,
  opacity: OpacityChannel,
  grid: LineGrid,
): Plot.Markish[] {
  const text = { ...textOnGrid(grid), x: (d: GridText) => x(d.x), text: "text", opacity } as const;
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
