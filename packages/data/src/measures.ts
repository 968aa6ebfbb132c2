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

/** Makes measures of one kind, each unit kept as a literal type. */
const ofKind =
  <K extends MeasureSpec["kind"]>(kind: K) =>
  <U extends Unit>(unit: U, zh: string, en: string) => ({ unit, kind, zh, en });
const level = ofKind("level");
const share = ofKind("share");
const growth = ofKind("growth");

/** Every measure the data may use. A figure with a measure not listed here stops the build. */
export const MEASURES = {
  planned_projects: level("count", "计划开复工项目", "projects planned to start or resume"),
  project_size_threshold: level("CNY", "项目规模门槛", "project size threshold"),
  planned_total_investment: level("CNY", "计划项目总投资", "total investment of planned projects"),
  started_projects: level("count", "已开复工项目", "projects started or resumed"),
  started_projects_total_investment: level(
    "CNY",
    "开复工项目总投资",
    "total investment of projects started or resumed",
  ),
  started_projects_share: share("ratio", "开复工率", "share of planned projects started"),
  completed_fixed_asset_investment: level("CNY", "完成固定资产投资", "fixed-asset investment completed"),
  fixed_asset_investment: level("CNY", "固定资产投资", "fixed-asset investment"),
  fixed_asset_investment_growth: growth("ratio", "固定资产投资增速", "fixed-asset investment growth"),
  industrial_investment_share: share("ratio", "产业投资占比", "industrial share of investment"),
  total_investment: level("CNY", "总投资", "total investment"),
  construction_investment: level("CNY", "建设投资", "construction investment"),
  equipment_investment: level("CNY", "设备投资", "equipment investment"),
  expected_output_value: level("CNY", "预计产值", "expected output value"),
  new_capacity_value: level("CNY", "新增产能", "new production capacity (value)"),
  new_capacity_units: level("count", "新增产能（数量）", "new production capacity (units)"),
  cluster_output_target: level("CNY", "产业集群规模目标", "industry cluster size target"),
  induced_output_target: level("CNY", "带动产值目标", "induced output value target"),
  site_area: level("m2", "占地面积", "site area"),
  planned_area: level("m2", "规划面积", "planned area"),
  floor_area: level("m2", "建筑面积", "floor area"),
  firms_placed: level("count", "已落位企业及项目", "firms or projects placed"),
  specialised_parks: level("count", "特色产业园区", "specialised industrial parks"),
  major_parks: level("count", "重点园区（十大园区）", "major industrial parks (the 'ten parks')"),
  gdp: level("CNY", "地区生产总值", "GDP"),
  gdp_growth: growth("ratio", "地区生产总值增速", "GDP growth"),
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
