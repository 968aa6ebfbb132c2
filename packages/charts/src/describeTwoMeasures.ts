import type { AreaFigureRow, Lang, Unit } from "@newarea/data";
import { formatAmount, formatPeriod, measureLabel } from "@newarea/data/format";
import { areaFigure, maybeAreaFigure } from "./areaFigure.ts";
import { type ChartDescription, type DescribeOptions, HEADINGS, tableColumns } from "./ChartDescription.ts";
import { pick } from "./localize.ts";
import { sourceIds, sourceLine } from "./sourceLine.ts";

const UNIT_WORDS: Record<Unit, readonly [zh: string, en: string]> = {
  CNY: ["人民币元", "CNY"],
  USD: ["美元", "USD"],
  count: ["个", "count"],
  ratio: ["比率", "ratio"],
  m2: ["平方米", "m²"],
};

function unitWord(unit: Unit, lang: Lang): string {
  return pick(lang, ...UNIT_WORDS[unit]);
}

/** The figures `twoMeasures` draws: two amounts that are different measures, and two ratios noted beside the second. */
export interface TwoMeasuresFigures {
  planned: AreaFigureRow;
  completed: AreaFigureRow;
  growth: AreaFigureRow | undefined;
  share: AreaFigureRow | undefined;
  projects: AreaFigureRow | undefined;
}

/** Returns the figures of `twoMeasures` from `area_key_figures` rows; throws when either amount is missing. */
export function twoMeasuresFigures(rows: readonly AreaFigureRow[]): TwoMeasuresFigures {
  return {
    planned: areaFigure(rows, "planned_total_investment", "twoMeasures"),
    completed: areaFigure(rows, "completed_fixed_asset_investment", "twoMeasures"),
    growth: maybeAreaFigure(rows, "fixed_asset_investment_growth"),
    share: maybeAreaFigure(rows, "industrial_investment_share"),
    projects: maybeAreaFigure(rows, "planned_projects"),
  };
}

/** What a panel says about its amount: what it measures, and over which period. */
export interface TwoMeasuresLabel {
  label: string;
  period: string;
}

/** Returns what each of the two amounts measures and its period, in the reader's words. */
export function twoMeasuresLabels(f: TwoMeasuresFigures, lang: Lang): [TwoMeasuresLabel, TwoMeasuresLabel] {
  const n = f.projects ? formatAmount(f.projects, lang) : undefined;
  const year = f.planned.period === null ? null : formatPeriod(f.planned.period, lang);
  const half = f.completed.period === null ? null : formatPeriod(f.completed.period, lang);
  return [
    {
      label: pick(
        lang,
        `${n ?? ""}计划项目的总投资`,
        `Total investment of ${n ? `the ${n} ` : ""}planned projects`,
      ),
      period: pick(
        lang,
        `${year ? `${year}计划；` : ""}建设期合计，跨多年`,
        `${year ? `planned for ${year}; ` : ""}their whole build, over several years`,
      ),
    },
    {
      label: pick(lang, "已完成的固定资产投资", "Fixed-asset investment completed"),
      period: pick(lang, `${half ? `${half}，` : ""}今年以来`, `${half ? `${half}, ` : ""}this year so far`),
    },
  ];
}

/** Returns the two titles, each what an amount measures with its period: `已完成的固定资产投资（2023年上半年，今年以来）`. */
export function twoMeasuresTitles(f: TwoMeasuresFigures, lang: Lang): [string, string] {
  const title = ({ label, period }: TwoMeasuresLabel) =>
    lang === "zh" ? `${label}（${period}）` : `${label} (${period})`;
  const [planned, completed] = twoMeasuresLabels(f, lang);
  return [title(planned), title(completed)];
}

/** Returns the note that the two amounts are different measures and are not drawn to one scale. */
export function twoMeasuresScaleNote(lang: Lang): string {
  return pick(
    lang,
    "两个数字是不同的量，没有按同一比例画出，不能直接相比",
    "Two different measures, not drawn to one scale: they cannot be compared directly",
  );
}

/** Returns the notes on the completed investment: zh `增长49%`, `产业投资占比76.1%`; en `up 49%`, `76.1% of it industrial`. */
export function twoMeasuresNotes(f: TwoMeasuresFigures, lang: Lang): string[] {
  const notes: string[] = [];
  if (f.growth)
    notes.push(pick(lang, `增长${formatAmount(f.growth, lang)}`, `up ${formatAmount(f.growth, lang)}`));
  if (f.share)
    notes.push(
      pick(
        lang,
        `产业投资占比${formatAmount(f.share, lang)}`,
        `${formatAmount(f.share, lang)} of it industrial`,
      ),
    );
  return notes;
}

/**
 * Returns the title, subtitle, alt text, source line and table of `twoMeasures`. The subtitle says that the
 * two amounts are different measures; the table has the two amounts and the two ratios noted.
 */
export function describeTwoMeasures(
  rows: readonly AreaFigureRow[],
  options: DescribeOptions,
): ChartDescription {
  const { lang } = options;
  const f = twoMeasuresFigures(rows);
  const [plannedTitle, completedTitle] = twoMeasuresTitles(f, lang);
  const planned = formatAmount(f.planned, lang);
  const completed = formatAmount(f.completed, lang);
  const notes = twoMeasuresNotes(f, lang);
  const shown = [f.planned, f.completed, f.growth, f.share].filter(
    (r): r is AreaFigureRow => r !== undefined,
  );
  return {
    title: pick(
      lang,
      "计划总投资与已完成投资：两个不同的量",
      "Planned total and investment completed: two different measures",
    ),
    subtitle: pick(
      lang,
      `${planned}是计划项目建设期内的总投资，跨多年；${completed}是今年到目前实际完成的投资。两者不是同一个量，分开列出，不按同一比例画`,
      `${planned} is what the planned projects will cost over several years; ${completed} is the investment completed this year so far. Different measures, shown apart and not to one scale`,
    ),
    alt: pick(
      lang,
      `两个分开的数字，不按同一比例。${plannedTitle}：${planned}。${completedTitle}：${completed}${notes.length ? `，${notes.join("，")}` : ""}。`,
      `Two separate figures, not to one scale. ${plannedTitle}: ${planned}. ${completedTitle}: ${completed}${notes.length ? `, ${notes.join(", ")}` : ""}.`,
    ),
    source: sourceLine(sourceIds(shown), lang, options.sources),
    table: {
      columns: tableColumns(lang, {
        measure: HEADINGS.measure,
        figure: ["数字", "Figure"],
        value: HEADINGS.value,
        unit: ["单位", "Unit"],
        period: ["时期", "Period"],
        as_written: HEADINGS.asWritten,
      }),
      rows: shown.map((r) => ({
        measure: measureLabel(r.measure, lang),
        figure: formatAmount(r, lang),
        value: r.value,
        // The unit and period in words, so that a Chinese table shows no code (CNY, 2023-H1).
        unit: unitWord(r.unit, lang),
        period: r.period === null ? null : formatPeriod(r.period, lang),
        as_written: r.as_written,
      })),
    },
  };
}
