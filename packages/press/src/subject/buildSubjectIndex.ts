import { knownPhrase, parkOverviewModel } from "@newarea/charts";
import { type Lang, type SubjectKind, type SubjectOverviewRow, subjectKindLabel } from "@newarea/data";
import { type ChartState, drawChartState } from "../chartState.ts";
import { CHARTS } from "../charts.ts";
import { chartContext, type DocumentData } from "../data/documentData.ts";
import type { SubjectLinks } from "./subjectEntries.ts";

/** A park, project or zone as the index lists it, in the overview chart's order. */
export interface SubjectIndexEntry {
  id: string;
  name: string;
  kind: SubjectKind;
  kindLabel: string;
  href: string;
  /** 0 for a subject of the area, 1 for a phase of a park. */
  depth: number;
  /** Its total investment as the chart labels it: `175亿–约178亿元`, `超100亿元`, `未披露`. */
  investment: string;
  /** The lowest and highest figure in yuan (null when none), and whether the highest is only a floor. */
  low: number | null;
  high: number | null;
  openEnded: boolean;
  /** What else is known: `3个数字、2个时间节点；另有2个数字出自后来的报道`. */
  known: string;
}

/** The index of the subject pages: the overview chart and every subject, linked, in reading order. */
export interface SubjectIndex {
  lang: Lang;
  chart: ChartState;
  entries: SubjectIndexEntry[];
}

/**
 * Builds the index of the park, project and zone pages: the `parkOverview` chart of what is known of each
 * (drawn once, described once) and one entry per subject in the chart's order, phases under their park.
 */
export async function buildSubjectIndex(
  lang: Lang,
  data: DocumentData,
  links: Pick<SubjectLinks, "subjectHref">,
): Promise<SubjectIndex> {
  const def = CHARTS.parkOverview;
  if (!def) throw new Error("the chart registry has no parkOverview");
  const rows = await data.named<SubjectOverviewRow>(def.query, def.params);
  const chart = await drawChartState(def, rows, {}, chartContext(data, lang));
  const entries = parkOverviewModel(rows, lang).map((s) => ({
    id: s.id,
    name: s.name,
    kind: s.kind,
    kindLabel: subjectKindLabel(s.kind, lang),
    href: links.subjectHref(s.id),
    depth: s.depth,
    investment: s.label,
    low: s.low,
    high: s.high,
    openEnded: s.openEnded,
    known: knownPhrase(s, lang),
  }));
  return { lang, chart, entries };
}
