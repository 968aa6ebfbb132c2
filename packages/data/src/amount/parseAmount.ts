import type { Amount, Bound } from "../types.ts";
import { AmountParseError } from "./AmountParseError.ts";
import { readChineseNumeral } from "./chineseNumeral.ts";
import { decimalToNumber, shiftDecimal } from "./decimal.ts";
import type { Word } from "./lexicon.ts";
import { normalizeAmountText, type Token, tokenizeAmount } from "./tokenizeAmount.ts";

type UnitWord = Extract<Word, { kind: "unit" }>;

const BOUND_NAMES: Record<Bound, string> = {
  exact: "exact",
  at_least: "at least",
  at_most: "at most",
  approx: "about",
  order_of_magnitude: "order of magnitude",
};

/**
 * Returns the amount a Chinese newsroom (or an English translation) writes, in base units: yuan
 * (`超百亿元` → 1e10 CNY at least), US dollars, a count, a ratio (`76.1%` → 0.761, `下降5%` → -0.05) or
 * square metres (`9平方公里` → 9e6), with how exact it is.
 *
 * Qualifiers give the bound: 超/逾/以上/多/余/more than → `at_least`; 约/左右/about → `approx`;
 * 近/不到/nearly → `at_most`; …级/on the order of → `order_of_magnitude`; none → `exact`.
 *
 * A number with no unit word (`1080亿`, `240`) is read as a count: whether a bare `1080亿` is yuan is not
 * guessed here. The data pipeline lets a transcriber state the reading (`read_as`) instead.
 *
 * Throws an `AmountParseError` naming the reason when the text is empty, has no number, has two numbers
 * (`3到5年` is a range), has an unknown unit (`5吨`), or has conflicting qualifiers (`约超100亿元`).
 */
export function parseAmount(text: string): Amount {
  const trimmed = text.trim();
  const fail = (reason: string): never => {
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
  const unit = readUnit(tokens, fail);
  let value = readNumeral(numeral.numeral, fail);
  for (const t of tokens) {
    if (t.kind === "magnitude") value = shiftDecimal(value, t.exponent);
  }
  if (unit) value = shiftDecimal(value, unit.exponent);
  const sign = tokens.reduce((s, t) => (t.kind === "sign" ? s * t.sign : s), 1);
  const number = sign * decimalToNumber(value) * (unit?.factor ?? 1);
  return {
    value: Object.is(number, -0) ? 0 : number,
    unit: unit?.unit ?? "count",
    ...(unit?.currency && { currency: unit.currency }),
    bound,
    text: trimmed,
  };
}

function readNumeral(numeral: string, fail: (reason: string) => never) {
  try {
    return readChineseNumeral(numeral);
  } catch (error) {
    return fail(error instanceof RangeError ? error.message : String(error));
  }
}

/** Words must stand on their side of the number; a magnitude (`billion`) right after it. */
function checkPlace(t: Token, i: number, at: number, fail: (reason: string) => never): void {
  const place = t.kind === "bound" || t.kind === "unit" ? t.place : t.kind === "sign" ? "before" : "either";
  if (place === "before" && i > at) fail(`"${t.text}" must come before the number`);
  if (place === "after" && i < at) fail(`"${t.text}" must come after the number`);
  if (t.kind === "magnitude" && i !== at + 1) fail(`"${t.text}" must follow the number directly`);
}

/** Returns the one bound the qualifiers agree on (`超…以上` twice says at least), `exact` without any. */
function readBound(tokens: Token[], fail: (reason: string) => never): Bound {
  const qualifiers = tokens.flatMap((t) =>
    t.kind === "bound"
      ? [{ text: t.text, bound: t.bound }]
      : t.kind === "numeral" && t.atLeast
        ? [{ text: t.text, bound: "at_least" as const }]
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
function readUnit(tokens: Token[], fail: (reason: string) => never): UnitWord | undefined {
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
