import type { MilestoneTimelineRow } from "@newarea/data";
import { group } from "d3";
import {
  type ChartDescription,
  type DescribeOptions,
  HEADINGS,
  SUBJECT_KEY,
  tableColumns,
} from "./ChartDescription.ts";
import { pick } from "./localize.ts";
import { distinctMilestones, milestoneLabel, milestonesInWindow, windowMonth } from "./milestoneModel.ts";
import { publisherName, sourceIds, sourceLine } from "./sourceLine.ts";

/** Options of `milestoneTimeline` and `describeMilestoneTimeline`. */
export interface MilestoneTimelineOptions extends DescribeOptions {
  /** First day shown, ISO `YYYY-MM-DD`; 2023-04-01 when not given. */
  from?: string;
  /** Last day shown, ISO `YYYY-MM-DD`; 2024-12-31 when not given. */
  to?: string;
  /** A subject id to bring forward; the other subjects are dimmed. */
  highlight?: string;
}

/**
 * Returns the title, subtitle, alt text, source line and table of `milestoneTimeline`: the alt text gives each
 * milestone drawn once, the table one row per source row in the window; the subtitle and alt say how many
 * milestones fall outside the window.
 */
export function describeMilestoneTimeline(
  rows: readonly MilestoneTimelineRow[],
  options: MilestoneTimelineOptions,
): ChartDescription {
  const { lang, sources } = options;
  const { from, to, shown, outside } = milestonesInWindow(rows, options);
  const zh = lang === "zh";
  const status = (r: MilestoneTimelineRow) =>
    r.status === "done" ? pick(lang, "已完成", "done") : pick(lang, "计划", "planned");
  const span = zh
    ? `${windowMonth(from, lang)}至${windowMonth(to, lang)}`
    : `${windowMonth(from, lang)} to ${windowMonth(to, lang)}`;
  const left =
    outside === 0
      ? ""
      : zh
        ? `；另有${outside}个节点在此时段之外，未画出`
        : `; ${outside} ${outside === 1 ? "milestone falls" : "milestones fall"} outside this window and ${outside === 1 ? "is" : "are"} not shown`;
  const statements = [...group(distinctMilestones(shown), (r) => r.subject_id).values()].map((ms) => {
    const name = zh ? (ms[0]?.subject_name_zh ?? "") : (ms[0]?.subject_name_en ?? "");
    const said = ms.map((m) =>
      zh ? `${milestoneLabel(m, lang)}（${status(m)}）` : `${milestoneLabel(m, lang)} (${status(m)})`,
    );
    return zh ? `${name}：${said.join("；")}` : `${name}: ${said.join("; ")}`;
  });
  return {
    title: pick(lang, "项目节点：已完成与计划", "Milestones, done and planned"),
    subtitle: zh
      ? `${span}。实心为已完成，空心为计划（截至报道时）${left}`
      : `${span}. Filled marks are done, hollow ones planned (as of the report)${left}`,
    alt: zh
      ? `${span}的项目节点。${statements.join("。")}。${outside ? `另有${outside}个节点在此时段之外。` : ""}`
      : `Milestones from ${span}. ${statements.join(". ")}.${outside ? ` ${outside} more ${outside === 1 ? "falls" : "fall"} outside this window.` : ""}`,
    source: sourceLine(sourceIds(shown), lang, sources),
    table: {
      columns: tableColumns(lang, {
        subject: HEADINGS.subject,
        milestone: ["节点", "Milestone"],
        status: ["状态", "Status"],
        date_start: ["最早日期", "Earliest day"],
        date_end: ["最晚日期", "Latest day"],
        source: HEADINGS.source,
      }),
      rows: shown.map((r) => ({
        [SUBJECT_KEY]: r.subject_id,
        subject: zh ? r.subject_name_zh : r.subject_name_en,
        milestone: milestoneLabel(r, lang),
        status: status(r),
        date_start: r.date_start,
        date_end: r.date_end,
        source: publisherName(r.source_id, lang, sources),
      })),
    },
  };
}
