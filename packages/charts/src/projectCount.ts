import type { AreaFigureRow } from "@newarea/data";
import { formatAmount } from "@newarea/data/format";
import * as Plot from "@observablehq/plot";
import { areaFigure } from "./areaFigure.ts";
import type { ChartOptions } from "./ChartDescription.ts";
import { describeProjectCount } from "./describeProjectCount.ts";
import { pick } from "./localize.ts";
import { keyed, markKey } from "./markKey.ts";
import { PALETTE } from "./palette.ts";
import { DEFAULT_WIDTH, LINE_HEIGHT, plotBase } from "./plotBase.ts";

/** Cells per column: 125 planned projects fill exactly 25 columns, so the target is a clean rectangle. */
const ROWS = 5;
const MAX_CELL = 22;
const MARGIN = 4;

/** Where the squares, the outline of the plan and the two labels go, in pixels. */
function waffle(planned: number, started: number, width: number) {
  const columns = Math.ceil(Math.max(planned, started) / ROWS);
  const cell = Math.min(MAX_CELL, (width - 2 * MARGIN) / columns);
  const top = LINE_HEIGHT + 8;
  const px = (col: number) => MARGIN + col * cell;
  const py = (row: number) => top + row * cell;
  const cells = Array.from({ length: started }, (_, i) => ({
    key: markKey("started_projects", String(i + 1)),
    x: px(Math.floor(i / ROWS)),
    y: py(i % ROWS),
  }));
  // The outline of the first `planned` cells: full columns, then the top of a partial one.
  const full = Math.floor(planned / ROWS);
  const rest = planned % ROWS;
  const corners = [
    [0, 0],
    [full + (rest ? 1 : 0), 0],
    ...(rest
      ? [
          [full + 1, rest],
          [full, rest],
        ]
      : []),
    [full, ROWS],
    [0, ROWS],
    [0, 0],
  ];
  const outline = corners.map(([col = 0, row = 0]) => ({ x: px(col), y: py(row) }));
  return {
    cell,
    top,
    bottom: py(ROWS),
    cells,
    outline,
    plannedEnd: px(full + (rest ? 1 : 0)),
    startedEnd: px(Math.ceil(started / ROWS)),
  };
}

/**
 * Draws one square per project started or resumed, filled, with the planned number outlined: the
 * squares outside the outline are the projects beyond the plan. Returns Plot's SVG.
 */
export function projectCount(
  rows: readonly AreaFigureRow[],
  options: ChartOptions,
): SVGElement | HTMLElement {
  const { lang } = options;
  const planned = areaFigure(rows, "planned_projects", "projectCount").value;
  const started = areaFigure(rows, "started_projects", "projectCount").value;
  const w = waffle(planned, started, options.width ?? DEFAULT_WIDTH);
  const count = (value: number) => formatAmount({ value, unit: "count", bound: "exact" }, lang);
  const target = [
    {
      key: "planned_projects",
      x: w.plannedEnd,
      y: w.top - 6,
      text: pick(lang, `计划 ${count(planned)}`, `Planned: ${count(planned)}`),
    },
  ];
  const done = [
    {
      key: "started_projects",
      x: w.startedEnd,
      y: w.bottom + 6,
      text: pick(lang, `已开复工 ${count(started)}`, `Started or resumed: ${count(started)}`),
    },
  ];
  const label = { x: "x", y: "y", text: "text", textAnchor: "end" } as const;

  return Plot.plot({
    ...plotBase(options.description ?? describeProjectCount(rows, options), options),
    height: w.bottom + 8 + LINE_HEIGHT,
    margin: 0,
    x: { type: "identity", axis: null },
    y: { type: "identity", axis: null },
    marks: [
      Plot.rect(w.cells, {
        x1: "x",
        y1: "y",
        x2: (d) => d.x + w.cell,
        y2: (d) => d.y + w.cell,
        inset: Math.max(0.5, w.cell * 0.08),
        fill: PALETTE.blue,
        className: "chart-cell",
        ...keyed(w.cells),
      }),
      Plot.line(w.outline, {
        x: "x",
        y: "y",
        stroke: "currentColor",
        strokeWidth: 2,
        className: "chart-target",
      }),
      Plot.ruleX([w.plannedEnd], {
        y1: w.top - 5,
        y2: w.top,
        strokeWidth: 2,
        className: "chart-target-tick",
      }),
      Plot.text(target, {
        ...label,
        lineAnchor: "bottom",
        className: "chart-target-label",
        ...keyed(target),
      }),
      Plot.text(done, {
        ...label,
        lineAnchor: "top",
        fontWeight: 600,
        className: "chart-count-label",
        ...keyed(done),
      }),
    ],
  });
}
