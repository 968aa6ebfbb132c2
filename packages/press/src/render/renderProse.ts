import type { Lang } from "@newarea/data";
import type { Prose } from "../parse/parseDocument.ts";
import { escapeHtml } from "./escapeHtml.ts";
import { renderMarkdown } from "./renderMarkdown.ts";
import { type ResolvedToken, resolveToken, type TokenData } from "./resolveToken.ts";

/** Where a reader checks a figure: the ledger address for a resolved token. */
export type LedgerHref = (resolved: ResolvedToken) => string;

export interface ProseContext {
  file: string;
  lang: Lang;
  data: TokenData;
  ledgerHref: LedgerHref;
}

/**
 * Returns prose as HTML, each figure token replaced by
 * `<span class="fig" data-figure="<id>" data-kind data-value="<raw value>">formatted</span>` linked to the
 * ledger. Throws a DocumentError, with file, line and column, for an unknown figure or option.
 */
export function renderProse(prose: Prose, ctx: ProseContext): string {
  const filled = prose.tokens.map((t) => resolveToken(t, ctx.data, ctx.lang, ctx.file));
  // Placeholders that Markdown leaves alone, swapped for the HTML after rendering.
  let text = prose.text;
  for (let i = prose.tokens.length - 1; i >= 0; i--) {
    const t = prose.tokens[i];
    if (t) text = `${text.slice(0, t.index)}FIGTOKEN${i}X${text.slice(t.index + t.raw.length)}`;
  }
  return renderMarkdown(text, ctx.lang === "en").replace(/FIGTOKEN(\d+)X/g, (_, n: string) => {
    const r = filled[Number(n)] as ResolvedToken;
    return figureHtml(r, ctx.ledgerHref(r));
  });
}

/**
 * Returns a figure or date as the site prints it in text, linked to where a reader checks it:
 * `<span class="fig" data-figure="<id>" data-kind data-value="<raw value>" [data-format]><a href>text</a></span>`.
 */
export function figureHtml(r: ResolvedToken, href: string): string {
  const format = r.format ? ` data-format="${escapeHtml(r.format)}"` : "";
  return (
    `<span class="fig" data-figure="${escapeHtml(r.id)}" data-kind="${r.kind}" data-value="${escapeHtml(r.value)}"${format}>` +
    `<a href="${escapeHtml(href)}">${escapeHtml(r.text)}</a></span>`
  );
}
