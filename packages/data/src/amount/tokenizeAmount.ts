import { NUMERAL_CHARS } from "./chineseNumeral.ts";
import { LEXICON, LEXICON_WORDS, type Word } from "./lexicon.ts";

/** A piece of an amount: a numeral (still unread), a known word, or text nobody knows. */
export type Token = { text: string } & (
  | { kind: "numeral"; numeral: string; atLeast: boolean }
  | Word
  | { kind: "unknown" }
);

const ARABIC = /^(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/;
const MAGNITUDE_CHARS = "十百千万亿";
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

/** Returns the numeral starting `rest`: digits with `,` groups, Chinese numeral characters, and `多`/`余` inside (`100多亿`). */
function numeralAt(rest: string): { length: number; numeral: string; atLeast: boolean } {
  let length = 0;
  let numeral = "";
  let atLeast = false;
  while (length < rest.length) {
    const tail = rest.slice(length);
    const arabic = ARABIC.exec(tail)?.[0];
    const char = tail[0] ?? "";
    if (arabic) numeral += arabic.replaceAll(",", "");
    else if ((char === "多" || char === "余") && numeral && MAGNITUDE_CHARS.includes(tail[1] ?? ""))
      atLeast = true;
    else if (wordAt(tail) || !NUMERAL_CHARS.includes(char) || (char === "点" && !numeral)) break;
    else numeral += char;
    length += arabic ? arabic.length : 1;
  }
  return { length, numeral, atLeast };
}

/**
 * Returns the tokens of a normalised amount text. `~` and `-` before any numeral are "about" and a minus,
 * after one a range. `一` glued to an unknown character (`一些`, `一批`) is a word, not a number.
 */
export function tokenizeAmount(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (token: Token, glued: boolean) => {
    const last = tokens.at(-1);
    if (token.kind === "unknown" && last?.kind === "unknown" && glued) last.text += token.text;
    else tokens.push(token);
  };
  let glued = false;
  for (let i = 0; i < text.length; ) {
    const rest = text.slice(i);
    const char = rest[0] ?? "";
    if (/\s/.test(char)) {
      i += 1;
      glued = false;
      continue;
    }
    const seenNumeral = tokens.some((t) => t.kind === "numeral");
    const word = wordAt(rest);
    const numeral = word ? undefined : numeralAt(rest);
    if (char === "~" || char === "-") {
      const sign: Word =
        char === "~" ? { kind: "bound", bound: "approx", place: "before" } : { kind: "sign", sign: -1 };
      push({ text: char, ...(seenNumeral ? { kind: "range" } : sign) }, glued);
      i += 1;
    } else if (word) {
      push({ text: word, ...(LEXICON.get(word) as Word) }, glued);
      i += word.length;
    } else if (numeral?.length && !(numeral.numeral === "一" && isUnknownHan(rest.slice(1)))) {
      const { numeral: n, atLeast } = numeral;
      push({ text: rest.slice(0, numeral.length), kind: "numeral", numeral: n, atLeast }, glued);
      i += numeral.length;
    } else {
      const unknown = ASCII_WORD.exec(rest)?.[0] ?? char;
      push({ text: unknown, kind: "unknown" }, glued);
      i += unknown.length;
    }
    glued = true;
  }
  return tokens;
}

/** True when `rest` starts with a Chinese character that is neither a numeral nor a known word. */
function isUnknownHan(rest: string): boolean {
  const char = rest[0] ?? "";
  return HAN.test(char) && !NUMERAL_CHARS.includes(char) && wordAt(rest) === undefined;
}
