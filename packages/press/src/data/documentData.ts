import type { PublisherName } from "@newarea/charts";
import type {
  AreaFigureRow,
  Lang,
  LedgerRow,
  MilestoneTimelineRow,
  NamedQuery,
  SourceRow,
} from "@newarea/data";
import type { ChartContext } from "../charts.ts";
import type { TokenData } from "../render/resolveToken.ts";

/** Runs a named query of @newarea/data. */
export type NamedRunner = <T = Record<string, unknown>>(
  query: NamedQuery,
  params?: readonly unknown[],
) => Promise<T[]>;

/** Everything documents take from the data: named queries, the sources, and what tokens resolve to. */
export interface DocumentData {
  /** Runs a named query, once per name and parameters. */
  named: NamedRunner;
  /** Every source, primary first, newest first. */
  sources: readonly SourceRow[];
  /** What `{fig:…}`, `{q:…}` and `{date:…}` resolve against. */
  tokens: TokenData;
}

// Milestones of every date: the bounds of the milestones_timeline query that let all through.
const ALL_DATES = ["0001-01-01", "9999-12-31"];

/**
 * Returns the document data over `named` (memoized here, so that pages, charts and tokens share one
 * run of each query) and the sources. Tokens resolve against `ledger` (figures by id),
 * `area_key_figures` (`{q:area_key_figures.<measure>}`) and `milestones_timeline` (milestones by id).
 */
export async function createDocumentData(
  named: NamedRunner,
  sources: readonly SourceRow[],
): Promise<DocumentData> {
  const memo = new Map<string, Promise<unknown[]>>();
  const once: NamedRunner = <T>(query: NamedQuery, params: readonly unknown[] = []) => {
    const key = `${query}(${JSON.stringify(params)})`;
    if (!memo.has(key)) memo.set(key, named(query, params));
    return memo.get(key) as Promise<T[]>;
  };
  const [ledger, area, milestones] = await Promise.all([
    once<LedgerRow>("ledger"),
    once<AreaFigureRow>("area_key_figures"),
    once<MilestoneTimelineRow>("milestones_timeline", ALL_DATES),
  ]);
  return {
    named: once,
    sources,
    tokens: {
      figures: new Map(ledger.map((r) => [r.figure_id, r])),
      named: new Map([["area_key_figures", new Map(area.map((r) => [r.measure, r]))]]),
      milestones: new Map(milestones.map((m) => [m.milestone_id, m])),
    },
  };
}

/** Returns the milestones of every date, as the ledger lists them. */
export function allMilestones(data: DocumentData): Promise<MilestoneTimelineRow[]> {
  return data.named<MilestoneTimelineRow>("milestones_timeline", ALL_DATES);
}

/** Returns what a chart needs from the data to turn written options into its own, in `lang`. */
export function chartContext(data: DocumentData, lang: Lang): ChartContext {
  const sources: Record<string, PublisherName> = Object.fromEntries(
    data.sources.map((s) => [s.id, { zh: s.publisher_zh, en: s.publisher_en }]),
  );
  return { lang, sources, named: (query, params) => data.named(query, params) };
}
