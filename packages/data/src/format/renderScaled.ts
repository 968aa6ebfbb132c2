import {
  decimalFromNumber,
  decimalToNumber,
  decimalToPlain,
  roundDecimal,
  shiftDecimal,
} from "../amount/decimal.ts";
import type { Lang, Unit } from "../types.ts";
import { defaultResolution, pickScale, type Scale } from "./scales.ts";

/** A number written in a display unit: `{ digits: "61.4", scale: 亿 }`. */
export interface Scaled {
  /** The digits without a sign, with `,` groups in English. */
  digits: string;
  scale: Scale;
  /** True when the rounded value is below zero (so never for `-0`). */
  negative: boolean;
}

/** Returns `plain` with `,` every three digits before the point: `216000.5` → `216,000.5`. */
export function groupThousands(plain: string): string {
  const [whole = "", fraction] = plain.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * Returns `value` written in the largest scale it reaches, rounded to `digits` decimals there, or by default
 * to the `defaultResolution` of `unit`. A value that rounds up into the next scale moves there (9999.999 → 1万).
 */
export function renderScaled(
  value: number,
  unit: Unit,
  scales: readonly Scale[],
  lang: Lang,
  digits?: number,
): Scaled {
  const exact = decimalFromNumber(value);
  const resolution = defaultResolution(unit, Math.abs(value));
  const render = (scale: Scale) => {
    const decimals = digits ?? Math.max(0, scale.exponent - resolution);
    return roundDecimal(shiftDecimal(exact, -scale.exponent), decimals);
  };
  let scale = pickScale(scales, Math.abs(value));
  let rounded = render(scale);
  const bigger = pickScale(scales, Math.abs(decimalToNumber(shiftDecimal(rounded, scale.exponent))));
  if (bigger !== scale) {
    scale = bigger;
    rounded = render(scale);
  }
  const plain = decimalToPlain(rounded).replace(/^-/, "");
  const negative = rounded.coefficient < 0n;
  return { digits: lang === "en" ? groupThousands(plain) : plain, scale, negative };
}
