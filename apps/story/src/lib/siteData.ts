import { statSync } from "node:fs";
import {
  defaultTablesDir,
  type LedgerRow,
  type NamedQuery,
  type NewareaDB,
  openDatabase,
  type SourceRow,
} from "@newarea/data";

export type { LedgerRow, SourceRow };

import type { FigureLike, MilestoneLike, TokenData } from "./story/resolveToken.ts";

/** A row of the `conflicts` named query. */
export interface ConflictRow {
  subject_id: string;
  subject_name_zh: string;
  subject_name_en: string;
  measure: string;
  period: string | null;
  value: number;
  unit: LedgerRow["unit"];
  bound: LedgerRow["bound"];
  as_written: string;
  source_id: string;
  source_date: string;
  source_kind: "primary" | "secondary";
  figure_id: string;
  low: number;
  high: number;
}

/** Everything the pages take from @newarea/data, loaded once per build. */
export interface SiteData {
  ledger: LedgerRow[];
  conflicts: ConflictRow[];
  sources: SourceRow[];
  subjectIds: Set<string>;
  tokens: TokenData;
  /** Runs a named query, once per name and parameters. */
  named<T = Record<string, unknown>>(name: NamedQuery, params?: readonly unknown[]): Promise<T[]>;
}

let cached: { stamp: string; db: NewareaDB; data: Promise<SiteData> } | undefined;

// In `npm run dev` the data package may be rebuilt while the server runs: reopen when its tables change.
function tablesStamp(): string {
  const dir = defaultTablesDir();
  return ["figures", "milestones", "sources", "subjects"]
    .map((t) => statSync(`${dir}/${t}.arrow`).mtimeMs)
    .join(":");
}

/** Returns the site's data, opening the database on first use. */
export function loadSiteData(): Promise<SiteData> {
  const stamp = tablesStamp();
  if (cached?.stamp === stamp) return cached.data;
  void cached?.db.close();
  const db = openDatabase();
  const memo = new Map<string, Promise<unknown[]>>();
  const named = <T>(name: NamedQuery, params: readonly unknown[] = []) => {
    const key = `${name}(${JSON.stringify(params)})`;
    if (!memo.has(key)) memo.set(key, db.named(name, params));
    return memo.get(key) as Promise<T[]>;
  };
  const data = (async (): Promise<SiteData> => {
    const [ledger, conflicts, sources, subjects, area, milestones] = await Promise.all([
      named<LedgerRow>("ledger"),
      named<ConflictRow>("conflicts"),
      db.query<SourceRow>("SELECT * FROM sources ORDER BY kind, date DESC, id"),
      db.query<{ id: string }>("SELECT id FROM subjects"),
      named<FigureLike & { measure: string }>("area_key_figures"),
      named<MilestoneLike>("milestones_timeline", ["0001-01-01", "9999-12-31"]),
    ]);
    return {
      ledger,
      conflicts,
      sources,
      subjectIds: new Set(subjects.map((s) => s.id)),
      tokens: {
        figures: new Map(ledger.map((r) => [r.figure_id, r])),
        named: new Map([["area_key_figures", new Map(area.map((r) => [r.measure, r]))]]),
        milestones: new Map(milestones.map((m) => [m.milestone_id, m])),
      },
      named,
    };
  })();
  cached = { stamp, db, data };
  data.catch(() => {
    cached = undefined;
  });
  return data;
}
