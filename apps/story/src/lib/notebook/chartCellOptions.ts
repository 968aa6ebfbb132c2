import { CHARTS, checkOption } from "../charts/registry.ts";
import type { Lang } from "../i18n.ts";
import type { SiteData } from "../siteData.ts";

/**
 * Returns the options a chart cell's chart is drawn with — the same ones a story step with the same
 * written options gets: language, publisher names, and `highlight`, `total`, `sources` when written. They
 * are plain JSON, so that the browser can redraw the chart with them. Returns an error message instead
 * when the chart or an option is unknown.
 */
export function chartCellOptions(
  chart: string,
  written: Record<string, string>,
  lang: Lang,
  data: SiteData,
): { options: Record<string, unknown> } | { error: string } {
  const spec = CHARTS[chart];
  if (!spec) return { error: `unknown chart "${chart}"; known: ${Object.keys(CHARTS).join(", ")}` };
  for (const [key, value] of Object.entries(written)) {
    const opt = spec.options[key];
    if (!opt)
      return {
        error: `unknown option "${key}" for chart ${chart}; it takes: from, ${Object.keys(spec.options).join(", ")}`,
      };
    const problem = checkOption(opt, value, data.subjectIds);
    if (problem) return { error: `option ${key}: ${problem}` };
  }
  const sources = Object.fromEntries(
    data.sources.map((s) => [s.id, { zh: s.publisher_zh, en: s.publisher_en }]),
  );
  const options: Record<string, unknown> = { lang, sources };
  if (written.highlight) options.highlight = written.highlight;
  if (written.total === "on") {
    options.total = data.tokens.named.get("area_key_figures")?.get("planned_total_investment")?.value;
  }
  if (written.sources === "on") options.showSources = true;
  return { options };
}
