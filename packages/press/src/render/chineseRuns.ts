/**
 * A run of Chinese text: Han characters and CJK punctuation, with the digits written inside or before them
 * (1080亿, 5000万元以上, 第3行). Latin letters end a run: they belong to the page's own language.
 */
const CJK = "\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF";
const RUN = new RegExp(`(?:[0-9][0-9.,]*)?[${CJK}]+(?:[0-9.,]*[${CJK}]+)*`, "gu");
const HAS_CJK = new RegExp(`[${CJK}]`, "u");

/** Returns true when `text` holds a Chinese character. */
export function hasChinese(text: string): boolean {
  return HAS_CJK.test(text);
}

/**
 * Wraps each run of Chinese in `html` (text already escaped, no tags) in an element marked
 * `lang="zh-Hans"`: `<span>` in HTML, `<tspan>` in SVG text. Used for the built pages and for what the
 * browser draws after a notebook run, so that both give the same markup.
 */
export function wrapChineseRuns(html: string, wrapper: "span" | "tspan" = "span"): string {
  return html.replace(RUN, (run) => `<${wrapper} lang="zh-Hans">${run}</${wrapper}>`);
}
