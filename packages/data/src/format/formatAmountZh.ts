import type { Unit } from "../types.ts";
import type { AmountLike, FormatAmountOptions } from "./AmountLike.ts";
import { countWord } from "./countWord.ts";
import { renderScaled } from "./renderScaled.ts";
import { amountScales } from "./scales.ts";
import { signOf } from "./signOf.ts";

const UNIT_WORDS: Record<Unit, string> = { CNY: "元", USD: "美元", count: "个", ratio: "", m2: "" };

/** 十, 百, …, 万亿: how an order of magnitude is named (`百亿元量级`). */
const POWER_WORDS = [
  "",
  "十",
  "百",
  "千",
  "万",
  "十万",
  "百万",
  "千万",
  "亿",
  "十亿",
  "百亿",
  "千亿",
  "万亿",
];

/**
 * 至少 for every lower bound: the parser reads 超, 逾 and 以上 alike as `at_least`, and 以上 includes its
 * threshold (5000万元以上 is 5000万元 or more), so 超 would overstate it; "at least" holds for all three.
 */
const PREFIXES = {
  exact: "",
  at_least: "至少",
  approx: "约",
  at_most: "近",
  order_of_magnitude: "",
} as const;

/**
 * Returns the amount as a Chinese newsroom writes it: `1080亿元`, `至少100亿元`, `约178亿元`, `近100亿元`,
 * `百亿元量级`, `125个`, `7800万支`, `76.1%`, `21.6万平方米`, `9平方公里`. No digit grouping: 万 and 亿 do
 * that. A count keeps the classifier of the words it was read from (see countWord), `个` by default.
 */
export function formatAmountZh(a: AmountLike, opts: FormatAmountOptions = {}): string {
  const unitWord = a.unit === "count" ? countWord(a) : UNIT_WORDS[a.unit];
  if (a.bound === "order_of_magnitude") {
    const power = powerOfTen(a.value);
    const word = power === undefined ? undefined : POWER_WORDS[power];
    // 百亿元量级, our words for a magnitude, not the source's 百亿级: with 元, so that it reads back as money,
    // and with 量级, so that no reader takes it for a quotation. A count has no unit word here (百亿量级).
    if (word && a.unit !== "ratio" && a.unit !== "m2")
      return `${word}${a.unit === "count" ? "" : unitWord}量级`;
    return `${number(a, opts, a.unit === "count" ? "" : unitWord)}量级`;
  }
  return `${PREFIXES[a.bound]}${number(a, opts, unitWord)}`;
}

function number(a: AmountLike, opts: FormatAmountOptions, unitWord: string): string {
  const scaled = renderScaled(a.value, a.unit, amountScales(a.unit, "zh"), "zh", opts.digits);
  return `${signOf(scaled, opts.signed)}${scaled.digits}${scaled.scale.word}${unitWord}`;
}

/** Returns k when `value` is exactly 10^k with k from 1 to 12. */
function powerOfTen(value: number): number | undefined {
  const text = String(value);
  return /^10{1,12}$/.test(text) ? text.length - 1 : undefined;
}
