import type { Bound, Unit } from "../types.ts";

/** What `formatAmount` needs of an amount: a `FigureRow` or an `Amount` will do. */
export interface AmountLike {
  value: number;
  unit: Unit;
  bound: Bound;
  /**
   * The words as the source wrote them (a `FigureRow`'s `as_written`, `read_as` first when set): a count
   * keeps its classifier from them in Chinese (`7800万支`, not `7800万个`).
   */
  as_written?: string;
  read_as?: string | null;
}

/** Options of `formatAmount`. */
export interface FormatAmountOptions {
  /** Write `+` before positive values, for growth rates: `+49%`. */
  signed?: boolean;
  /** At most this many decimals in the display unit; by default two decimals of the Chinese 万/亿 group. */
  digits?: number;
}
