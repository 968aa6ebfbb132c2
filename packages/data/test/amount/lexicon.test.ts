import { expect, test } from "vitest";
import { LEXICON, LEXICON_WORDS } from "../../src/amount/lexicon.ts";
import { simplifyAmountChars } from "../../src/amount/traditional.ts";

test("LEXICON_WORDS lists every word, longest first, so 超过 is tried before 超", () => {
  expect(LEXICON_WORDS).toHaveLength(LEXICON.size);
  expect(LEXICON_WORDS.indexOf("超过")).toBeLessThan(LEXICON_WORDS.indexOf("超"));
  expect(LEXICON_WORDS.indexOf("近似")).toBeLessThan(LEXICON_WORDS.indexOf("近"));
});

test("LEXICON words are already normalised (NFKC, lower case), as tokenizeAmount expects", () => {
  for (const word of LEXICON_WORDS) expect(word.normalize("NFKC").toLowerCase()).toBe(word);
});

test("LEXICON words are in Simplified characters, as the tokenizer matches them after simplifyAmountChars", () => {
  for (const word of LEXICON_WORDS) expect(simplifyAmountChars(word)).toBe(word);
});
