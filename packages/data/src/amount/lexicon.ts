import type { Bound, Unit } from "../types.ts";

/** Where a word may stand relative to the number. */
export type Place = "before" | "after" | "either";

/** A word that is not the number itself: a qualifier, a unit, a sign, a magnitude, a range marker. */
export type Word =
  /** `magnitudeOnly`: the word stands only before a numeral that starts with 十百千万亿 (上亿, 上百亿, not 上5亿). */
  | { kind: "bound"; bound: Bound; place: Place; magnitudeOnly?: true }
  /** `tenths`: 成 counts tenths, may take one more digit (三成五 = 3.5成, 一成半 = 1.5成) and stops at 十成. */
  | {
      kind: "unit";
      unit: Unit;
      currency?: "CNY" | "USD";
      exponent: number;
      factor?: number;
      place: Place;
      tenths?: true;
    }
  | { kind: "magnitude"; exponent: number }
  | { kind: "sign"; sign: 1 | -1 }
  | { kind: "range" }
  | { kind: "filler" };

const bound = (b: Bound, place: Place, words: string[]) =>
  words.map((w) => [w, { kind: "bound", bound: b, place }] as const);
const unit = (u: Unit, exponent: number, place: Place, words: string[], factor?: number) =>
  words.map((w) => {
    const currency = u === "CNY" || u === "USD" ? u : undefined;
    return [
      w,
      { kind: "unit", unit: u, exponent, place, ...(currency && { currency }), ...(factor && { factor }) },
    ] as const;
  });
const of = (word: Word, words: string[]) => words.map((w) => [w, word] as const);

/**
 * Every word `parseAmount` knows, lower case, after NFKC normalisation (so `㎡` is `m2`, `％` is `%`), in
 * Simplified characters: the tokenizer maps Traditional ones first (`simplifyAmountChars`).
 * `~` and `-` are not here: before the number they are "about" and a minus, after it a range.
 */
export const LEXICON: ReadonlyMap<string, Word> = new Map<string, Word>([
  ...bound("at_least", "before", ["超", "超过", "逾", "不少于", "不低于", "至少", "大于", "高于", "≥", ">"]),
  // 过亿, 过100亿元: past it; 突破千亿, 破亿: broke through it.
  ...bound("at_least", "before", ["过", "突破", "破"]),
  // 上亿, 上百亿, 上千万: reaching that magnitude, so at least one of it.
  ...of({ kind: "bound", bound: "at_least", place: "before", magnitudeOnly: true }, ["上"]),
  ...bound("at_least", "before", ["more than", "over", "above", "at least", "no less than", "not less than"]),
  ...bound("at_least", "before", ["in excess of", "upwards of"]),
  ...bound("at_least", "after", ["以上", "多", "余", "or more"]),
  ...bound("approx", "before", ["约", "大约", "大概", "近似", "约合"]),
  ...bound("approx", "before", ["about", "around", "approximately", "approx.", "roughly", "some", "circa"]),
  ...bound("approx", "after", ["左右", "上下"]),
  ...bound("at_most", "before", [
    "近",
    "将近",
    "接近",
    "不到",
    "不足",
    "不超过",
    "不高于",
    "至多",
    "最多",
    "小于",
  ]),
  ...bound("at_most", "before", [
    "低于",
    "≤",
    "<",
    "nearly",
    "almost",
    "close to",
    "less than",
    "under",
    "below",
  ]),
  ...bound("at_most", "before", ["up to", "at most", "no more than", "not more than"]),
  ...bound("at_most", "after", ["以下", "以内", "or less"]),
  ...bound("order_of_magnitude", "before", ["on the order of", "of the order of", "in the order of"]),
  // 量级 as our formatter writes a magnitude (百亿元量级), 级 as reporters do (百亿级).
  ...bound("order_of_magnitude", "after", ["级", "量级"]),
  ...unit("CNY", 0, "after", ["元", "yuan"]),
  ...unit("CNY", 0, "either", ["人民币", "cny", "rmb"]),
  ...unit("USD", 0, "after", ["美元", "us dollars", "dollars"]),
  ...unit("USD", 0, "either", ["usd", "us$"]),
  ...unit("USD", 0, "before", ["$"]),
  ...unit("count", 0, "after", [
    "个",
    "家",
    "支",
    "项",
    "台",
    "套",
    "辆",
    "件",
    "座",
    "户",
    "名",
    "人",
    "所",
    "栋",
  ]),
  ...unit("ratio", -2, "after", ["%", "percent", "per cent", "百分点", "个百分点", "percentage points"]),
  ...unit("ratio", -2, "before", ["百分之"]),
  ...of({ kind: "unit", unit: "ratio", exponent: -1, place: "after", tenths: true }, ["成"]),
  // 平方公尺 is how Taiwan writes square metres (公尺 = metre).
  ...unit("m2", 0, "after", [
    "平方米",
    "平米",
    "平方公尺",
    "m2",
    "sq m",
    "sqm",
    "square metres",
    "square meters",
  ]),
  ...unit("m2", 6, "after", [
    "平方公里",
    "平方千米",
    "km2",
    "sq km",
    "square kilometres",
    "square kilometers",
  ]),
  ...unit("m2", 4, "after", ["公顷", "hectares", "hectare", "ha"]),
  // 1 亩 = 10000/15 m², not a power of ten.
  ...unit("m2", 0, "after", ["亩"], 2000 / 3),
  ...of({ kind: "magnitude", exponent: 3 }, ["thousand"]),
  ...of({ kind: "magnitude", exponent: 6 }, ["million", "mn"]),
  ...of({ kind: "magnitude", exponent: 9 }, ["billion", "bn"]),
  ...of({ kind: "magnitude", exponent: 12 }, ["trillion"]),
  ...of({ kind: "sign", sign: 1 }, ["+", "增长", "增加", "提高", "上升", "增"]),
  ...of({ kind: "sign", sign: -1 }, ["下降", "减少", "降低", "回落", "下滑", "降"]),
  ...of({ kind: "range" }, ["到", "至", "–", "—", "〜", "to", "and", "between"]),
  ...of({ kind: "filler" }, ["同比", "较上年", "比上年"]),
]);

/** The longest word first, so that `超过` wins over `超` and `近似` over `近`. */
export const LEXICON_WORDS: readonly string[] = [...LEXICON.keys()].sort((a, b) => b.length - a.length);
