import type { Lang } from "@newarea/data";

/** Returns the text for `lang` from a pair. */
export function pick<T>(lang: Lang, zh: T, en: T): T {
  return lang === "zh" ? zh : en;
}

/** Joins items as a list in `lang`: zh `甲、乙和丙`, en `a, b and c`. */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const head = items.slice(0, -1).join(lang === "zh" ? "、" : ", ");
  return `${head}${lang === "zh" ? "和" : " and "}${items.at(-1)}`;
}
