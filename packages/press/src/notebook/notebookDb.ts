import { type NewareaDB, openDatabase } from "@newarea/data";
import { tablesDir } from "../data/dataPaths.ts";
import { tablesStamp } from "../data/loadDocumentData.ts";
import { NOTEBOOK_MEMORY_LIMIT } from "./runCell.ts";

let db: { stamp: string; db: NewareaDB } | undefined;

/**
 * Returns the database the notebook's cells run on at build time: opened once per version of the
 * tables, sandboxed like the reader's in the browser (no file, URL or extension access), so that a cell
 * that builds here runs there.
 */
export function notebookDb(): NewareaDB {
  const stamp = tablesStamp();
  if (db?.stamp !== stamp) {
    void db?.db.close();
    db = {
      stamp,
      db: openDatabase({ sandbox: true, memoryLimit: NOTEBOOK_MEMORY_LIMIT, tablesDir: tablesDir() }),
    };
  }
  return db.db;
}
