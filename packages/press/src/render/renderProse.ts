import { markdownToHtml } from "satteri";
import { findTokens } from "./findTokens.ts";
import { type ResolvedToken, resolveToken, type TokenData } from "./resolveToken.ts";

/** Where a reader checks a figure: the ledger address for an id. */
export type LedgerHref = (resolved: ResolvedToken) => string;

export interface ProseContext {
  file: string;
  lang: "zh" | "en";
  data: TokenData;
  ledgerHref: LedgerHref;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );
}

/**
 * Returns the Markdown `text` (starting at line `firstLine` of the file) as HTML, each figure token
 * replaced by `<span data-figure="<id>" data-value="<raw value>">formatted</span>`, linked to the ledger.
 * Throws a StoryError, with file and line, for an unknown figure or a malformed token.
 */
export function renderProse(text: string, firstLine: number, ctx: ProseContext): string {
  const tokens = findTokens(text, ctx.file, firstLine);
  const filled = tokens.map((t) => resolveToken(t, ctx.data, ctx.lang, ctx.file));
  // Placeholders that Markdown leaves alone, swapped for the HTML after rendering.
  let i = 0;
  const marked = text.replace(/\{([A-Za-z]+):([^{}\n]*)\}/g, () => `FIGTOKEN${i++}X`);
  const { html } = markdownToHtml(marked, { features: { smartPunctuation: ctx.lang === "en" } });
  return html.replace(/FIGTOKEN(\d+)X/g, (_, n: string) => {
    const r = filled[Number(n)] as ResolvedToken;
    const format = r.format ? ` data-format="${escapeHtml(r.format)}"` : "";
    return (
      `<span class="fig" data-figure="${escapeHtml(r.id)}" data-kind="${r.kind}" data-value="${escapeHtml(r.value)}"${format}>` +
      `<a href="${escapeHtml(ctx.ledgerHref(r))}">${escapeHtml(r.text)}</a></span>`
    );
  });
}
