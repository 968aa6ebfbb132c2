import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir, escapeHtml, renderMarkdown } from "@newarea/press";

/**
 * Returns the data diary as HTML. Links are turned into plain text with the address shown, since the site
 * links to no other origin and the repository's relative paths do not exist on the site; in-page #links stay.
 */
export function renderDiary(): string {
  const html = renderMarkdown(readFileSync(join(dataDir(), "README.md"), "utf8"), true);
  return html.replace(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (whole, href: string, text: string) => {
    if (href.startsWith("#")) return whole;
    const shown = text.replace(/<[^>]+>/g, "");
    return shown === href ? `<code>${text}</code>` : `${text} (<code>${escapeHtml(href)}</code>)`;
  });
}
