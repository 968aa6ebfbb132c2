import type { Lang } from "@newarea/data";

/** What a missing value looks like in every table of the site, in both languages. */
export const NULL_TEXT = "—";

/** What a screen reader says instead of the dash, which it would read as "em dash" or skip. */
export const NULL_SPOKEN: Readonly<Record<Lang, string>> = { zh: "无数值", en: "no value" };

/** Returns the HTML of a missing value in a table cell: the dash, and its words for screen readers. */
export function nullHtml(lang: Lang): string {
  return `<span aria-hidden="true">${NULL_TEXT}</span><span class="sr-only">${NULL_SPOKEN[lang]}</span>`;
}
