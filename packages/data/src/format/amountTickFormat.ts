import { decimalFromNumber, decimalToPlain, roundDecimal, shiftDecimal } from "../amount/decimal.ts";
import type { Lang, Unit } from "../types.ts";
import { groupThousands } from "./renderScaled.ts";
import { pickScale, type Scale, ZH_GROUPS } from "./scales.ts";

const EN_TICKS: readonly Scale[] = [
  { exponent: 12, word: "tn" },
  { exponent: 9, word: "bn" },
  { exponent: 6, word: "m" },
  { exponent: 3, word: "k" },
  { exponent: 0, word: "" },
];

/**
 * Returns a tick formatter for an axis of amounts in `unit` (base units), for Plot's `tickFormat`. Ticks are
 * short and carry no unit name, which belongs in the axis label: zh `0`, `5000万`, `50亿`, `1万亿`;
 * en `0`, `500k`, `5bn`, `1.2tn`; ratios `0%`, `50%` in both. Each tick takes its own magnitude, like d3's `~s`.
 */
export function amountTickFormat(unit: Unit, lang: Lang): (n: number) => string {
  const scales = unit === "ratio" ? [{ exponent: -2, word: "%" }] : lang === "zh" ? ZH_GROUPS : EN_TICKS;
  return (n: number) => {
    if (!Number.isFinite(n)) return "";
    const scale = unit === "ratio" || n === 0 ? (scales[0] as Scale) : pickScale(scales, Math.abs(n));
    const plain = decimalToPlain(roundDecimal(shiftDecimal(decimalFromNumber(n), -scale.exponent), 2));
    const digits = lang === "en" ? groupThousands(plain) : plain;
    return plain === "0" && unit !== "ratio" ? "0" : `${digits}${scale.word}`;
  };
}
