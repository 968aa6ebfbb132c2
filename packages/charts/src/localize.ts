import type { Lang } from "./rows.ts";

/** Returns the text for `lang` from a pair. */
export function pick<T>(lang: Lang, zh: T, en: T): T {
  return lang === "zh" ? zh : en;
}

/** Returns a subject's name in `lang` from a row carrying both names under `<prefix>zh` and `<prefix>en`. */
export function subjectName(row: { name_zh: string; name_en: string }, lang: Lang): string {
  return lang === "zh" ? row.name_zh : row.name_en;
}

/** Joins items as a list in `lang`: zh `甲、乙和丙`, en `a, b and c`. */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const head = items.slice(0, -1).join(lang === "zh" ? "、" : ", ");
  return `${head}${lang === "zh" ? "和" : " and "}${items.at(-1)}`;
}
