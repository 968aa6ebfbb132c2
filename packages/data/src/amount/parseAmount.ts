import type { Amount, Bound } from "../types.ts";
import { AmountParseError } from "./AmountParseError.ts";
import { readChineseNumeral } from "./chineseNumeral.ts";
import { addDecimals, decimalToNumber, exceedsMagnitude, isWholeDecimal, shiftDecimal } from "./decimal.ts";
import type { Word } from "./lexicon.ts";
import { normalizeAmountText, type Token, tokenizeAmount } from "./tokenizeAmount.ts";
import { simplifyAmountChars } from "./traditional.ts";

type UnitWord = Extract<Word, { kind: "unit" }>;
type NumeralToken = Extract<Token, { kind: "numeral" }>;
type Fail = (reason: string) => never;

const BOUND_NAMES: Record<Bound, string> = {
  exact: "exact",
  at_least: "at least",
  at_most: "at most",
  approx: "about",
  order_of_magnitude: "order of magnitude",
};

const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Returns the amount a Chinese newsroom (or an English translation) writes, in Simplified or Traditional
 * characters, in base units: yuan (`超百亿元` → 1e10 CNY at least), US dollars, a count, a ratio (`76.1%` →
 * 0.761, `三成` → 0.3, `下降5%` → -0.05) or square metres (`9平方公里` → 9e6), with how exact it is.
 *
 * Qualifiers give the bound: 超/逾/过/突破/以上/多/余/more than, and 上 before a round magnitude (`上亿`,
 * `上百亿`) → `at_least`; 约/左右/about → `approx`; 近/不到/nearly → `at_most`; …级/on the order of →
 * `order_of_magnitude`; none → `exact`. Vague numerals carry their own: `十几亿` (like `十多亿`) is at least
 * 10亿; `数亿`, `几十亿`, `数百亿` (several of a magnitude) are an order of magnitude, 1亿, 10亿, 100亿.
 * 成 counts tenths: `三成五` is 0.35, `一成半` 0.15, and never more than 十成.
 *
 * A number with no unit word (`1080亿`, `240`) is read as a count: whether a bare `1080亿` is yuan is not
 * guessed here. The data pipeline lets a transcriber state the reading (`read_as`) instead. A bare 万 or
 * 亿 (`亿元`, `万`) is a unit without a number unless a qualifier makes it one of it (`超亿元`, `亿元以上`,
 * `近亿`, `亿元级`).
 *
 * Values are doubles. A value past 2^53 − 1 base units (9007万亿元), or not finite, is an error rather than
 * a rounded number marked exact; below that a whole value is exact, and a fraction (`76.1%`, `1亩`) is the
 * nearest double, as for any decimal.
 *
 * Throws an `AmountParseError` quoting the text and naming the reason when the text is empty, has no number
 * (`超`, `亿元`), has two numbers (`3到5年` is a range), has an unknown unit (`5吨`), has conflicting
 * qualifiers (`约超100亿元`) or is too large to hold exactly.
 */
export function parseAmount(text: string): Amount {
  const trimmed = text.trim();
  const fail: Fail = (reason) => {
    throw new AmountParseError(trimmed, reason);
  };
  if (trimmed === "") fail("empty text");
  const tokens = tokenizeAmount(normalizeAmountText(trimmed));
  const at = tokens.findIndex((t) => t.kind === "numeral");
  const numeral = tokens[at];
  if (numeral?.kind !== "numeral") return fail("no number found");
  if (tokens.some((t, i) => i > at && (t.kind === "range" || t.kind === "numeral"))) {
    fail(tokens.some((t) => t.kind === "range") ? "a range is not an amount" : "more than one number");
  }
  const unknown = tokens.findIndex((t) => t.kind === "unknown");
  if (unknown >= 0) fail(`${unknown < at ? "unexpected text" : "unknown unit"} "${tokens[unknown]?.text}"`);
  for (const [i, t] of tokens.entries()) checkPlace(t, i, at, fail);

  const bound = readBound(tokens, fail);
  checkMagnitude(tokens, at, numeral, bound, fail);
  const unit = readUnit(tokens, fail);
  return {
    value: readValue(tokens, numeral, unit, fail),
    unit: unit?.unit ?? "count",
    ...(unit?.currency && { currency: unit.currency }),
    bound,
    text: trimmed,
  };
}

