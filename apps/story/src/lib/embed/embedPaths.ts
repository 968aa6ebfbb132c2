import type { Lang } from "@newarea/data";
import { escapeHtml, type RenderedChart } from "@newarea/press";
import { localePath } from "../i18n.ts";

/** Returns the site paths of a step's embed page and its images: `/embed/<step>/`, `…/chart.svg`, `…/chart.png`. */
export function embedPaths(lang: Lang, step: string) {
  const page = localePath(lang, `/embed/${step}/`);
  return {
    page,
    svg: `${page}chart.svg`,
    png: `${page}chart.png`,
    story: `${localePath(lang, "/")}#${step}`,
  };
}

/** The script host pages include once to size the embeds. */
export const HOST_SCRIPT = "/embed.js";
/** The embed page's own script (theme, height). */
export const FRAME_SCRIPT = "/embed/frame.js";

// What the embed page's stylesheet (styles/embed.css) sets around the chart, in CSS pixels.
const PAGE = { padding: 24, title: 25, subtitle: 21, source: 20, links: 20, gaps: 34 };
/** The width the default height is estimated for: a typical article column. */
const COLUMN = 640;

/** Returns the width of `text` in ems: a CJK character takes one, anything else a little over half. */
function ems(text: string): number {
  let n = 0;
  for (const c of text) n += /[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.56;
  return n;
}

/**
 * Returns the height an embed's iframe gets before the host script (if any) sizes it: an estimate of
 * the embed page's height in a 640px column, from the chart's height at the wide width and the lines its
 * title, subtitle and source take. Without the script a taller page scrolls inside the iframe.
 */
export function defaultHeight(chart: RenderedChart): number {
  const d = chart.description;
  const lines = (text: string, size: number) => Math.max(1, Math.ceil((ems(text) * size) / COLUMN));
  // An HTML chart (twoMeasures) has no height attribute: two panels of text, about 160px.
  const chartHeight = Number(/^<svg[^>]*\sheight="([\d.]+)"/.exec(chart.wide)?.[1] ?? 160);
  const height =
    PAGE.padding +
    lines(d.title, 18) * PAGE.title +
    lines(d.subtitle, 14) * PAGE.subtitle +
    chartHeight +
    lines(d.source, 13) * PAGE.source +
    PAGE.links +
    PAGE.gaps;
  return Math.ceil(height / 10) * 10;
}

/**
 * Returns the code another site pastes to embed a step's chart: an iframe marked for the host script,
 * with a title, full width and the default height, then the host script. Addresses are absolute when the
 * site's address is known (`site`, from SITE_URL), else site paths.
 */
export function embedCode(lang: Lang, step: string, chart: RenderedChart, site: URL | undefined): string {
  const abs = (path: string) => (site ? new URL(path, site).href : path);
  const title = escapeHtml(chart.description.title);
  return [
    `<iframe src="${abs(embedPaths(lang, step).page)}" title="${title}" data-newarea-embed`,
    ` width="100%" height="${defaultHeight(chart)}" style="border:0" loading="lazy"></iframe>\n`,
    `<script src="${abs(HOST_SCRIPT)}" async></script>`,
  ].join("");
}
