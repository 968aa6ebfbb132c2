import type { ScaleOptions } from "@observablehq/plot";
import { range } from "d3";
import { type ChartType, chartType } from "./plotBase.ts";

/**
 * The vertical layout of a chart drawn row by row. Rows differ in height (a name may wrap, a label may go
 * under its mark), which Plot's band scale cannot give one row, so the bands are half lines instead: the
 * chart takes lines and gaps from the top down and puts each mark in the band its line starts at; the y
 * scale is a band scale over them, and Plot turns bands into pixels.
 */
export class LineGrid {
  #size = 0;
  /** The chart's type: its line height sets the bands' size. */
  readonly type: ChartType;
  /** One band of the y scale, in pixels: half a line, so that a mark can sit centred on a label of two lines. */
  readonly half: number;

  constructor(type: ChartType = chartType(undefined)) {
    this.type = type;
    this.half = type.line / 2;
  }

  /** Takes `bands` half lines and returns the first. */
  take(bands: number): number {
    const first = this.#size;
    this.#size += bands;
    return first;
  }

  /** Takes `count` lines of text and returns the band the first starts at. */
  lines(count: number): number {
    return this.take(2 * count);
  }

  #bands(): number {
    return this.#size + (this.#size % 2);
  }

  /** The number of bands taken so far, which is also the band the next line starts at. */
  get size(): number {
    return this.#size;
  }

  /** Height in whole pixels of the bands taken, and of a last half line when that makes an odd number. */
  get height(): number {
    return this.#bands() * this.half;
  }

  /**
   * Returns the Plot options that make the grid a chart's frame: its height, the margins (none on top,
   * where the grid starts) and the y scale.
   */
  frame(margin: { left: number; right: number; bottom: number }) {
    return {
      height: this.height + margin.bottom,
      marginTop: 0,
      marginLeft: margin.left,
      marginRight: margin.right,
      marginBottom: margin.bottom,
      y: this.scale(),
    };
  }

  /** The y scale: one band per half line, without padding or rounding, so every band is half a line. */
  scale(): ScaleOptions {
    return {
      type: "band",
      domain: range(this.#bands()),
      padding: 0,
      round: false,
      axis: null,
    };
  }
}

/** A datum drawn on the grid: `row` is the band where its line starts. */
export interface OnGrid {
  row: number;
}

/** Options of a text mark whose first line starts at the top of the datum's `row` (Plot puts text mid-band). */
export function textOnGrid(grid: LineGrid) {
  const { half, type } = grid;
  return { y: "row", lineAnchor: "top", dy: -half / 2, lineHeight: type.line / type.font } as const;
}

/** Options of a dot or a horizontal rule centred on the line that starts at the datum's `row`. */
export function onLine(grid: LineGrid) {
  return { y: "row", dy: grid.half / 2 } as const;
}

/** Options of a rect `height` pixels tall centred on the line that starts at the datum's `row`. */
export function rectOnLine(grid: LineGrid, height: number) {
  const inset = (grid.type.line - height) / 2;
  return { y1: "row", y2: (d: OnGrid) => d.row + 1, insetTop: inset, insetBottom: inset } as const;
}
