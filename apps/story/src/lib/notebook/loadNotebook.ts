import { type CollectionEntry, getCollection } from "astro:content";
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { Lang } from "../i18n.ts";
import { loadSiteData } from "../siteData.ts";
import { buildNotebook, type Notebook } from "./buildNotebook.ts";
import { notebookDb } from "./notebookDb.ts";

export type NotebookMeta = CollectionEntry<"notebook">["data"];

const memo = new Map<string, { source: string; notebook: Promise<Notebook> }>();

/** Returns the notebook in `lang` with its frontmatter, built once per content of its file. */
export async function loadNotebook(lang: Lang): Promise<{ meta: NotebookMeta; notebook: Notebook }> {
  const entries = await getCollection("notebook", (e) => e.data.lang === lang);
  const entry = entries[0];
  if (!entry?.filePath) throw new Error(`no notebook in src/content/notebook/ has lang: ${lang}`);
  if (entries.length > 1) throw new Error(`more than one notebook file has lang: ${lang}`);
  const path = resolve(entry.filePath);
  const file = relative(process.cwd(), path);
  // The whole file, frontmatter included, so that reported line numbers match what the editor shows.
  const source = readFileSync(path, "utf8");
  let hit = memo.get(lang);
  if (hit?.source !== source) {
    const db = notebookDb();
    hit = {
      source,
      notebook: loadSiteData().then((data) =>
        buildNotebook(source, file, lang, data, (sql, params) => db.query(sql, params)),
      ),
    };
    memo.set(lang, hit);
  }
  return { meta: entry.data, notebook: await hit.notebook };
}
