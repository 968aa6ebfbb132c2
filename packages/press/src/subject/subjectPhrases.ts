import type { Lang } from "@newarea/data";

/*
 * The sentences of a subject's page, per language. Every argument is HTML already (names and quotes escaped
 * by the caller), so that a figure can be a linked element inside a sentence. Each sentence says what the
 * sources say and no more: a floor is called a floor, a later report is called one, and a disagreement is
 * listed reading by reading, never settled.
 */

/** Who gave a reading: publisher, date, and whether it is the primary source or a later report. */
export interface ReadingWords {
  publisher: string;
  date: string;
  primary: boolean;
  later: boolean;
  /** The text as written, quoted (`<q>`). */
  written: string;
  /** The figure as the site prints it, linked (`<span class="fig">`). */
  figure: string;
  /** Whether the text as written says more than the figure printed (`二期投资18亿元` for 18亿元). */
  writtenDiffers: boolean;
}

const zhWho = (r: ReadingWords) =>
  `${r.publisher}（${[r.date, r.primary ? "主要来源" : "", r.later ? "后来的报道" : ""].filter(Boolean).join("，")}）`;
// Commas, not brackets: a publisher's name may hold brackets of its own ("China Tibet Online (tibet.cn)").
const enWho = (r: ReadingWords) =>
  [r.publisher, r.date, r.primary ? "the primary source" : "", r.later ? "a later report" : ""]
    .filter(Boolean)
    .join(", ");

const enCount = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The sentences of a subject page: one set per language. */
export interface SubjectPhrases {
  title: (name: string) => string;
  description: (name: string, kind: string, investment: string, disagreements: boolean) => string;
  investmentSummary: (label: string, disputed: boolean, floor: boolean) => string;
  noInvestmentSummary: string;
  counts: (figures: number, milestones: number, sources: number, later: number) => string;
  investment: (readings: readonly ReadingWords[], disputed: boolean) => string;
  noInvestment: (laterHasIt: boolean) => string;
  bounded: (written: string, bound: string, meaning: string) => string;
  later: (n: number, year: string) => string;
  laterIntro: (year: string) => string;
  disagreement: (measure: string, period: string, readings: readonly ReadingWords[]) => string;
  status: Readonly<Record<"planned" | "done", string>>;
  partOf: (parent: string) => string;
  sqlIntro: string;
}

/** The sentences of the subject pages in Chinese. */
const zh: SubjectPhrases = {
  title: (name) => `${name}：数字、时间节点与出处`,
  description: (name, kind, investment, disagreements) =>
    `${name}（${kind}）：${investment}。我们找到的报道中关于它的每个数字和时间节点，各自注明出处${disagreements ? "；来源之间的分歧逐一列出" : ""}。`,
  investmentSummary: (label, disputed, floor) =>
    `总投资${label}${disputed ? `，来源说法不一${floor ? "，最高的数字只是下限" : ""}` : floor ? "（只是下限）" : ""}`,
  noInvestmentSummary: "总投资未披露",
  counts: (figures, milestones, sources, later) =>
    figures + milestones > 0
      ? `本页列出我们找到的报道中关于它的${[figures ? `${figures}个数字` : "", milestones ? `${milestones}个时间节点` : ""].filter(Boolean).join("和")}，出自${sources}篇报道。`
      : later > 0
        ? "除后来的报道外，我们找到的报道没有给出它的数字或时间节点。"
        : "我们找到的报道没有给出它的数字或时间节点。",
  investment: (readings: readonly ReadingWords[], disputed: boolean) =>
    `${disputed ? "总投资，各来源说法不一" : "总投资"}：${readings.map((r) => `${r.figure}（${r.publisher}）`).join("；")}。`,
  noInvestment: (laterHasIt: boolean) =>
    laterHasIt
      ? "除后来的报道外，我们找到的报道都没有给出它的总投资；后来的报道给出的数字列在本页最后。"
      : "我们找到的报道都没有给出它的总投资。",
  bounded: (written: string, bound: string, meaning: string) => `${written}是${bound}：${meaning}。`,
  later: (n: number, year: string) =>
    `另有${n}个数字出自后来的报道，单独列在本页最后，不与${year}年的数字混在一起。`,
  laterIntro: (year: string) =>
    `下列数字描述的是${year}年以后的情况：或者所属时期在${year}年之后，或者是${year}年之后的报道给出的总量数字（如总投资、面积）。它们与上面${year}年的数字分开列出。`,
  disagreement: (measure: string, period: string, readings: readonly ReadingWords[]) =>
    `${readings.length}个来源给出的${measure}${period ? `（${period}）` : ""}不同：${readings
      .map((r) => `${zhWho(r)}给出${r.figure}${r.writtenDiffers ? `（原文${r.written}）` : ""}`)
      .join("；")}。我们把各方数字都列出来，不替读者挑选。`,
  status: { planned: "计划", done: "已完成" },
  partOf: (parent: string) => `属于${parent}`,
  sqlIntro:
    "下面的查询语句列出本页的全部数字和时间节点。可以粘贴到分析笔记的任一查询单元格中运行，或下载数据表自己查询。",
};

