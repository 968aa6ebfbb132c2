import type { Lang } from "@newarea/data";
import { wrapChineseRuns } from "../render/chineseRuns.ts";
import { escapeHtml } from "../render/escapeHtml.ts";
import { nullHtml } from "../render/nullDisplay.ts";
import { formatCell } from "./formatCell.ts";
import type { CellResult } from "./runCell.ts";
import { NB_UI } from "./ui.ts";

/**
 * Returns a cell's result as an HTML table (every value escaped), for the built page and for the browser
 * after a run: the same markup both times.
 */
export function renderResultTable(result: CellResult, lang: Lang): string {
  const ui = NB_UI[lang];
  if (result.columns.length === 0) return `<p class="nb-empty">${escapeHtml(ui.noColumns)}</p>`;
  const head = result.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("");
  // A column of one language (note_en, name_zh…) says so, whatever the page's: a Chinese page's English
  // notes are English text, not Chinese.
  const langs = result.columns.map((c) =>
    c.endsWith("_en") ? ' lang="en"' : c.endsWith("_zh") ? ' lang="zh-Hans"' : "",
  );
  const body = result.rows
    .map((row) => {
      const cells = result.columns.map((c, i) => {
        const v = formatCell(row[c], lang);
        // On an English page, Chinese in a column of no one language (as_written…) is marked as the site's
        // middleware marks built pages: the browser's re-run gives the same markup.
        const text = v.kind === "null" ? "" : escapeHtml(v.text);
        const marked = lang === "en" && v.kind === "text" && !langs[i] ? wrapChineseRuns(text) : text;
        const shown = v.kind === "null" ? nullHtml(lang) : marked;
        const attrs = `${v.kind === "text" ? "" : ` class="${v.kind}"`}${v.kind === "text" ? (langs[i] ?? "") : ""}`;
        return `<td${attrs}>${shown}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Returns the line under a result: how many rows, how many shown, and where it was computed. */
export function resultSummary(result: CellResult, lang: Lang, ms?: number): string {
  const ui = NB_UI[lang];
  const rows =
    result.count > result.rows.length
      ? ui.rowsCapped(result.rows.length, result.count)
      : ui.rows(result.count);
  const where = ms === undefined ? ui.baked : ui.ranHere(ms < 10 ? ms.toFixed(1) : String(Math.round(ms)));
  return `${rows} · ${where}`;
}
