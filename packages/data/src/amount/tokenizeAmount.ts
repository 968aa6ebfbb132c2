import { NUMERAL_CHARS } from "./chineseNumeral.ts";
import type { Decimal } from "./decimal.ts";
import { LEXICON, LEXICON_WORDS, type Word } from "./lexicon.ts";
import { simplifyAmountChars } from "./traditional.ts";

/** The bound a numeral carries in itself: `100多亿`, `十几亿` are at least; `数亿`, `几十亿` an order of magnitude. */
export type NumeralBound = "at_least" | "order_of_magnitude";

/**
 * A piece of an amount: a numeral (still unread), a known word, the digit after 成 (`三成五`: 0.5 of a 成),
 * or text nobody knows. `text` is the text as written (Traditional stays Traditional); `numeral` is the
 * numeral without `,` groups or the 多/几/数 it carried.
 */
export type Token = { text: string } & (
  | { kind: "numeral"; numeral: string; bound?: NumeralBound }
  | Word
  | { kind: "tenth"; value: Decimal }
  | { kind: "unknown" }
);

const ARABIC = /^(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/;
const MAGNITUDE_CHARS = "十百千万亿";
const DIGITS_AFTER_CHENG = "一二三四五六七八九";
const ASCII_WORD = /^[a-z]+/;
const HAN = /\p{Script=Han}/u;

/** Returns the text as NFKC lower case, so that `１０８０`, `％`, `㎡`, `km²` and `CNY` read as `1080`, `%`, `m2`, `km2`, `cny`. */
export function normalizeAmountText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replaceAll("−", "-");
}

/** Returns the lexicon word that starts `rest`, if any; a word ending in a letter must end a word. */
function wordAt(rest: string): string | undefined {
  return LEXICON_WORDS.find(
    (w) => rest.startsWith(w) && !(/[a-z]$/.test(w) && /^[a-z]/.test(rest.slice(w.length))),
  );
}

/** True when `c` is one character of `chars` (an empty `c` is none). */
const oneOf = (chars: string, c: string) => c !== "" && chars.includes(c);

/**
 * Returns the bound a vague character inside a numeral gives, or undefined when `char` is not one there:
 * 数/几 leading a magnitude (`数亿`, `几十亿`: several of it, an order of magnitude); 多/余 before a magnitude
 * (`100多亿`), and 几/数 ending the digits after 十百千 (`十几亿`, `二十几个`): more than the round number.
 */
function vagueBound(char: string, numeral: string, next: string): NumeralBound | undefined {
  const several = char === "几" || char === "数";
  if (several && numeral === "") return oneOf(MAGNITUDE_CHARS, next) ? "order_of_magnitude" : undefined;
  if ((char === "多" || char === "余") && numeral !== "" && oneOf(MAGNITUDE_CHARS, next)) return "at_least";
  // 十几亿 and 十几 but not 十几五: after 几 only 万, 亿 or no more numeral.
  const digitFollows = /\d/.test(next) || (oneOf(NUMERAL_CHARS, next) && !oneOf("万亿", next));
  if (several && oneOf("十百千", numeral.at(-1) ?? "") && !digitFollows) return "at_least";
  return undefined;
}

/**
 * Returns the numeral starting at `simple` (the text with Traditional characters mapped, as long as
 * `written`): digits with `,` groups and Chinese numeral characters, taken from `written`, and the bound a
 * vague character inside gives.
 */
function numeralAt(
  written: string,
  simple: string,
): { length: number; numeral: string; bound?: NumeralBound } {
  let length = 0;
  let numeral = "";
  let bound: NumeralBound | undefined;
  while (length < simple.length) {
    const tail = simple.slice(length);
    const arabic = ARABIC.exec(tail)?.[0];
    const char = tail[0] ?? "";
    const vague = bound || arabic ? undefined : vagueBound(char, numeral, tail[1] ?? "");
    if (arabic) numeral += arabic.replaceAll(",", "");
    else if (vague) bound = vague;
    else if (wordAt(tail) || !NUMERAL_CHARS.includes(char) || (char === "点" && !numeral)) break;
    else numeral += written[length];
    length += arabic ? arabic.length : 1;
  }
  return { length, numeral, ...(bound && { bound }) };
}

/** Returns the digit after 成 that counts tenths of a 成 (`三成五`, `一成半`), unless more numeral follows. */
function tenthAt(simple: string): Decimal | undefined {
  const [char = "", next = ""] = simple;
  if (/\d/.test(next) || oneOf(NUMERAL_CHARS, next)) return undefined;
  const digit =
    char === "半" ? 5 : oneOf(DIGITS_AFTER_CHENG, char) ? DIGITS_AFTER_CHENG.indexOf(char) + 1 : 0;
  return digit > 0 ? { coefficient: BigInt(digit), exponent: -1 } : undefined;
}

/**
 * Returns the tokens of a normalised amount text, in either script. `~` and `-` before any numeral are "about"
 * and a minus, after one a range. `一` glued to an unknown character (`一些`, `一批`) is a word, not a number.
 */
export function tokenizeAmount(text: string): Token[] {
  const simple = simplifyAmountChars(text);
  const tokens: Token[] = [];
  const push = (token: Token, glued: boolean) => {
    const last = tokens.at(-1);
    if (token.kind === "unknown" && last?.kind === "unknown" && glued) last.text += token.text;
    else tokens.push(token);
  };
  let glued = false;
  for (let i = 0; i < text.length; ) {
    const rest = simple.slice(i);
    const char = rest[0] ?? "";
    if (/\s/.test(char)) {
      i += 1;
      glued = false;
      continue;
    }
    const last = tokens.at(-1);
    const word = wordAt(rest);
    const numeral = word ? undefined : numeralAt(text.slice(i), rest);
    if (char === "~" || char === "-") {
      const sign: Word =
        char === "~" ? { kind: "bound", bound: "approx", place: "before" } : { kind: "sign", sign: -1 };
      push({ text: char, ...(tokens.some((t) => t.kind === "numeral") ? { kind: "range" } : sign) }, glued);
      i += 1;
    } else if (word) {
      const entry = LEXICON.get(word) as Word;
      push({ text: text.slice(i, i + word.length), ...entry }, glued);
      i += word.length;
      // 三成五: the digit after 成 belongs to the amount, not a second number.
      const afterNumeral = entry.kind === "unit" && entry.tenths && glued && last?.kind === "numeral";
      const value = afterNumeral ? tenthAt(simple.slice(i)) : undefined;
      if (value) {
        push({ text: text.slice(i, i + 1), kind: "tenth", value }, true);
        i += 1;
      }
    } else if (numeral?.length && !(numeral.numeral === "一" && isUnknownHan(rest.slice(1)))) {
      const { length, ...found } = numeral;
      push({ text: text.slice(i, i + length), kind: "numeral", ...found }, glued);
      i += length;
    } else {
      const unknown = ASCII_WORD.exec(rest)?.[0] ?? char;
      push({ text: text.slice(i, i + unknown.length), kind: "unknown" }, glued);
      i += unknown.length;
    }
    glued = true;
  }
  return tokens;
}

/** True when `rest` (Traditional mapped) starts with a Chinese character that is neither a numeral nor a known word. */
function isUnknownHan(rest: string): boolean {
  const char = rest[0] ?? "";
  return HAN.test(char) && !NUMERAL_CHARS.includes(char) && wordAt(rest) === undefined;
}
