import { type NewareaDB, openDatabase } from "@newarea/data";

let db: NewareaDB | undefined;

/**
 * Returns the database the notebook's cells run on at build time: opened once, sandboxed like the
 * reader's in the browser (no file, URL or extension access), so that a cell that builds here runs there.
 */
export function notebookDb(): NewareaDB {
  db ??= openDatabase({ sandbox: true });
  return db;
}
