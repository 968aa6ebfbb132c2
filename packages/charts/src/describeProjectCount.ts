import type { AreaFigureRow } from "@newarea/data";
import { formatAmount, measureLabel } from "@newarea/data/format";
import { areaFigure, maybeAreaFigure } from "./areaFigure.ts";
import { type ChartDescription, type DescribeOptions, HEADINGS, tableColumns } from "./ChartDescription.ts";
import { pick } from "./localize.ts";
import { sourceLine } from "./sourceLine.ts";

/**
 * Returns the title, subtitle, alt text, source line and table of `projectCount`: the planned number of
 * projects and the number started or resumed, one table row each.
 */
export function describeProjectCount(
  rows: readonly AreaFigureRow[],
  options: DescribeOptions,
): ChartDescription {
  const { lang } = options;
  const planned = areaFigure(rows, "planned_projects", "projectCount");
  const started = areaFigure(rows, "started_projects", "projectCount");
  const threshold = maybeAreaFigure(rows, "project_size_threshold");
  const count = (r: AreaFigureRow) => formatAmount(r, lang);
  const size = threshold
    ? pick(lang, `、单个投资${formatAmount(threshold, lang)}的`, ` of ${formatAmount(threshold, lang)} each`)
    : "";
  const difference = started.value - planned.value;
  const versus =
    difference === 0
      ? pick(lang, "与计划数相同", "as many as planned")
      : lang === "zh"
        ? `比计划数${difference > 0 ? "多" : "少"}${Math.abs(difference)}个`
        : `${Math.abs(difference)} ${difference > 0 ? "more" : "fewer"} than planned`;
  return {
    title: pick(lang, "计划开复工的项目与已开复工的项目", "Projects planned to start and projects started"),
    subtitle: pick(
      lang,
      `全年计划开复工${size}项目${count(planned)}，目前已开复工${count(started)}。每格代表一个项目`,
      `Projects${size} planned to start or resume this year: ${count(planned)}; started or resumed so far: ${count(started)}. One square per project`,
    ),
    alt: pick(
      lang,
      `方格图：已开复工项目${count(started)}，${versus}；计划数${count(planned)}以方框标出。`,
      `Square chart: ${count(started)} projects started or resumed, ${versus}; the ${count(planned)} planned are outlined.`,
    ),
    source: sourceLine([planned.source_id, started.source_id], lang, options.sources),
    table: {
      columns: tableColumns(lang, {
        measure: HEADINGS.measure,
        projects: ["项目数", "Projects"],
        count: HEADINGS.value,
        as_written: HEADINGS.asWritten,
      }),
      rows: [
        {
          measure: measureLabel(planned.measure, lang),
          projects: count(planned),
          count: planned.value,
          as_written: planned.as_written,
        },
        {
          measure: measureLabel(started.measure, lang),
          projects: count(started),
          count: started.value,
          as_written: started.as_written,
        },
      ],
    },
  };
}
