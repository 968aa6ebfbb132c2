import type { Lang, Unit } from "./types.ts";

/**
 * What a measure is: its unit and its kind. A `share` is a ratio that cannot pass 100 %; a `growth` rate
 * can; a `level` can never be negative.
 */
export interface MeasureSpec {
  unit: Unit;
  kind: "level" | "share" | "growth";
  zh: string;
  en: string;
}

/** Every measure the data may use. A figure with a measure not listed here stops the build. */
export const MEASURES = {
  planned_projects: {
    unit: "count",
    kind: "level",
    zh: "计划开复工项目",
    en: "projects planned to start or resume",
  },
  project_size_threshold: { unit: "CNY", kind: "level", zh: "项目规模门槛", en: "project size threshold" },
  planned_total_investment: {
    unit: "CNY",
    kind: "level",
    zh: "计划项目总投资",
    en: "total investment of planned projects",
  },
  started_projects: { unit: "count", kind: "level", zh: "已开复工项目", en: "projects started or resumed" },
  started_projects_total_investment: {
    unit: "CNY",
    kind: "level",
    zh: "开复工项目总投资",
    en: "total investment of projects started or resumed",
  },
  started_projects_share: {
    unit: "ratio",
    kind: "share",
    zh: "开复工率",
    en: "share of planned projects started",
  },
  completed_fixed_asset_investment: {
    unit: "CNY",
    kind: "level",
    zh: "完成固定资产投资",
    en: "fixed-asset investment completed",
  },
  fixed_asset_investment: { unit: "CNY", kind: "level", zh: "固定资产投资", en: "fixed-asset investment" },
  fixed_asset_investment_growth: {
    unit: "ratio",
    kind: "growth",
    zh: "固定资产投资增速",
    en: "fixed-asset investment growth",
  },
  industrial_investment_share: {
    unit: "ratio",
    kind: "share",
    zh: "产业投资占比",
    en: "industrial share of investment",
  },
  total_investment: { unit: "CNY", kind: "level", zh: "总投资", en: "total investment" },
  construction_investment: { unit: "CNY", kind: "level", zh: "建设投资", en: "construction investment" },
  equipment_investment: { unit: "CNY", kind: "level", zh: "设备投资", en: "equipment investment" },
  expected_output_value: { unit: "CNY", kind: "level", zh: "预计产值", en: "expected output value" },
  new_capacity_value: { unit: "CNY", kind: "level", zh: "新增产能", en: "new production capacity (value)" },
  new_capacity_units: {
    unit: "count",
    kind: "level",
    zh: "新增产能（数量）",
    en: "new production capacity (units)",
  },
  cluster_output_target: {
    unit: "CNY",
    kind: "level",
    zh: "产业集群规模目标",
    en: "industry cluster size target",
  },
  induced_output_target: {
    unit: "CNY",
    kind: "level",
    zh: "带动产值目标",
    en: "induced output value target",
  },
  site_area: { unit: "m2", kind: "level", zh: "占地面积", en: "site area" },
  planned_area: { unit: "m2", kind: "level", zh: "规划面积", en: "planned area" },
  floor_area: { unit: "m2", kind: "level", zh: "建筑面积", en: "floor area" },
  firms_placed: { unit: "count", kind: "level", zh: "已落位企业及项目", en: "firms or projects placed" },
  specialised_parks: { unit: "count", kind: "level", zh: "特色产业园区", en: "specialised industrial parks" },
  major_parks: {
    unit: "count",
    kind: "level",
    zh: "重点园区（十大园区）",
    en: "major industrial parks (the 'ten parks')",
  },
  gdp: { unit: "CNY", kind: "level", zh: "地区生产总值", en: "GDP" },
  gdp_growth: { unit: "ratio", kind: "growth", zh: "地区生产总值增速", en: "GDP growth" },
} as const satisfies Record<string, MeasureSpec>;

export type Measure = keyof typeof MEASURES;

/** Returns true when `name` is a measure the data may use. */
export function isMeasure(name: string): name is Measure {
  return Object.hasOwn(MEASURES, name);
}

/** Returns a measure's name in `lang` (`产业集群规模目标`, `industry cluster size target`); a measure not listed is shown by its key. */
export function measureLabel(measure: string, lang: Lang): string {
  return isMeasure(measure) ? MEASURES[measure][lang] : measure;
}
