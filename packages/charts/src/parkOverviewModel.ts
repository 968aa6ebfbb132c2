import type { Lang, SubjectOverviewRow } from "@newarea/data";
import { group } from "d3";
import { type InvestmentSubject, investmentSubjects } from "./investmentModel.ts";
import { pick } from "./localize.ts";

/** A park, project or zone of the overview: its investment as the investment chart draws it, its place and what is known. */
export interface OverviewSubject extends InvestmentSubject {
  kind: SubjectOverviewRow["kind"];
  /** 0 for a park or project of the area, 1 for a phase of a park, and so on. */
  depth: number;
  /** The subject this one is part of, when that has a row too (not the area). */
  parentId: string | null;
  figureCount: number;
  milestoneCount: number;
  laterCount: number;
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id, "en", { numeric: true });

/**
 * Orders the subjects that are not part of another: zones after parks and projects, then by the highest
 * total investment any source of the story's time gives, then the ones without a figure by how many
 * figures are known, then by id.
 */
function byWhatIsKnown(a: OverviewSubject, b: OverviewSubject): number {
  return (
    Number(a.kind === "zone") - Number(b.kind === "zone") ||
    (b.high ?? -1) - (a.high ?? -1) ||
    b.figureCount - a.figureCount ||
    byId(a, b)
  );
}

/**
 * Returns one entry per subject of `subject_overview` rows, in reading order: parks and projects by what is
 * known of their investment (see byWhatIsKnown), each followed by its phases (by id), zones last.
 */
export function parkOverviewModel(rows: readonly SubjectOverviewRow[], lang: Lang): OverviewSubject[] {
  const first = new Map(
    [...group(rows, (r) => r.subject_id)].map(([id, rs]) => [id, rs[0] as SubjectOverviewRow]),
  );
  const subjects = investmentSubjects(rows, lang).map((s): OverviewSubject => {
    const r = first.get(s.id) as SubjectOverviewRow;
    return {
      ...s,
      kind: r.kind,
      depth: 0,
      parentId: r.parent_id !== null && first.has(r.parent_id) ? r.parent_id : null,
      figureCount: r.figure_count,
      milestoneCount: r.milestone_count,
      laterCount: r.later_count,
    };
  });
  const children = group(
    subjects.filter((s) => s.parentId !== null),
    (s) => s.parentId,
  );
  const out: OverviewSubject[] = [];
  const visit = (s: OverviewSubject, depth: number) => {
    // A parent chain that loops back is drawn once, where it is first reached.
    if (out.some((o) => o.id === s.id)) return;
    out.push({ ...s, depth });
    for (const c of [...(children.get(s.id) ?? [])].sort(byId)) visit(c, depth + 1);
  };
  for (const s of subjects.filter((x) => x.parentId === null).sort(byWhatIsKnown)) visit(s, 0);
  return out;
}

/**
 * Returns what is known of a subject besides its investment, in a short phrase: zh `3个数字、2个时间节点；另有
 * 2个数字出自后来的报道`, en `3 figures, 2 milestones; 2 more figures in later reports`; zh `只有后来的报道：4个数字`
 * when that is all.
 */
export function knownPhrase(s: OverviewSubject, lang: Lang): string {
  const en = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const figures = (n: number) => pick(lang, `${n}个数字`, en(n, "figure", "figures"));
  const parts = [
    s.figureCount > 0 ? figures(s.figureCount) : "",
    s.milestoneCount > 0
      ? pick(lang, `${s.milestoneCount}个时间节点`, en(s.milestoneCount, "milestone", "milestones"))
      : "",
  ].filter(Boolean);
  if (parts.length === 0) {
    return s.laterCount > 0
      ? pick(lang, `只有后来的报道：${figures(s.laterCount)}`, `only later reports: ${figures(s.laterCount)}`)
      : pick(lang, "来源没有给出数字或时间节点", "no figures or milestones in the sources");
  }
  const known = parts.join(pick(lang, "、", ", "));
  if (s.laterCount === 0) return known;
  const later = pick(
    lang,
    `另有${s.laterCount}个数字出自后来的报道`,
    `${en(s.laterCount, "more figure", "more figures")} in later reports`,
  );
  return `${known}${pick(lang, "；", "; ")}${later}`;
}
