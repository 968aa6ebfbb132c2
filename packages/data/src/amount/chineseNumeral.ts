import { addDecimals, type Decimal, decimalFromString, shiftDecimal } from "./decimal.ts";
import { simplifyAmountChars } from "./traditional.ts";

const DIGITS: Record<string, bigint> = {
  零: 0n,
  〇: 0n,
  一: 1n,
  二: 2n,
  两: 2n,
  三: 3n,
  四: 4n,
  五: 5n,
  六: 6n,
  七: 7n,
  八: 8n,
  九: 9n,
};
const SMALL_UNITS: Record<string, number> = { 十: 1, 百: 2, 千: 3 };

/** Characters a Chinese numeral is made of, besides Arabic digits, in Simplified form (萬 億 兩 點 map to these). */
export const NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿点";

const ZERO: Decimal = { coefficient: 0n, exponent: 0 };
const digit = (n: bigint): Decimal => ({ coefficient: n, exponent: 0 });

/**
 * Returns the value of a numeral as a newsroom writes it: Chinese (`一千零八十亿`, `百亿`, `七十六点一`,
 * `一千五` = 1500), Arabic with Chinese magnitudes (`61.4亿`, `1.2万亿`, `5千万`) or both, in either script
 * (`一千零八十億`, `1.2萬億`, `兩千`). A bare 万 or 亿 at the start is one of it (`亿` = 1e8): whether that
 * is an amount is for `parseAmount` to say. Commas must already be removed. Throws a RangeError quoting the
 * numeral as written and saying what is wrong when it is malformed or ambiguous (`3亿5`).
 */
export function readChineseNumeral(numeral: string): Decimal {
  let total = ZERO; // completed 亿 groups
  let wan: Decimal | null = null; // the 万 group of the current 亿 group
  let section = ZERO; // 十百千 within the current 万 group
  let current: Decimal | null = null; // the number waiting for a unit
  let currentIsArabic = false;
  let lastSmall = 4; // the last 十百千 place used in this section (4 = none yet)
  let lastBig = 16; // the last 亿 place closed (16 = none yet)
  let fractionDigits = -1; // ≥ 0 after 点
  let afterZero = false;
  let seen = false;
  let previous = "";
  const fail = (why: string): never => {
    throw new RangeError(`numeral "${numeral}" ${why}`);
  };
  // A bare 万 or 亿 means one of it only at the start: 亿元级, 万亿级.
  const one = (unit: string): Decimal => (seen ? fail(`needs a number before ${unit}`) : digit(1n));

  const simple = simplifyAmountChars(numeral);
  for (let i = 0; i < simple.length; ) {
    const rest = simple.slice(i);
    const written = numeral[i] ?? "";
    const arabic = /^\d+(?:\.\d+)?/.exec(rest)?.[0];
    const char = rest[0] ?? "";
    i += arabic ? arabic.length : 1;
    if (arabic) {
      if (current !== null || fractionDigits >= 0) fail("has two numbers run together");
      current = decimalFromString(arabic);
      currentIsArabic = true;
    } else if (Object.hasOwn(DIGITS, char)) {
      const value = DIGITS[char] ?? 0n;
      if (fractionDigits >= 0) {
        fractionDigits += 1;
        current = addDecimals(current ?? ZERO, shiftDecimal(digit(value), -fractionDigits));
      } else if (value === 0n && (current !== null || seen)) {
        if (current !== null) fail("has two numbers run together");
        afterZero = true;
      } else {
        if (current !== null) fail("has two numbers run together");
        current = digit(value);
        currentIsArabic = false;
      }
    } else if (char === "点") {
      if (current === null || currentIsArabic || fractionDigits >= 0) fail("has a misplaced 点");
      fractionDigits = 0;
    } else if (Object.hasOwn(SMALL_UNITS, char)) {
      const place = SMALL_UNITS[char] ?? 0;
      if (place >= lastSmall) fail(`has ${written} out of order`);
      if (current === null && (lastSmall < 4 || afterZero)) fail(`needs a digit before ${written}`);
      section = addDecimals(section, shiftDecimal(current ?? digit(1n), place));
      lastSmall = place;
    } else if (char === "万" || char === "亿") {
      const group = addDecimals(section, current ?? ZERO);
      const bare = current === null && lastSmall === 4;
      if (char === "万") {
        if (wan !== null) fail(`has ${written} out of order`);
        wan = shiftDecimal(bare ? one(written) : group, 4);
      } else if (previous === "万" && wan !== null) {
        if (lastBig <= 12) fail(`has ${written} out of order`);
        total = addDecimals(total, shiftDecimal(wan, 8));
        lastBig = 12;
        wan = null;
      } else {
        if (lastBig <= 8) fail(`has ${written} out of order`);
        const whole = wan ? addDecimals(wan, group) : bare ? one(written) : group;
        total = addDecimals(total, shiftDecimal(whole, 8));
        lastBig = 8;
        wan = null;
      }
      section = ZERO;
      lastSmall = 4;
    } else {
      fail(`has "${written}", which is not part of a numeral`);
    }
    if (Object.hasOwn(SMALL_UNITS, char) || char === "万" || char === "亿") {
      current = null;
      fractionDigits = -1;
      afterZero = false;
    }
    seen = true;
    previous = arabic ? "" : char;
  }
  if (!seen) fail("is empty");
  if (fractionDigits === 0) fail("has a misplaced 点");
  if (current !== null && !afterZero && fractionDigits < 0)
    current = trailingDigit(current, currentIsArabic, lastSmall, wan, lastBig, fail);
  return addDecimals(addDecimals(total, wan ?? ZERO), addDecimals(section, current ?? ZERO));
}

/** `一千五` is 1500 and `三万五` 35000: a bare digit after a unit counts at the next place down. */
function trailingDigit(
  current: Decimal,
  arabic: boolean,
  lastSmall: number,
  wan: Decimal | null,
  lastBig: number,
  fail: (why: string) => never,
): Decimal {
  const place = lastSmall < 4 ? lastSmall : wan !== null ? 4 : lastBig < 16 ? lastBig : 0;
  if (place <= 1) return current;
  if (arabic) fail("is ambiguous: a number after a magnitude needs a magnitude of its own");
  return shiftDecimal(current, place - 1);
}
