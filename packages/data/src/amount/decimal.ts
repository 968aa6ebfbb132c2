/**
 * An exact decimal: `coefficient × 10^exponent`. Amounts are read and written through it so that
 * `61.4亿` becomes 6140000000 and 1560.53亿 prints as `156.053 billion`, with no binary rounding on the way.
 */
export interface Decimal {
  readonly coefficient: bigint;
  readonly exponent: number;
}

const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** Returns the decimal written as `text` (`"61.4"`, `"-5"`, `"1.5e-7"`); throws a RangeError otherwise. */
export function decimalFromString(text: string): Decimal {
  const match = DECIMAL_TEXT.exec(text);
  if (!match) throw new RangeError(`not a decimal number: "${text}"`);
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = match;
  const coefficient = BigInt(`${sign}${whole}${fraction}`);
  return { coefficient, exponent: Number(exponent) - fraction.length };
}

/** Returns the shortest decimal that reads back as `value`; throws a RangeError for NaN or ±Infinity. */
export function decimalFromNumber(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return decimalFromString(String(value));
}

/** Returns `d × 10^places`. */
export function shiftDecimal(d: Decimal, places: number): Decimal {
  return { coefficient: d.coefficient, exponent: d.exponent + places };
}

/** Returns `a + b`, exactly. */
export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const exponent = Math.min(a.exponent, b.exponent);
  const scale = (d: Decimal) => d.coefficient * 10n ** BigInt(d.exponent - exponent);
  return { coefficient: scale(a) + scale(b), exponent };
}

/** Returns `d` rounded half away from zero to at most `decimals` places after the point. */
export function roundDecimal(d: Decimal, decimals: number): Decimal {
  const drop = -decimals - d.exponent;
  if (drop <= 0) return d;
  const divisor = 10n ** BigInt(drop);
  const magnitude = d.coefficient < 0n ? -d.coefficient : d.coefficient;
  let kept = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) kept += 1n;
  return { coefficient: d.coefficient < 0n ? -kept : kept, exponent: -decimals };
}

/** True when `d` has no fraction: 61.4亿 = 6140000000 does, 0.5 does not. */
export function isWholeDecimal(d: Decimal): boolean {
  return d.exponent >= 0 || d.coefficient % 10n ** BigInt(-d.exponent) === 0n;
}

/** True when `|d| > limit`, compared exactly (no rounding to a double first). */
export function exceedsMagnitude(d: Decimal, limit: bigint): boolean {
  const magnitude = d.coefficient < 0n ? -d.coefficient : d.coefficient;
  return d.exponent >= 0
    ? magnitude * 10n ** BigInt(d.exponent) > limit
    : magnitude > limit * 10n ** BigInt(-d.exponent);
}

/** Returns the nearest number to `d`. */
export function decimalToNumber(d: Decimal): number {
  return Number(`${d.coefficient}e${d.exponent}`);
}

/** Returns `d` written out without an exponent and without trailing zeros: `"61.4"`, `"1080"`, `"0"`. */
export function decimalToPlain(d: Decimal): string {
  if (d.coefficient === 0n) return "0";
  const negative = d.coefficient < 0n;
  let digits = (negative ? -d.coefficient : d.coefficient).toString();
  let exponent = d.exponent;
  while (exponent < 0 && digits.endsWith("0")) {
    digits = digits.slice(0, -1);
    exponent += 1;
  }
  let text: string;
  if (exponent >= 0) text = digits + "0".repeat(exponent);
  else {
    const padded = digits.padStart(-exponent + 1, "0");
    text = `${padded.slice(0, exponent)}.${padded.slice(exponent)}`;
  }
  return negative ? `-${text}` : text;
}
