import type { Bound, Lang, SubjectKind } from "./types.ts";

/** What each kind of subject is called, in Chinese and English. */
export const SUBJECT_KIND_WORDS: Readonly<Record<SubjectKind, { zh: string; en: string }>> = {
  area: { zh: "新区", en: "new area" },
  zone: { zh: "片区", en: "zone" },
  park: { zh: "园区", en: "park" },
  project: { zh: "项目", en: "project" },
};

/** Returns the word for a kind of subject in `lang`: `park` → zh `园区`, en `park`. */
export function subjectKindLabel(kind: SubjectKind, lang: Lang): string {
  return SUBJECT_KIND_WORDS[kind][lang];
}

/**
 * How exact a figure is, in words for readers: a name and what it means. `at_least` covers 超 and 以上 alike,
 * so it says "not less than", which both satisfy (以上 includes the number itself).
 */
export const BOUND_WORDS: Readonly<
  Record<Bound, { zh: string; en: string; zhMeaning: string; enMeaning: string }>
> = {
  exact: {
    zh: "确数",
    en: "exact",
    zhMeaning: "原文给出的就是这个数，没有“约”“超”等限定",
    enMeaning: "the source gives this number without a qualifier such as about or more than",
  },
  at_least: {
    zh: "下限",
    en: "floor",
    zhMeaning: "来源只说不少于这个数，没有说多出多少",
    enMeaning: "the source says only that it is at least this much, not how much more",
  },
  at_most: {
    zh: "上限",
    en: "ceiling",
    zhMeaning: "来源只说不超过这个数",
    enMeaning: "the source says only that it is at most this much",
  },
  approx: {
    zh: "约数",
    en: "approximate",
    zhMeaning: "来源写的是约数",
    enMeaning: "the source gives it as an approximate figure",
  },
  order_of_magnitude: {
    zh: "量级",
    en: "order of magnitude",
    zhMeaning: "来源只给出量级，例如“百亿级”",
    enMeaning: "the source gives only an order of magnitude, such as 百亿级 (of the order of ten billion)",
  },
};

/** Returns the name of a bound in `lang`: `at_least` → zh `下限`, en `floor`. */
export function boundLabel(bound: Bound, lang: Lang): string {
  return BOUND_WORDS[bound][lang];
}

/** Returns what a bound means, in a phrase for readers in `lang`. */
export function boundMeaning(bound: Bound, lang: Lang): string {
  return lang === "zh" ? BOUND_WORDS[bound].zhMeaning : BOUND_WORDS[bound].enMeaning;
}
