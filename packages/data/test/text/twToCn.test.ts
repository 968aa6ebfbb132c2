import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import CJK_COMPATIBILITY from "opencc-js/dict/CJK_Compatibility_Ideographs";
import TS_CHARACTERS from "opencc-js/dict/TSCharacters";
import TS_PHRASES from "opencc-js/dict/TSPhrases";
import TW_VARIANTS_REV from "opencc-js/dict/TWVariantsRev";
import TW_VARIANTS_REV_PHRASES from "opencc-js/dict/TWVariantsRevPhrases";
import { Converter, Locale } from "opencc-js/t2cn";
import { expect, test } from "vitest";
import { TW2S_TABLE_FILE, tw2sTableSource } from "../../scripts/tw2sTable.ts";
import { COMPATIBILITY_IDEOGRAPH, twToCn } from "../../src/text/twToCn.ts";

// The reference: opencc-js's own converter, as toSimplified used it before twToCn.
const reference = Converter({ from: "tw", to: "cn" });

test("scripts/tw2sTable.ts reads the dictionaries of opencc-js's tw → cn configuration, in its order", () => {
  expect(Locale.configs?.tw2s).toEqual({
    normalizationChain: [[CJK_COMPATIBILITY]],
    segmentation: [TS_PHRASES],
    conversionChain: [
      [TW_VARIANTS_REV_PHRASES, TW_VARIANTS_REV],
      [TS_PHRASES, TS_CHARACTERS],
    ],
  });
});

test("src/text/tw2sTable.ts is what scripts/tw2sTable.ts makes from the installed opencc-js", () => {
  // Stale after an opencc-js upgrade: run `npm run gen:tw2s -w @newarea/data`.
  expect(readFileSync(TW2S_TABLE_FILE, "utf8")).toBe(tw2sTableSource());
});

test("every key of the normalize dictionary starts with a compatibility ideograph (text without one skips it)", () => {
  const keys = CJK_COMPATIBILITY.split("|").map((line) => line.split(" ")[0] as string);
  expect(keys.length).toBeGreaterThan(1000);
  for (const key of keys) expect(COMPATIBILITY_IDEOGRAPH.test(key), key).toBe(true);
});

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const sourcesDir = new URL("../../../../data/sources/", import.meta.url);

test("twToCn(text) converts the seed article, the scraped patterns and every source record as opencc-js does", () => {
  const texts = [
    fixture("seed.txt"),
    fixture("patterns.txt"),
    ...readdirSync(sourcesDir).map((f) => readFileSync(new URL(f, sourcesDir), "utf8")),
  ];
  expect(texts.length).toBeGreaterThan(10);
  for (const text of texts) expect(twToCn(text)).toBe(reference(text));
  // It converts at all: the seed is Traditional.
  expect(twToCn(fixture("seed.txt"))).not.toBe(fixture("seed.txt"));
});

// Every key of the dictionaries tw → cn uses, so that random text hits phrases, their beginnings and their
// overlaps, not only single characters.
const keys = [CJK_COMPATIBILITY, TS_PHRASES, TS_CHARACTERS, TW_VARIANTS_REV_PHRASES, TW_VARIANTS_REV].flatMap(
  (dict) => dict.split("|").map((line) => line.split(" ")[0] as string),
);
// Two phrases sharing a character, 李澤鉅 and 鉅著 in 李澤鉅著: where OpenCC cuts the text decides which one
// converts.
const phrases = keys.filter((k) => [...k].length > 1);
const overlaps = phrases.flatMap((a) =>
  phrases.filter((b) => a.endsWith([...b][0] as string)).map((b) => a + [...b].slice(1).join("")),
);
const piece = fc.oneof(
  fc.constantFrom(...keys),
  fc.constantFrom(...overlaps),
  // The start of a phrase, cut before its end.
  fc
    .constantFrom(...keys.filter((k) => [...k].length > 1))
    .chain((k) => fc.nat([...k].length - 1).map((n) => [...k].slice(0, n).join(""))),
  // Ideographic description characters, private-use and astral characters, lone surrogates, ASCII.
  fc.constantFrom("⿰", "⿲", "⿻", "\ue000", "𠀀", "𪚥", "\ud800", "\udc00", "a", " ", "|", "，"),
  fc.string({ unit: "binary", maxLength: 3 }),
);

test("twToCn(text) equals opencc-js's tw → cn converter on random Traditional text", () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join("");
      expect(twToCn(text)).toBe(reference(text));
    }),
    { numRuns: 3000, seed: 7 },
  );
});
