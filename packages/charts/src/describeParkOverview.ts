import type { Lang, SubjectOverviewRow } from "@newarea/data";
import {
  type ChartDescription,
  type DescribeOptions,
  HEADINGS,
  SUBJECT_KEY,
  tableColumns,
} from "./ChartDescription.ts";
import { investmentStatement } from "./describeInvestmentScale.ts";
import { pick } from "./localize.ts";
import { knownPhrase, type OverviewSubject, parkOverviewModel } from "./parkOverviewModel.ts";
import { sourceIds, sourceLine } from "./sourceLine.ts";

/** Options of `parkOverview` and `describeParkOverview`. */
export interface ParkOverviewOptions extends DescribeOptions {
  /** A subject id to bring forward; the other rows are dimmed. */
  highlight?: string;
}

/** Returns the name of the subject a phase belongs to, or null for a park or project of the area. */
function parentName(s: OverviewSubject, subjects: readonly OverviewSubject[]): string | null {
  return subjects.find((p) => p.id === s.parentId)?.name ?? null;
}

/** Returns a subject's statement for the alt text, saying which park a phase is part of. */
function statement(s: OverviewSubject, subjects: readonly OverviewSubject[], lang: Lang): string {
  const parent = parentName(s, subjects);
  const said = investmentStatement(s, lang);
  if (parent === null) return said;
  // "…phase I (part of …): 未披露"
  const cut = said.indexOf(lang === "zh" ? "：" : ": ");
  const part = pick(lang, `（属于${parent}）`, ` (part of ${parent})`);
  return `${said.slice(0, cut)}${part}${said.slice(cut)}`;
}

/**
 * Returns the title, subtitle, alt text, source line and data table of `parkOverview`: every park, project and
 * zone in reading order, what is known of its total investment up to the story's year, and how many figures,
 * milestones and later reports it has; one table row per subject, with its id for the link to its page.
 */
export function describeParkOverview(
  rows: readonly SubjectOverviewRow[],
  options: ParkOverviewOptions,
): ChartDescription {
  const { lang, sources } = options;
  const subjects = parkOverviewModel(rows, lang);
  const zh = lang === "zh";
  const statements = subjects.map((s) => statement(s, subjects, lang));
  return {
    title: pick(
      lang,
      "各园区、项目和片区：已知的总投资",
      "Every park, project and zone: what is known of its total investment",
    ),
    subtitle: pick(
      lang,
      "人民币元，同一坐标轴。来源说法不一时画出区间；只是下限的数字末端渐隐；分期列在所属园区之下；后来的报道不计入",
      "CNY, on one axis. A range where sources disagree, a fading end where a figure is only a floor; phases under their park; later reports left out",
    ),
    alt: zh
      ? `按已知的最高总投资排列，分期列在所属园区之下，片区列在最后。${statements.join("；")}。`
      : `By the highest total investment known, phases under their park, zones last. ${statements.join("; ")}.`,
    source: sourceLine(sourceIds(rows), lang, sources),
    table: {
      columns: tableColumns(lang, {
        subject: ["园区、项目或片区", "Park, project or zone"],
        part_of: ["所属", "Part of"],
        investment: HEADINGS.investment,
        low_cny: HEADINGS.lowCny,
        high_cny: HEADINGS.highCny,
        known: ["已知内容", "What is known"],
      }),
      rows: subjects.map((s) => ({
        [SUBJECT_KEY]: s.id,
        subject: s.name,
        part_of: parentName(s, subjects),
        investment: s.label,
        low_cny: s.low,
        high_cny: s.high,
        known: knownPhrase(s, lang),
      })),
    },
  };
}
