import type { Lang } from "@newarea/data";

/** The two languages of the site: `zh` (Simplified Chinese, the default, at /) and `en` (at /en/). */
export const LANGS: readonly Lang[] = ["zh", "en"];

/** The `lang` attribute of each language's pages. */
export const HTML_LANG: Record<Lang, string> = { zh: "zh-Hans", en: "en" };

/** og:locale of each language. */
export const OG_LOCALE: Record<Lang, string> = { zh: "zh_CN", en: "en_US" };

/** Returns a site path for `lang`: `/sources/` → `/en/sources/` in English. */
export function localePath(lang: Lang, path = "/"): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  return lang === "zh" ? clean : `/en${clean}`;
}

/** Interface words, per language. */
export const UI = {
  zh: {
    siteName: "长春新区2023重点项目",
    skip: "跳到正文",
    switchTo: "English",
    switchLabel: "Read this in English",
    story: "报道",
    sources: "来源与核查",
    notebook: "分析笔记",
    data: "数据下载",
    sourcesTitle: "来源与核查：每一个数字从哪里来",
    sourcesDescription:
      "长春新区2023年重点项目报道中每个数字的出处、原文写法、我们的读法，以及各来源之间的分歧。",
    published: "发布",
    updated: "更新",
    byline: "作者",
    /** Punctuation between a label and what it names, and after a sentence, in this language. */
    colon: "：",
    stop: "。",
    dataTable: "数据表",
    getData: "下载数据（CSV）",
    howWeGotThis: "数据是怎么来的",
    chartOf: "图表",
    prevStep: "上一步",
    nextStep: "下一步",
    stepNav: "图表步骤",
    stepOf: (i: number, n: number) => `第${i}步，共${n}步`,
    keysHint: "按 J／K 键前后切换",
    sourcesListTitle: "来源",
    primary: "主要来源",
    secondary: "其他报道",
    address: "地址",
    via: "转载或镜像",
    noAddress: "原始地址不详",
    addressNote: "地址以文字列出，不设链接：本站不加载、也不链接任何外部网站。",
    ledgerIntro:
      "报道里的每一个数字都列在这里：谁发布的、哪天发布、原文怎么写、我们怎么读。几家来源说法不一时，我们把各方数字都列出来，不替读者挑选。",
    conflictsTitle: "来源之间的分歧",
    conflictsIntro: "同一对象、同一指标、同一时期，不同来源给出了不同的数字。",
    figuresTitle: "全部数字",
    diaryTitle: "数据日志",
    diaryLink: "数据日志：每一项清理和判断的记录（英文）",
    colFigure: "数字",
    colSubject: "对象",
    colMeasure: "指标",
    colValue: "数值",
    colAsWritten: "原文写法",
    colReadAs: "我们的读法",
    colNote: "说明",
    colWhere: "位置",
    colSource: "来源",
    colDate: "日期",
    range: "区间",
    backToStory: "回到报道",
    notFound: "页面不存在",
    notFoundBody: "这个地址没有内容。",
    footerNote:
      "数据新闻部制作。文中每个数字都由构建程序从同一份数据填入，并链接到出处；图表在发布时生成，不用脚本也能完整阅读。",
  },
  en: {
    siteName: "Changchun New Area 2023 key projects",
    skip: "Skip to the story",
    switchTo: "中文",
    switchLabel: "阅读中文版",
    story: "Story",
    sources: "Sources and fact check",
    notebook: "Notebook",
    data: "Data",
    sourcesTitle: "Sources and fact check: where every figure comes from",
    sourcesDescription:
      "Every figure in our story on Changchun New Area's 2023 key projects: who published it, as written, how we read it, and where sources disagree.",
    published: "Published",
    updated: "Updated",
    byline: "By",
    colon: ": ",
    stop: ". ",
    dataTable: "Data table",
    getData: "Get the data (CSV)",
    howWeGotThis: "How we got this",
    chartOf: "Chart",
    prevStep: "Previous step",
    nextStep: "Next step",
    stepNav: "Chart steps",
    stepOf: (i: number, n: number) => `Step ${i} of ${n}`,
    keysHint: "Keys J / K move between steps",
    sourcesListTitle: "Sources",
    primary: "Primary source",
    secondary: "Other reports",
    address: "Address",
    via: "read via",
    noAddress: "original address unknown",
    addressNote:
      "Addresses are printed as text, not links: this site loads nothing from, and links to no, other website.",
    ledgerIntro:
      "Every figure in the story is listed here: who published it and when, the words as written, and how we read them. Where sources disagree we show every figure rather than pick one for you.",
    conflictsTitle: "Where sources disagree",
    conflictsIntro: "The same subject, measure and period, with different figures from different sources.",
    figuresTitle: "Every figure",
    diaryTitle: "Data diary",
    diaryLink: "The data diary: every cleaning step and judgement we made",
    colFigure: "Figure",
    colSubject: "Subject",
    colMeasure: "Measure",
    colValue: "Value",
    colAsWritten: "As written",
    colReadAs: "Read as",
    colNote: "Note",
    colWhere: "Where",
    colSource: "Source",
    colDate: "Date",
    range: "range",
    backToStory: "Back to the story",
    notFound: "Page not found",
    notFoundBody: "There is nothing at this address.",
    footerNote:
      "Made by the data desk. Every figure in the text is filled in by the build from one dataset and linked to its source; the charts are drawn when the page is published and read in full without scripts.",
  },
} as const;
