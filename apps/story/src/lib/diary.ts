import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { markdownToHtml } from "satteri";
import { escapeHtml } from "./story/renderProse.ts";

/** Returns the path of the repository's data/README.md (the data diary), searching up from the working folder. */
export function diaryPath(): string {
  let dir = resolve(process.cwd());
  for (;;) {
    const candidate = join(dir, "data", "README.md");
    if (existsSync(candidate) && existsSync(join(dir, "packages"))) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error("cannot find data/README.md (the data diary) above the working folder");
    dir = up;
  }
}

/**
 * Returns the data diary as HTML. Links are turned into plain text with the address shown, since the site
 * links to no other origin and the repository's relative paths do not exist on the site; in-page #links stay.
 */
export function renderDiary(): string {
  const { html } = markdownToHtml(readFileSync(diaryPath(), "utf8"), {
    features: { smartPunctuation: true },
  });
  return html.replace(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (whole, href: string, text: string) => {
    if (href.startsWith("#")) return whole;
    const shown = text.replace(/<[^>]+>/g, "");
    return shown === href ? `<code>${text}</code>` : `${text} (<code>${escapeHtml(href)}</code>)`;
  });
}
