import { type ChartDescription, wrapText } from "@newarea/charts";
import type { Lang } from "@newarea/data";
import { parseHTML } from "linkedom";
import type { ChartState } from "../chartState.ts";
import { CHARTS } from "../charts.ts";
import type { DocumentData } from "../data/documentData.ts";
import { WIDTHS } from "../figureChart.ts";
import { escapeHtml } from "../render/escapeHtml.ts";

// The site's font stacks (global.css), declared in the file: the image is read outside the page, in a
// browser, an editor or librsvg, each with its own system fonts. Chinese first for zh; Latin first for en,
// with the CJK fonts after it for any Chinese name.
const FONTS: Record<Lang, string> = {
  zh: "'PingFang SC','Hiragino Sans GB','Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',sans-serif",
  en: "system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Helvetica Neue',Arial,'PingFang SC','Noto Sans CJK SC','Microsoft YaHei',sans-serif",
};
const XML_LANG: Record<Lang, string> = { zh: "zh-Hans", en: "en" };

/** Around the chart, which is drawn at the wide width. */
const PAD = 24;
const GAP = 12;
const WIDTH = WIDTHS.wide + 2 * PAD;
// Light colours on a white ground whatever the reader's scheme: the file has no page around it.
const COLOR = { ground: "#ffffff", text: "#1b1b1b", muted: "#55595f" };

interface TextStyle {
  size: number;
  line: number;
  bold?: boolean;
  color: string;
}
const STYLES = {
  title: { size: 20, line: 28, bold: true, color: COLOR.text },
  subtitle: { size: 14, line: 21, color: COLOR.muted },
  source: { size: 12, line: 18, color: COLOR.muted },
} satisfies Record<string, TextStyle>;

/** Returns `text` as <text> lines wrapped to the chart's width from `top`, and the y under them. */
function textBlock(text: string, top: number, style: TextStyle): { markup: string; bottom: number } {
  const lines = wrapText(text, WIDTHS.wide, style.size, style.bold);
  const markup = lines
    .map((line, i) => {
      const baseline = top + i * style.line + (style.line - style.size) / 2 + style.size * 0.8;
      return `<text x="${PAD}" y="${baseline.toFixed(1)}" font-size="${style.size}"${style.bold ? ' font-weight="700"' : ""} fill="${style.color}">${escapeHtml(line)}</text>`;
    })
    .join("");
  return { markup, bottom: top + lines.length * style.line };
}

/**
 * Returns a chart's SVG markup made fit to stand inside another SVG file with no stylesheet: Plot's
 * <style> element and style attribute go (a strict Content-Security-Policy blocks them, and librsvg needs
 * none), its font size becomes an attribute and its font family is left to the file's own; it is placed
 * at (x, y) and hidden from assistive technology, the file's <title> and <desc> speaking for it.
 */
function embeddableChart(markup: string, x: number, y: number): { markup: string; height: number } {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  const svg = document.body.firstElementChild;
  if (svg?.tagName.toLowerCase() !== "svg") throw new Error("chart image: the chart is not an <svg>");
  for (const style of svg.querySelectorAll("style")) style.remove();
  const fontSize = /font-size:\s*(\d+(?:\.\d+)?)px/.exec(svg.getAttribute("style") ?? "")?.[1];
  svg.removeAttribute("style");
  svg.removeAttribute("font-family");
  if (fontSize) svg.setAttribute("font-size", fontSize);
  for (const name of ["aria-label", "aria-description", "role"]) svg.removeAttribute(name);
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("x", String(x));
  svg.setAttribute("y", String(y));
  svg.setAttribute("overflow", "visible");
  const height = Number(svg.getAttribute("height"));
  if (!(height > 0)) throw new Error("chart image: the chart's <svg> has no height");
  return { markup: svg.outerHTML, height };
}

/**
 * Returns a standalone SVG file of a chart: XML declaration and namespace, the site's font stacks declared,
 * a white ground, the title, subtitle, the chart (`chartSvg`, drawn at the wide width), the source line and
 * `credit` (who made it and where), with <title> and <desc> (the alt text) for screen readers. Readable
 * opened alone, and what chart.png is rendered from.
 */
export function standaloneChartSvg(
  chartSvg: string,
  d: ChartDescription,
  lang: Lang,
  credit: string,
): string {
  const title = textBlock(d.title, PAD, STYLES.title);
  const subtitle = textBlock(d.subtitle, title.bottom + 4, STYLES.subtitle);
  const chart = embeddableChart(chartSvg, PAD, subtitle.bottom + GAP);
  const source = textBlock(d.source, subtitle.bottom + GAP + chart.height + GAP, STYLES.source);
  const byline = textBlock(credit, source.bottom + 2, STYLES.source);
  const height = Math.ceil(byline.bottom + PAD);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>\n`,
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${XML_LANG[lang]}" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}"`,
    ` font-family="${FONTS[lang]}" color="${COLOR.text}" fill="${COLOR.text}" role="img" aria-labelledby="chart-title chart-desc">`,
    `<title id="chart-title">${escapeHtml(d.title)}</title>`,
    `<desc id="chart-desc">${escapeHtml(`${d.subtitle} ${d.alt} ${d.source}`)}</desc>`,
    `<rect width="100%" height="100%" fill="${COLOR.ground}"/>`,
    title.markup,
    subtitle.markup,
    chart.markup,
    source.markup,
    byline.markup,
    `</svg>\n`,
  ].join("");
}

/**
 * Returns the SVG markup of a chart state at the wide width: the state's own drawing when it is SVG, else
 * the chart's `image` drawing (for a chart drawn as HTML) from its rows. Throws naming the chart when it
 * has neither.
 */
export async function chartSvgOf(state: ChartState, data: DocumentData): Promise<string> {
  if (state.wide.startsWith("<svg")) return state.wide;
  const def = CHARTS[state.chart];
  if (!def?.image)
    throw new Error(`chart ${state.chart} is drawn as HTML and has no image() to draw it as SVG`);
  const rows = await data.named(def.query, def.params);
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return def.image(rows, { ...state.options, description: state.description, width: WIDTHS.wide, document })
    .outerHTML;
}
