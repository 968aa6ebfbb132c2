import type { Lang, Unit } from "../types.ts";

/** A display unit: numbers at or above `10^exponent` are written in it, followed by `word`. */
export interface Scale {
  exponent: number;
  word: string;
}

/** 万亿, 亿, 万: how Chinese readers group digits, four at a time. */
export const ZH_GROUPS: readonly Scale[] = [
  { exponent: 12, word: "万亿" },
  { exponent: 8, word: "亿" },
  { exponent: 4, word: "万" },
  { exponent: 0, word: "" },
];

const EN_GROUPS: readonly Scale[] = [
  { exponent: 12, word: " trillion" },
  { exponent: 9, word: " billion" },
  { exponent: 6, word: " million" },
  { exponent: 0, word: "" },
];

/** Returns the display units for amounts in `unit`, largest first; each word includes the unit for areas and ratios. */
export function amountScales(unit: Unit, lang: Lang): readonly Scale[] {
  if (unit === "ratio") return [{ exponent: -2, word: "%" }];
  if (unit === "m2") {
    return lang === "zh"
      ? [
          { exponent: 6, word: "平方公里" },
          { exponent: 4, word: "万平方米" },
          { exponent: 0, word: "平方米" },
        ]
      : [
          { exponent: 6, word: " km²" },
          { exponent: 0, word: " m²" },
        ];
  }
  return lang === "zh" ? ZH_GROUPS : EN_GROUPS;
}

/** Returns the largest scale `abs` reaches, or the smallest scale. */
export function pickScale(scales: readonly Scale[], abs: number): Scale {
  const scale = scales.find((s) => abs >= 10 ** s.exponent) ?? scales.at(-1);
  if (!scale) throw new RangeError("no scales to pick from");
  return scale;
}

/**
 * Returns the power of ten a value is shown to by default: two decimals in the Chinese group it falls in
 * (1560.53亿 → 10^6, 21.6万 → 10^2), two decimals of a percent for ratios. English uses the same, so that
 * `13.09亿元` is `CNY 1.309 billion`, not `CNY 1.31 billion`.
 */
export function defaultResolution(unit: Unit, abs: number): number {
  if (unit === "ratio") return -4;
  return pickScale(ZH_GROUPS, abs).exponent - 2;
}
