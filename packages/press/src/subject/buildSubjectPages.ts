import { investmentSubjects } from "@newarea/charts";
import {
  boundLabel,
  boundMeaning,
  type ConflictRow,
  type Lang,
  type LaterReportRow,
  type LedgerRow,
  type SubjectKind,
  type SubjectListRow,
  type SubjectOverviewRow,
  subjectKindLabel,
} from "@newarea/data";
import type { ChartState } from "../chartState.ts";
import { allMilestones, type DocumentData } from "../data/documentData.ts";
import {
  type Disagreement,
  disagreements,
  type FigureEntry,
  type FigureGroup,
  figureEntry,
  groupFigures,
  type MilestoneEntry,
  milestoneEntry,
  quoteHtml,
  readingWords,
  type SubjectLinks,
  storyYear,
} from "./subjectEntries.ts";
import { SUBJECT_PHRASES } from "./subjectPhrases.ts";
import { subjectSql } from "./subjectSql.ts";
import { subjectTimeline } from "./subjectTimeline.ts";

/** Another subject's page, linked. */
export interface SubjectRef {
  id: string;
  name: string;
  kind: SubjectKind;
  href: string;
}

/** Everything the page of one park, project or zone shows, in one language, generated from the data. */
export interface SubjectPage {
  id: string;
  lang: Lang;
  kind: SubjectKind;
  /** `园区`, `park`… */
  kindLabel: string;
  name: string;
  /** The name in the other language (an English page shows the Chinese name as the sources write it). */
  otherName: string;
  /** The park this one is a phase of, or null for a subject of the area. */
  parent: SubjectRef | null;
  phases: SubjectRef[];
  /** The data's remark on the subject. */
  note: string | null;
  title: string;
  description: string;
  /** The total investment in a phrase, as the overview chart labels it: `总投资175亿–约178亿元，来源说法不一`. */
  summary: string;
  /** The opening paragraph (HTML): what the page holds, the total investment as given, later reports. */
  lead: string;
  /** The figures of the story's time, by measure; the investment figures apart for the share image. */
  figures: FigureGroup[];
  investment: FigureEntry[];
  disagreements: Disagreement[];
  milestones: MilestoneEntry[];
  /** The milestones drawn on a timeline, or null when there are none. */
  timeline: ChartState | null;
  /** Later reports, by measure: never mixed into `figures`. */
  later: FigureGroup[];
  laterIntro: string;
  /** The SQL that lists the page's rows, and what it is for. */
  sql: string;
  sqlIntro: string;
  /** The year of the primary source: what is "later". */
  storyYear: string;
}

const nameOf = (s: { name_zh: string; name_en: string }, lang: Lang) =>
  lang === "zh" ? s.name_zh : s.name_en;

/** What a subject page reads from the data, fetched once for all pages. */
interface PageData {
  subjects: SubjectListRow[];
  overview: SubjectOverviewRow[];
  ledger: LedgerRow[];
  conflicts: ConflictRow[];
  data: DocumentData;
}

async function pageData(data: DocumentData): Promise<PageData> {
  const [subjects, overview, ledger, conflicts] = await Promise.all([
    data.named<SubjectListRow>("subject_list"),
    data.named<SubjectOverviewRow>("subject_overview"),
    data.named<LedgerRow>("ledger"),
    data.named<ConflictRow>("conflicts"),
  ]);
  return { subjects, overview, ledger, conflicts, data };
}

/**
 * Builds the page of every park, project and zone of the data (every subject but the area), in `lang`, in
 * the order of `subject_list`. A subject added to `data/` gets a page with no change here.
 */
export async function buildSubjectPages(
  lang: Lang,
  data: DocumentData,
  links: SubjectLinks,
): Promise<SubjectPage[]> {
  const pd = await pageData(data);
  return Promise.all(pd.subjects.map((s) => subjectPage(s, pd, lang, links)));
}

