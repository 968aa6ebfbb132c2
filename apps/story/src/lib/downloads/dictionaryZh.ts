import type { TableName } from "@newarea/data";

/**
 * The data dictionary's meanings in Chinese, column by column (TABLES in @newarea/data holds the English).
 * A column added there without a line here fails the build of /data/, never shows up blank.
 */
export const DICTIONARY_ZH: Record<TableName, Record<string, string>> = {
  sources: {
    id: "来源编号，即 data/sources/ 中的文件名",
    kind: "primary（本报道依据的主要文章）或 secondary（其他报道）",
    publisher_zh: "发布者（中文）",
    publisher_en: "发布者（英文）",
    title_zh: "标题（中文；原标题不详时为我们所拟）",
    title_en: "标题（英文，我们的译文）",
    date: "发布日期，ISO 格式，精确到已知的程度（YYYY、YYYY-MM 或 YYYY-MM-DD）",
    url: "存档副本中记录的地址，可能被截断",
    via: "副本读取自的网站或镜像（不是发布者本身时）",
    reliability: "使用这个来源时要注意什么",
  },
  subjects: {
    id: "对象编号：新区、园区或项目",
    name_zh: "来源中的写法，简体中文",
    name_en: "英文名称",
    kind: "area（新区）、park（园区）或 project（项目）",
    sector: "所属产业",
    parent_id: "所属的园区或项目（分期时）",
    note: "备注",
  },
  figures: {
    subject_id: "数字所说的对象（subjects.id）",
    subject_name_zh: "对象名称，中文",
    subject_name_en: "对象名称，英文",
    measure: "指标（见数据日志中的指标表）",
    value: "以基本单位表示的数值：元、个、比率（0.761 即 76.1%）或平方米",
    unit: "CNY、USD、count、ratio 或 m2",
    bound: "exact（确数）、at_least（超、以上）、at_most（近）、approx（约）或 order_of_magnitude（…级）",
    period: "数字所指的时期；截至报道时的存量数字为空",
    source_id: "发布的来源（sources.id）",
    as_written: "来源原文中的写法",
    figure_id: "这个数字的固定编号",
    read_as: "原文缺少单位或限定词时我们的读法（见 note）",
    source_location: "在来源中的位置：行、段或表格行",
    source_date: "来源的发布日期",
    source_kind: "primary 或 secondary",
    note: "为什么这样读；背景",
  },
  milestones: {
    subject_id: "时间节点所说的对象（subjects.id）",
    subject_name_zh: "对象名称，中文",
    date: "ISO 日期，精确到已知的程度：2023-04-12、2024-04、2023",
    precision: "day（日）、month（月）、quarter（季度）、half（半年）、year_end（年底）或 year（年）",
    status: "planned（计划）或 done（已完成），以来源发布时为准",
    event_zh: "发生了什么，中文（我们的表述）",
    event_en: "发生了什么，英文（我们的表述）",
    source_id: "发布的来源（sources.id）",
    milestone_id: "这个时间节点的固定编号",
    subject_name_en: "对象名称，英文",
    date_start: "这个日期可能指的最早一天，YYYY-MM-DD",
    date_end: "这个日期可能指的最晚一天，YYYY-MM-DD",
    as_written: "来源原文中的日期写法",
    source_location: "在来源中的位置",
    note: "日期是怎样确定的",
  },
};
