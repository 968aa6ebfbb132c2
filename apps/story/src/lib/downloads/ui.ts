import type { Lang } from "@newarea/data";

/** The data page's interface words, per language. */
export const DOWNLOADS_UI = {
  zh: {
    dataTitle: "数据下载：报道使用的全部数据表",
    dataDescription:
      "长春新区2023年重点项目报道所用的全部数据表，提供 Parquet、CSV、JSON 和 Arrow 格式，附数据字典和 SHA-256 校验值。",
    dataIntro:
      "报道和分析笔记用到的每一张数据表，都可以在这里下载。四种格式内容相同：Parquet 适合数据分析软件，CSV 适合电子表格，JSON 适合程序，Arrow 是笔记在浏览器里载入的格式。每个文件附 SHA-256 校验值，可以核对下载的文件是否完整、未被改动。",
    diaryLink: "数据日志：每一项清理和判断的记录（英文）",
    notebookLink: "在分析笔记里用 SQL 查询这些表",
    packageLink: "datapackage.json：按 Frictionless 数据包标准描述全部文件",
    // Follows the link text directly, so it brings its own full stop.
    packageNote:
      "。它列出每个文件的大小和 SHA-256 校验值，以及每张表每一列的类型、中英文含义、允许的取值和表之间的关联。R 的 frictionless 包、Python 的 frictionless 库等工具读取它，就能按正确的类型载入这些表。",
    files: "文件",
    format: "格式",
    size: "大小",
    checksum: "SHA-256",
    tableRows: (n: number) => `${n} 行`,
    dictionary: "数据字典",
    column: "列",
    type: "类型",
    unit: "单位",
    meaning: "含义",
    nullable: "可为空",
    tableTitles: {
      sources: "来源",
      subjects: "对象（新区、园区、项目）",
      figures: "数字",
      milestones: "时间节点",
    },
  },
  en: {
    dataTitle: "Data: every table behind the story",
    dataDescription:
      "Every table behind our story on Changchun New Area's 2023 key projects, as Parquet, CSV, JSON and Arrow, with a data dictionary and SHA-256 checksums.",
    dataIntro:
      "Every table the story and the notebook use can be downloaded here. The four formats hold the same rows: Parquet for analysis software, CSV for spreadsheets, JSON for programs, and Arrow, which the notebook loads in your browser. Each file has a SHA-256 checksum, so you can check that what you downloaded is complete and unchanged.",
    diaryLink: "The data diary: every cleaning step and judgement we made",
    notebookLink: "Query these tables with SQL in the notebook",
    packageLink: "datapackage.json: every file described as a Frictionless Data Package",
    packageNote:
      ". It lists each file's size and SHA-256 checksum and, for every column of every table, its type, its meaning in English and Chinese, the values it may take and how the tables join. Tools such as the frictionless package for R and the frictionless library for Python read it to load the tables with the right types.",
    files: "Files",
    format: "Format",
    size: "Size",
    checksum: "SHA-256",
    tableRows: (n: number) => `${n} rows`,
    dictionary: "Data dictionary",
    column: "Column",
    type: "Type",
    unit: "Unit",
    meaning: "Meaning",
    nullable: "may be empty",
    tableTitles: {
      sources: "Sources",
      subjects: "Subjects (the area, parks, projects)",
      figures: "Figures",
      milestones: "Milestones",
    },
  },
} as const satisfies Record<Lang, unknown>;
