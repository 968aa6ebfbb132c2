import { markdownToHtml } from "satteri";

/**
 * Returns Markdown as HTML, the one way the site renders Markdown (Astro's own renderer, satteri):
 * CommonMark with GFM tables and lists; `smart` turns straight quotes and dashes into typographic ones
 * (English text only: Chinese text has its own punctuation).
 */
export function renderMarkdown(text: string, smart: boolean): string {
  return markdownToHtml(text, { features: { smartPunctuation: smart } }).html;
}
