import type { Lang } from "../types.ts";
import type { AmountLike, FormatAmountOptions } from "./AmountLike.ts";
import { formatAmountEn } from "./formatAmountEn.ts";
import { formatAmountZh } from "./formatAmountZh.ts";

/**
 * Returns the amount written for readers of `lang`, with its bound, in a form `parseAmount` reads back:
 * zh `至少100亿元`, `约178亿元`, `百亿元量级`, `76.1%`, `21.6万平方米`; en `at least CNY 10 billion`,
 * `about CNY 17.8 billion`, `76.1%`, `216,000 m²`. By default a value keeps two decimals of its Chinese
 * 万/亿 group in both languages (`1560.53亿元`, `CNY 156.053 billion`); trailing zeros are dropped.
 * Throws a RangeError for a value that is not finite.
 */
export function formatAmount(a: AmountLike, lang: Lang, opts: FormatAmountOptions = {}): string {
  return lang === "zh" ? formatAmountZh(a, opts) : formatAmountEn(a, opts);
}
