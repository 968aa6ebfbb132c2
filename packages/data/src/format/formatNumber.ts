import type { Lang } from "../types.ts";
import { renderScaled } from "./renderScaled.ts";
import { ZH_GROUPS } from "./scales.ts";

/**
 * Returns a plain number for tables and text: zh in 万 and 亿 without grouping (`1080亿`, `5000万`, `1500`),
 * en in full with thousands separators (`108,000,000,000`, `1,500`). Decimals as in `formatAmount`, or at
 * most `digits`.
 */
export function formatNumber(value: number, lang: Lang, opts: { digits?: number } = {}): string {
  const scales = lang === "zh" ? ZH_GROUPS : [{ exponent: 0, word: "" }];
  const scaled = renderScaled(value, "count", scales, lang, opts.digits);
  return `${scaled.negative ? "-" : ""}${scaled.digits}${scaled.scale.word}`;
}