/** Returns the value in base units: the numeral, its magnitude words and 成 digit, the unit, the sign. */
function readValue(tokens: Token[], numeral: NumeralToken, unit: UnitWord | undefined, fail: Fail): number {
  let value = readNumeral(numeral.numeral, fail);
  for (const t of tokens) {
    if (t.kind === "magnitude") value = shiftDecimal(value, t.exponent);
    if (t.kind === "tenth") {
      if (!isWholeDecimal(value)) fail(`"${t.text}" after 成 needs a whole number of 成 before it`);
      value = addDecimals(value, t.value);
    }
  }
  if (unit?.tenths && exceedsMagnitude(value, 10n)) fail("成 counts tenths: more than 十成 (100%)");
  if (unit) value = shiftDecimal(value, unit.exponent);
  const sign = tokens.reduce((s, t) => (t.kind === "sign" ? s * t.sign : s), 1);
  const number = sign * decimalToNumber(value) * (unit?.factor ?? 1);
  // Past 2^53 a double skips whole numbers: 12345678901234567891 would come back as …7000, marked exact.
  if (exceedsMagnitude(value, MAX_EXACT) || !(Math.abs(number) <= Number.MAX_SAFE_INTEGER)) {
    fail(`too large to hold exactly: more than 2^53 − 1 = ${MAX_EXACT} base units`);
  }
  return Object.is(number, -0) ? 0 : number;
}

/**
 * A numeral starting with a bare 万 or 亿 (`亿元`, `万`) has no number unless a qualifier gives it one (`超亿元`,
 * `亿元以上`, `近亿`, `亿元级`); 上 stands only before a round magnitude (`上亿`, `上百亿`, not `上5亿`).
 */
function checkMagnitude(tokens: Token[], at: number, numeral: NumeralToken, bound: Bound, fail: Fail): void {
  const simple = simplifyAmountChars(numeral.numeral);
  if (bound === "exact" && /^[万亿]/.test(simple)) {
    const unitText = tokens.slice(at).map((t) => t.text);
    fail(`no number before "${unitText.join("")}"`);
  }
  const reaching = tokens.find((t) => t.kind === "bound" && t.magnitudeOnly);
  if (reaching && !/^[十百千万亿]/.test(simple)) {
    fail(`"${reaching.text}" stands only before 十, 百, 千, 万 or 亿, as in 上亿 or 上百亿`);
  }
}

function readNumeral(numeral: string, fail: Fail) {
  try {
    return readChineseNumeral(numeral);
  } catch (error) {
    return fail(error instanceof RangeError ? error.message : String(error));
  }
}

/** Words must stand on their side of the number; a magnitude (`billion`) right after it. */
function checkPlace(t: Token, i: number, at: number, fail: Fail): void {
  const place = t.kind === "bound" || t.kind === "unit" ? t.place : t.kind === "sign" ? "before" : "either";
  if (place === "before" && i > at) fail(`"${t.text}" must come before the number`);
  if (place === "after" && i < at) fail(`"${t.text}" must come after the number`);
  if (t.kind === "magnitude" && i !== at + 1) fail(`"${t.text}" must follow the number directly`);
}

/** Returns the one bound the qualifiers agree on (`超…以上` twice says at least), `exact` without any. */
function readBound(tokens: Token[], fail: Fail): Bound {
  const qualifiers = tokens.flatMap((t) =>
    t.kind === "bound"
      ? [{ text: t.text, bound: t.bound }]
      : t.kind === "numeral" && t.bound
        ? [{ text: t.text, bound: t.bound }]
        : [],
  );
  const first = qualifiers[0];
  const other = qualifiers.find((q) => q.bound !== first?.bound);
  if (first && other) {
    fail(
      `conflicting qualifiers "${first.text}" (${BOUND_NAMES[first.bound]}) and "${other.text}" (${BOUND_NAMES[other.bound]})`,
    );
  }
  return first?.bound ?? "exact";
}

/** Returns the unit words' unit; `亿元人民币` names yuan twice, which is fine, `元…个` is not. */
function readUnit(tokens: Token[], fail: Fail): UnitWord | undefined {
  const units = tokens.filter((t): t is Token & UnitWord => t.kind === "unit");
  const first = units[0];
  for (const other of units.slice(1)) {
    if (other.unit !== first?.unit || other.currency !== first.currency) {
      fail(`conflicting units "${first?.text}" and "${other.text}"`);
    }
    if (other.exponent !== 0 || first.exponent !== 0 || other.factor || first.factor) {
      fail(`unit given twice: "${first.text}" and "${other.text}"`);
    }
  }
  return first;
}
