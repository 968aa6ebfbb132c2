import type { InvestmentRow, Lang } from "@newarea/data";
import { formatAmount } from "@newarea/data/format";
import {
  type ChartDescription,
  type DescribeOptions,
  HEADINGS,
  type PublisherName,
  SUBJECT_KEY,
  tableColumns,
} from "./ChartDescription.ts";
import { type FigureGroup, type InvestmentSubject, investmentModel } from "./investmentModel.ts";
import { joinList, pick } from "./localize.ts";
import { publisherName, sourceIds, sourceLine } from "./sourceLine.ts";

/** Options of `investmentScale` and `describeInvestmentScale`. */
export interface InvestmentScaleOptions extends DescribeOptions {
  /** A subject id to bring forward; the other rows are dimmed. */
  highlight?: string;
  /** The planned total investment of the year's projects, in yuan: the axis then reaches it, with a marked rule. */
  total?: number;
  /** Name the publisher of each figure under its row. */
  showSources?: boolean;
}

const EN_COUNTS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** Returns who gives a figure: zh `主要来源及另1篇报道，2018年`, en `primary source and one other report, 2018`. */
export function groupProvenance(group: FigureGroup, lang: Lang): string {
  const parts: string[] = [];
  if (group.hasPrimary) parts.push(pick(lang, "主要来源", "primary source"));
  if (group.otherCount > 0) {
    const n = group.otherCount;
    const years = joinList(group.otherYears, lang);
    parts.push(
      lang === "zh"
        ? `另${n}篇报道，${years}年`
        : `${EN_COUNTS[n] ?? n} other ${n === 1 ? "report" : "reports"}, ${years}`,
    );
  }
  return parts.join(pick(lang, "及", " and "));
}

/**
 * Returns who publishes a figure, each with its own words: zh `178亿元：长春日报；约178亿元：中国吉林网`,
 * en `CNY 17.8 billion: Changchun Daily; about CNY 17.8 billion: China Jilin Net`.
 */
export function groupPublishers(
  group: FigureGroup,
  lang: Lang,
  sources?: Readonly<Record<string, PublisherName>>,
): string {
  return group.wordings
    .map((w) => {
      const names = joinList(
        w.sourceIds.map((id) => publisherName(id, lang, sources)),
        lang,
      );
      return `${w.text}${lang === "zh" ? "：" : ": "}${names}`;
    })
    .join(lang === "zh" ? "；" : "; ");
}

/**
 * Returns what a subject's row says, for alt text: zh `精细化工产业园：175亿元（主要来源）至178亿元（另2篇报道，
 * 2023年）`, en `…: more than CNY 10 billion (primary source), an open lower bound`, or its 未披露.
 */
export function investmentStatement(s: InvestmentSubject, lang: Lang): string {
  const zh = lang === "zh";
  if (s.shape === "undisclosed") return `${s.name}${zh ? "：" : ": "}${s.label}`;
  const say = (g: FigureGroup) =>
    zh ? `${g.label}（${groupProvenance(g, lang)}）` : `${g.label} (${groupProvenance(g, lang)})`;
  const said = s.groups.map(say).join(zh ? "至" : " to ");
  const open = s.openEnded ? pick(lang, "，只是下限", ", an open lower bound") : "";
  return `${s.name}${zh ? "：" : ": "}${said}${open}`;
}

/**
 * Returns the title, subtitle, alt text, source line and data table of `investmentScale` for the same
 * rows and options: one table row per subject drawn.
 */
export function describeInvestmentScale(
  rows: readonly InvestmentRow[],
  options: InvestmentScaleOptions,
): ChartDescription {
  const { lang, total, sources } = options;
  const subjects = investmentModel(rows, lang);
  const zh = lang === "zh";
  const statements = subjects.map((s) => investmentStatement(s, lang));
  const totalText =
    total === undefined ? "" : formatAmount({ value: total, unit: "CNY", bound: "exact" }, lang);
  const alt =
    (zh
      ? `各园区和项目的总投资，按最高数字排列。${statements.join("；")}。`
      : `Total investment, largest first. ${statements.join("; ")}.`) +
    (total === undefined
      ? ""
      : pick(
          lang,
          `作为参照，全年计划项目总投资${totalText}。`,
          ` For scale, the planned total investment of the year's projects is ${totalText}.`,
        ));
  return {
    title: pick(lang, "各园区和项目的总投资", "Total investment of each park and project"),
    // The same in every state: the total's dashed line is labelled where it is drawn.
    subtitle: pick(
      lang,
      "人民币元，同一坐标轴。来源说法不一时画出区间，每个点是一个数字",
      "CNY, on one axis. Where sources disagree, a range with one dot per figure",
    ),
    alt,
    source: sourceLine(sourceIds(rows), lang, sources),
    table: {
      columns: tableColumns(lang, {
        subject: HEADINGS.subject,
        investment: HEADINGS.investment,
        low_cny: HEADINGS.lowCny,
        high_cny: HEADINGS.highCny,
        sources: ["来源及原文写法", "Sources and their figures"],
      }),
      rows: subjects.map((s) => ({
        [SUBJECT_KEY]: s.id,
        subject: s.name,
        investment: s.label,
        low_cny: s.low,
        high_cny: s.high,
        sources: s.groups.map((g) => groupPublishers(g, lang, sources)).join(zh ? "；" : "; "),
      })),
    },
  };
}
