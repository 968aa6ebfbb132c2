import { Converter } from "opencc-js/cn2t";
import { describe, expect, test } from "vitest";
import { NUMERAL_CHARS } from "../../src/amount/chineseNumeral.ts";
import { LEXICON_WORDS } from "../../src/amount/lexicon.ts";
import { simplifyAmountChars, TRADITIONAL_PAIRS } from "../../src/amount/traditional.ts";
import { toSimplified } from "../../src/text/toSimplified.ts";

const HAN = /\p{Script=Han}/u;

/** Every Chinese word the parser knows: the lexicon, the numeral characters, 几 and 数 of 几十亿 and 数亿. */
const VOCABULARY = [...LEXICON_WORDS.filter((w) => HAN.test(w)), ...NUMERAL_CHARS, "几", "数"];

test("simplifyAmountChars('１０８０億元以內') maps the amount words' characters, one for one", () => {
  expect(simplifyAmountChars("1080億元以內")).toBe("1080亿元以内");
  expect(simplifyAmountChars("約兩萬個")).toBe("约两万个");
  expect(simplifyAmountChars("9平方公裡")).toBe("9平方公里");
  expect(simplifyAmountChars("5噸 tonnes")).toBe("5噸 tonnes");
});

test("TRADITIONAL_PAIRS agree with OpenCC: each Traditional character becomes its Simplified one", () => {
  for (const [traditional, simplified] of TRADITIONAL_PAIRS) {
    expect(toSimplified(traditional), traditional).toBe(simplified);
  }
});

// OpenCC's conversions to generic Traditional, Taiwan (characters and phrases) and Hong Kong forms stand in
// for what a reporter in either script writes: every word the parser knows must come back unchanged.
describe.each(["t", "tw", "twp", "hk"] as const)("OpenCC cn → %s", (to) => {
  const toTraditional = Converter({ from: "cn", to });
  test("simplifyAmountChars(Traditional form) is the word itself, for every word the parser knows", () => {
    const missed = VOCABULARY.filter((w) => simplifyAmountChars(toTraditional(w)) !== w).map(
      (w) => `${w} → ${toTraditional(w)}`,
    );
    expect(missed).toEqual([]);
  });
});

test("VOCABULARY has Traditional forms to check: the table is not tested against nothing", () => {
  const toTraditional = Converter({ from: "cn", to: "tw" });
  const changed = VOCABULARY.filter((w) => toTraditional(w) !== w);
  expect(changed).toEqual(expect.arrayContaining(["亿", "万", "两", "点", "约", "余", "级", "个", "超过"]));
});
