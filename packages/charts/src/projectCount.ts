import { formatAmount } from "@newarea/data/format";
import * as Plot from "@observablehq/plot";
import { areaFigure } from "./areaFigure.ts";
import type { ChartOptions } from "./ChartDescription.ts";
import { describeProjectCount } from "./describeProjectCount.ts";
import { pick } from "./localize.ts";
import { PALETTE } from "./palette.ts";
import { DEFAULT_WIDTH, LINE_HEIGHT, plotBase } from "./plotBase.ts";
import type { AreaFigureRow } from "./rows.ts";

/** Cells per column: 125 planned projects fill exactly 25 columns, so the target is a clean rectangle. */
const ROWS = 5;
const MAX_CELL = 22;
const MARGIN = 4;

/**
 * Draws one square per project started or resumed, filled, with the planned number outlined: the
 * squares outside the outline are the projects beyond the plan. Returns Plot's SVG.
 */
export function projectCount(
  rows: readonly AreaFigureRow[],
  options: ChartOptions,
): SVGElement | HTMLElement {
  const { lang } = options;
  const width = options.width ?? DEFAULT_WIDTH;
  const planned = areaFigure(rows, "planned_projects", "projectCount").value;
  const started = areaFigure(rows, "started_projects", "projectCount").value;
  const columns = Math.ceil(Math.max(planned, started) / ROWS);
  const cell = Math.min(MAX_CELL, (width - 2 * MARGIN) / columns);
  const top = LINE_HEIGHT + 8;
  const gridBottom = top + ROWS * cell;
  const at = (i: number) => ({ x: MARGIN + Math.floor(i / ROWS) * cell, y: top + (i % ROWS) * cell });
  const cells = Array.from({ length: started }, (_, i) => at(i));

  // The outline of the first `planned` cells: full columns, then the top of a partial one.
  const full = Math.floor(planned / ROWS);
  const rest = planned % ROWS;
  const px = (col: number) => MARGIN + col * cell;
  const py = (row: number) => top + row * cell;
  const outline = [
    [px(0), py(0)],
    [px(full + (rest ? 1 : 0)), py(0)],
    ...(rest
      ? [
          [px(full + 1), py(rest)],
          [px(full), py(rest)],
        ]
      : []),
    [px(full), py(ROWS)],
    [px(0), py(ROWS)],
    [px(0), py(0)],
  ].map(([x, y]) => ({ x: x as number, y: y as number }));

  const plannedEnd = px(full + (rest ? 1 : 0));
  const startedEnd = px(Math.ceil(started / ROWS));
  const count = (value: number) => formatAmount({ value, unit: "count", bound: "exact" }, lang);
  const labels = [
    {
      x: plannedEnd,
      y: top - 6,
      text: pick(lang, `计划 ${count(planned)}`, `Planned: ${count(planned)}`),
      anchor: "bottom",
    },
    {
      x: startedEnd,
      y: gridBottom + 6,
      text: pick(lang, `已开复工 ${count(started)}`, `Started or resumed: ${count(started)}`),
      anchor: "top",
    },
  ];
  const description = describeProjectCount(rows, options);

  return Plot.plot({
    ...plotBase(description, options),
    height: gridBottom + 8 + LINE_HEIGHT,
    margin: 0,
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.rect(cells, {
        x1: "x",
        y1: "y",
        x2: (d) => d.x + cell,
        y2: (d) => d.y + cell,
        inset: Math.max(0.5, cell * 0.08),
        fill: PALETTE.blue,
        className: "chart-cell",
      }),
      Plot.line(outline, {
        x: "x",
        y: "y",
        stroke: "currentColor",
        strokeWidth: 2,
        className: "chart-target",
      }),
      Plot.ruleX([plannedEnd], { y1: top - 5, y2: top, strokeWidth: 2, className: "chart-target-tick" }),
      Plot.text(
        labels.filter((l) => l.anchor === "bottom"),
        {
          x: "x",
          y: "y",
          text: "text",
          textAnchor: "end",
          lineAnchor: "bottom",
          className: "chart-target-label",
        },
      ),
      Plot.text(
        labels.filter((l) => l.anchor === "top"),
        {
          x: "x",
          y: "y",
          text: "text",
          textAnchor: "end",
          lineAnchor: "top",
          fontWeight: 600,
          className: "chart-count-label",
        },
      ),
    ],
  });
}
