import type { OutputPromiseRow } from "@newarea/data";
import { measureLabel } from "@newarea/data/format";
import { group } from "d3";
import {
  type ChartDescription,
  type DescribeOptions,
  HEADINGS,
  SUBJECT_KEY,
  tableColumns,
} from "./ChartDescription.ts";
import { pick } from "./localize.ts";
import {
  mergePromises,
  promiseAmount,
  promisePanels,
  promiseUpper,
  sourceCountNote,
} from "./promiseModel.ts";
import { publisherName, sourceIds, sourceLine } from "./sourceLine.ts";

/** Options of `outputPromises` and `describeOutputPromises`. */
export interface OutputPromisesOptions extends DescribeOptions {
  /** A subject id to bring forward; the other subjects are dimmed. */
  highlight?: string;
}

/**
 * Returns the title, subtitle, alt text, source line and table of `outputPromises`. The alt text gives each
 * promise drawn once, panel by panel (output value, then capacity), with how many sources give it; the table has one row per source figure, with its lower
 * and upper ends in yuan.
 */
export function describeOutputPromises(
  rows: readonly OutputPromiseRow[],
  options: OutputPromisesOptions,
): ChartDescription {
  const { lang, sources } = options;
  const zh = lang === "zh";
  const statements = promisePanels(rows).map(({ panel, rows: panelRows }) => {
    const subjects = [...group(mergePromises(panelRows), (m) => m.row.subject_id).values()].map((ms) => {
      const name = zh ? (ms[0]?.row.subject_name_zh ?? "") : (ms[0]?.row.subject_name_en ?? "");
      const said = ms.map(
        ({ row: r, sourceCount }) =>
          `${measureLabel(r.measure, lang)}${zh ? "" : " "}${promiseAmount(r, lang)}${sourceCountNote(sourceCount, lang)}`,
      );
      return zh ? `${name}：${said.join("；")}` : `${name}: ${said.join("; ")}`;
    });
    return zh ? `${panel.zh}栏——${subjects.join("。")}` : `${panel.en} panel — ${subjects.join(". ")}`;
  });
  return {
    title: pick(lang, "建成后的承诺：产值与产能", "What is promised once built: output and capacity"),
    subtitle: pick(
      lang,
      "产值和产能是不同的量，分两栏，各有一根坐标轴。对数刻度，每格是前一格的10倍；量级画成区间。这些不是投资额",
      "Output value and capacity are different measures, in two panels with an axis each. Log scale: each gridline is ten times the last; an order of magnitude is a band. Not investment",
    ),
    alt: zh
      ? `承诺的产值和产能，分两栏，各用一根对数坐标轴，不能相互比较。${statements.join("。")}。`
      : `Promised output and capacity, in separate panels on log axes of their own, not to be compared. ${statements.join(". ")}.`,
    source: sourceLine(sourceIds(rows), lang, sources),
    table: {
      columns: tableColumns(lang, {
        subject: HEADINGS.subject,
        measure: HEADINGS.measure,
        promise: ["承诺", "Promise"],
        low_cny: ["下端（元）", "Low end (CNY)"],
        high_cny: ["上端（元）", "High end (CNY)"],
        as_written: HEADINGS.asWritten,
        source: HEADINGS.source,
      }),
      rows: rows.map((r) => ({
        [SUBJECT_KEY]: r.subject_id,
        subject: zh ? r.subject_name_zh : r.subject_name_en,
        measure: measureLabel(r.measure, lang),
        promise: promiseAmount(r, lang),
        low_cny: r.value,
        high_cny: promiseUpper(r),
        as_written: r.as_written,
        source: publisherName(r.source_id, lang, sources),
      })),
    },
  };
}
