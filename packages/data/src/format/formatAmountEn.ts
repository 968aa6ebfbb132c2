import type { Unit } from "../types.ts";
import type { AmountLike, FormatAmountOptions } from "./AmountLike.ts";
import { renderScaled } from "./renderScaled.ts";
import { amountScales } from "./scales.ts";
import { signOf } from "./signOf.ts";

const CODES: Record<Unit, string> = { CNY: "CNY ", USD: "USD ", count: "", ratio: "", m2: "" };

/** "at least" for every lower bound: 超, 逾 and 以上 are all `at_least`, and 以上 includes its threshold. */
const PREFIXES = {
  exact: "",
  at_least: "at least ",
  approx: "about ",
  at_most: "nearly ",
  order_of_magnitude: "on the order of ",
} as const;

/**
 * Returns the amount as an English translation writes it: `CNY 108 billion`, `at least CNY 10 billion`,
 * `about CNY 17.8 billion`, `nearly CNY 10 billion`, `on the order of CNY 10 billion`, `125`, `76.1%`,
 * `216,000 m²`, `9 km²`. The sign goes with the digits: `CNY -5 billion`, `+49%`.
 */
export function formatAmountEn(a: AmountLike, opts: FormatAmountOptions = {}): string {
  const scaled = renderScaled(a.value, a.unit, amountScales(a.unit, "en"), "en", opts.digits);
  return `${PREFIXES[a.bound]}${CODES[a.unit]}${signOf(scaled, opts.signed)}${scaled.digits}${scaled.scale.word}`;
}
