import { LEXICON } from "../amount/lexicon.ts";
import { simplifyAmountChars } from "../amount/traditional.ts";
import type { AmountLike } from "./AmountLike.ts";

/** The Chinese classifiers the amount parser reads as a count (个, 家, 支, 项…), longest first. */
const CLASSIFIERS = [...LEXICON]
  .filter(([word, w]) => w.kind === "unit" && w.unit === "count" && /^\p{Script=Han}+$/u.test(word))
  .map(([word]) => word)
  .sort((a, b) => b.length - a.length);

const AFTER_NUMBER = new RegExp(
  `[0-9０-９零〇一二两三四五六七八九十百千万亿]\\s*(${CLASSIFIERS.join("|")})`,
  "u",
);

/**
 * Returns the classifier a count is written with in Chinese: the source's own, after its number in
 * `read_as` or else `as_written` (`7800万支` → `支`, `十大园区` read as `10个` → `个`), `个` when there is none. Traditional characters are read as Simplified (`7800萬支`).
 */
export function countWord(a: AmountLike): string {
  for (const text of [a.read_as, a.as_written]) {
    const found = text ? AFTER_NUMBER.exec(simplifyAmountChars(text))?.[1] : undefined;
    if (found) return found;
  }
  return "个";
}