/** The sentences of the subject pages in English. */
const en: SubjectPhrases = {
  title: (name) => `${name}: figures, dates and sources`,
  description: (name, kind, investment, disagreements) =>
    `${name} (${kind}): ${investment}. Every figure and date the reports we found give for it, each with its source${disagreements ? "; where sources disagree, every reading" : ""}.`,
  investmentSummary: (label, disputed, floor) =>
    `total investment ${label}${disputed ? `, sources disagree${floor ? "; the highest figure is only a floor" : ""}` : floor ? " (only a floor)" : ""}`,
  noInvestmentSummary: "total investment not disclosed",
  counts: (figures, milestones, sources, later) =>
    figures + milestones > 0
      ? `This page lists the ${[figures ? enCount(figures, "figure", "figures") : "", milestones ? enCount(milestones, "milestone", "milestones") : ""].filter(Boolean).join(" and ")} the reports we found give for it, from ${enCount(sources, "report", "reports")}.`
      : later > 0
        ? "Apart from later reports, the reports we found give no figures or milestones for it."
        : "The reports we found give no figures or milestones for it.",
  investment: (readings, disputed) =>
    `${disputed ? "Total investment, where the sources disagree" : "Total investment"}: ${readings
      .map((r) => `${r.figure} from ${r.publisher}`)
      .join("; ")}.`,
  noInvestment: (laterHasIt) =>
    laterHasIt
      ? "Apart from later reports, none of the reports we found gives its total investment; what later reports give is listed at the end of this page."
      : "None of the reports we found gives its total investment.",
  bounded: (written, bound, meaning) => `${written} is a ${bound}: ${meaning}.`,
  later: (n, year) =>
    `${enCount(n, "more figure comes", "more figures come")} from later reports, listed apart at the end of this page, not mixed with the ${year} figures.`,
  laterIntro: (year) =>
    `These figures describe a time after ${year}: their period starts after ${year}, or they are totals (such as a total investment or an area) given by a report published after ${year}. They are listed apart from the ${year} figures above.`,
  disagreement: (measure, period, readings) =>
    `${readings.length} sources give different figures for the ${measure}${period ? ` (${period})` : ""}: ${readings
      .map((r) => `${enWho(r)}, wrote ${r.written} (${r.figure})`)
      .join("; ")}. We show every figure rather than pick one.`,
  status: { planned: "planned", done: "done" },
  partOf: (parent) => `Part of ${parent}`,
  sqlIntro:
    "The query below lists every figure and milestone on this page. Paste it into any query cell of the notebook to run it, or download the tables and query them yourself.",
};

/** The sentences of the subject pages, per language. */
export const SUBJECT_PHRASES: Readonly<Record<Lang, SubjectPhrases>> = { zh, en };
