import type { Bound, Unit } from "../types.ts";

/** What `formatAmount` needs of an amount: a `FigureRow` or an `Amount` will do. */
export interface AmountLike {
  value: number;
  unit: Unit;
  bound: Bound;
}

/** Options of `formatAmount`. */
export interface FormatAmountOptions {
  /** Write `+` before positive values, for growth rates: `+49%`. */
  signed?: boolean;
  /** At most this many decimals in the display unit; by default two decimals of the Chinese 万/亿 group. */
  digits?: number;
}
