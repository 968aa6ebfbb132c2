import type { Lang, SubjectListRow } from "@newarea/data";
import {
  buildSubjectIndex,
  buildSubjectPages,
  type ChartState,
  chartCsv,
  loadDocumentData,
  type SubjectIndex,
  type SubjectLinks,
  type SubjectPage,
  tablesStamp,
} from "@newarea/press";
import { localePath } from "./i18n.ts";

/** The address of a park, project or zone's page: `/parks/<id>/`, `/en/parks/<id>/`. Tooltips link here too. */
export function parkPath(lang: Lang, id: string): string {
  return localePath(lang, `/parks/${id}/`);
}

/** Where a subject page's links go, in `lang`: the ledger lines of /sources/ and the other subject pages. */
export function parkLinks(lang: Lang): SubjectLinks {
  const ledger = localePath(lang, "/sources/");
  return {
    figureHref: (id) => `${ledger}#fig-${id}`,
    milestoneHref: (id) => `${ledger}#ms-${id}`,
    subjectHref: (id) => parkPath(lang, id),
  };
}

/** A chart of the park pages with the site path of the CSV of its data table. */
export type ParkChart = ChartState & { csvPath: string };

/** Everything the park pages are built from, in one language. */
interface Built {
  pages: SubjectPage[];
  index: SubjectIndex;
  overview: ParkChart;
  timelines: Map<string, ParkChart>;
  csv: Map<string, string>;
}

const memo = new Map<Lang, { stamp: string; built: Promise<Built> }>();

async function build(lang: Lang): Promise<Built> {
  const data = await loadDocumentData();
  const links = parkLinks(lang);
  const [pages, index] = await Promise.all([
    buildSubjectPages(lang, data, links),
    buildSubjectIndex(lang, data, links),
  ]);
  const csv = new Map<string, string>();
  const withCsv = (chart: ChartState, name: string): ParkChart => {
    const csvPath = `/data/charts/parks/${name}.${lang}.csv`;
    csv.set(csvPath, chartCsv(chart));
    return { ...chart, csvPath };
  };
  const timelines = new Map<string, ParkChart>();
  for (const p of pages) if (p.timeline) timelines.set(p.id, withCsv(p.timeline, `${p.id}-timeline`));
  return { pages, index, overview: withCsv(index.chart, "overview"), timelines, csv };
}

/**
 * Returns the park pages of `lang`, built once per version of the tables (in `npm run dev`, again after
 * the data is rebuilt). A page calls this in its frontmatter, so a data mistake fails the page with its reason.
 */
export function loadParks(lang: Lang): Promise<Built> {
  const stamp = tablesStamp();
  const hit = memo.get(lang);
  if (hit?.stamp === stamp) return hit.built;
  const built = build(lang);
  memo.set(lang, { stamp, built });
  built.catch(() => memo.delete(lang));
  return built;
}

/** Returns one subject's page in `lang`, with its timeline's CSV path; throws for an id the data does not have. */
export async function parkPage(lang: Lang, id: string) {
  const { pages, timelines } = await loadParks(lang);
  const page = pages.find((p) => p.id === id);
  if (!page) throw new Error(`no park, project or zone "${id}" in the data`);
  return { page, timeline: timelines.get(id) ?? null };
}

/** Returns the ids of the subjects that have a page: what the ledger and the charts' tables link. */
export async function parkIds(): Promise<ReadonlySet<string>> {
  const data = await loadDocumentData();
  const rows = await data.named<SubjectListRow>("subject_list");
  return new Set(rows.map((r) => r.id));
}