/** Returns the opening paragraph: what the page holds, the investment as each source gives it, later reports. */
function lead(
  investment: readonly FigureEntry[],
  counts: { figures: number; milestones: number; sources: number },
  later: readonly FigureEntry[],
  year: string,
  lang: Lang,
): string {
  const say = SUBJECT_PHRASES[lang];
  const parts = [say.counts(counts.figures, counts.milestones, counts.sources, later.length)];
  if (investment.length === 0) {
    // No figure at all of the story's time is said once, by the count above.
    if (counts.figures > 0) parts.push(say.noInvestment(later.some((f) => f.measure === "total_investment")));
  } else {
    const disputed = new Set(investment.map((f) => f.value)).size > 1;
    parts.push(say.investment(investment.map(readingWords), disputed));
    for (const f of investment) {
      if (f.bound === "at_least" || f.bound === "at_most" || f.bound === "order_of_magnitude")
        parts.push(
          say.bounded(quoteHtml(f.asWritten), boundLabel(f.bound, lang), boundMeaning(f.bound, lang)),
        );
    }
  }
  if (later.length > 0) parts.push(say.later(later.length, year));
  return parts.join(lang === "zh" ? "" : " ");
}

/** Returns the page's title and description, the investment summed up as the overview chart labels it. */
function titles(s: SubjectListRow, overview: readonly SubjectOverviewRow[], disputed: boolean, lang: Lang) {
  const say = SUBJECT_PHRASES[lang];
  const rows = overview.filter((r) => r.subject_id === s.id);
  const inv = rows.length ? investmentSubjects(rows, lang)[0] : undefined;
  const investment =
    inv && inv.shape !== "undisclosed"
      ? say.investmentSummary(inv.label, inv.shape === "range", inv.openEnded)
      : say.noInvestmentSummary;
  const name = nameOf(s, lang);
  const kind = subjectKindLabel(s.kind, lang);
  return {
    title: say.title(name),
    description: say.description(name, kind, investment, disputed),
    summary: investment,
  };
}

async function subjectPage(
  s: SubjectListRow,
  pd: PageData,
  lang: Lang,
  links: SubjectLinks,
): Promise<SubjectPage> {
  const { data } = pd;
  const year = storyYear(data.sources);
  const entry = (r: LedgerRow) => figureEntry(r, data.sources, lang, links);
  const own = pd.ledger.filter((r) => r.subject_id === s.id);
  const laterRows = await data.named<LaterReportRow>("later_reports", [s.id]);
  const laterIds = new Set(laterRows.map((r) => r.figure_id));
  const all = new Map(own.map((r) => [r.figure_id, entry(r)]));
  const figures = [...all.values()].filter((f) => !laterIds.has(f.id));
  const later = [...all.values()].filter((f) => laterIds.has(f.id));
  const investment = groupFigures(figures.filter((f) => f.measure === "total_investment"))[0]?.figures ?? [];
  const milestoneRows = (await allMilestones(data)).filter((m) => m.subject_id === s.id);
  const milestones = milestoneRows.map((m) => milestoneEntry(m, data.sources, lang, links));
  const sources = new Set([...figures.map((f) => f.source.id), ...milestones.map((m) => m.source.id)]);
  const ref = (x: SubjectListRow): SubjectRef => ({
    id: x.id,
    name: nameOf(x, lang),
    kind: x.kind,
    href: links.subjectHref(x.id),
  });
  const parent = pd.subjects.find((x) => x.id === s.parent_id);
  const say = SUBJECT_PHRASES[lang];
  const disputes = disagreements(
    pd.conflicts.filter((c) => c.subject_id === s.id),
    all,
    lang,
  );
  return {
    id: s.id,
    lang,
    kind: s.kind,
    kindLabel: subjectKindLabel(s.kind, lang),
    name: nameOf(s, lang),
    otherName: nameOf(s, lang === "zh" ? "en" : "zh"),
    parent: parent ? ref(parent) : null,
    phases: pd.subjects.filter((x) => x.parent_id === s.id).map(ref),
    note: lang === "zh" ? s.note_zh : s.note_en,
    ...titles(s, pd.overview, disputes.length > 0, lang),
    lead: lead(
      investment,
      { figures: figures.length, milestones: milestones.length, sources: sources.size },
      later,
      year,
      lang,
    ),
    figures: groupFigures(figures),
    investment,
    disagreements: disputes,
    milestones,
    timeline: subjectTimeline(milestoneRows, data, lang),
    later: groupFigures(later),
    laterIntro: say.laterIntro(year),
    sql: subjectSql(s.id),
    sqlIntro: say.sqlIntro,
    storyYear: year,
  };
}
