/**
 * A run of Chinese text: Han characters and CJK punctuation, with the digits written inside or before them
 * (1080亿, 5000万元以上, 第3行). Latin letters end a run: they belong to the page's own language.
 */
const CJK = "\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF";
const RUN = new RegExp(`(?:[0-9][0-9.,]*)?[${CJK}]+(?:[0-9.,]*[${CJK}]+)*`, "gu");
export const HAS_CJK = new RegExp(`[${CJK}]`, "u");

/**
 * Wraps every run of Chinese in `text` (HTML-escaped text, no tags) in `<wrapper lang="zh-Hans">`: on an
 * English page, screen readers then say it with a Chinese voice (WCAG 2.2, 3.1.2).
 */
export function wrapChineseRuns(text: string, wrapper: "span" | "tspan" = "span"): string {
  return text.replace(RUN, (run) => `<${wrapper} lang="zh-Hans">${run}</${wrapper}>`);
}
