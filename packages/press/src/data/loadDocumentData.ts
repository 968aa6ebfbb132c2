import { statSync } from "node:fs";
import { join } from "node:path";
import { type NewareaDB, openDatabase, type SourceRow, TABLE_NAMES } from "@newarea/data";
import { tablesDir } from "./dataPaths.ts";
import { currentDataError } from "./dataState.ts";
import { createDocumentData, type DocumentData } from "./documentData.ts";

let cached: { stamp: string; db: NewareaDB; data: Promise<DocumentData> } | undefined;

/** Returns a stamp that changes whenever the tables are rebuilt (their files' modification times). */
export function tablesStamp(): string {
  const dir = tablesDir();
  return TABLE_NAMES.map((t) => statSync(join(dir, `${t}.arrow`)).mtimeMs).join(":");
}

/**
 * Returns the data the documents are built from, opening the database on first use and again whenever
 * the tables change (`npm run dev` rebuilds them while it runs). While the last rebuild failed, throws
 * its error: a page built from the previous tables would look right and be wrong.
 */
export function loadDocumentData(): Promise<DocumentData> {
  const broken = currentDataError();
  if (broken) return Promise.reject(broken);
  const stamp = tablesStamp();
  if (cached?.stamp === stamp) return cached.data;
  void cached?.db.close();
  const db = openDatabase({ tablesDir: tablesDir() });
  const data = db
    .query<SourceRow>("SELECT * FROM sources ORDER BY kind, date DESC, id")
    .then((sources) => createDocumentData((q, p) => db.named(q, p), sources));
  cached = { stamp, db, data };
  data.catch(() => {
    cached = undefined;
  });
  return data;
}
