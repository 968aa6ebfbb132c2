import { type CollectionEntry, getCollection } from "astro:content";
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { ConflictRow, Lang, LedgerRow } from "@newarea/data";
import {
  allMilestones,
  buildNotebook,
  buildStory,
  type DocumentData,
  type DocumentKind,
  type LedgerHref,
  loadDocumentData,
  NOTEBOOK,
  type Notebook,
  notebookDb,
  type ParsedDocument,
  parseDocument,
  recordChartKeys,
  STORY,
  type Story,
  tablesStamp,
} from "@newarea/press";
import { localePath } from "./i18n.ts";

export type StoryMeta = CollectionEntry<"story">["data"];
export type NotebookMeta = CollectionEntry<"notebook">["data"];

type Built<T> = { key: string; value: Promise<T> };
const memo = new Map<string, Built<unknown>>();

/** The ledger entry of a figure or milestone, on the sources page of `lang`. */
const ledgerHref =
  (lang: Lang): LedgerHref =>
  (r) =>
    `${localePath(lang, "/sources/")}#${r.kind === "date" ? "ms" : "fig"}-${r.id}`;

/*
 * Pages call storyPage(), notebookPage() and the like in their own frontmatter, before anything renders:
 * a mistake in a document or the data then fails the page with its file and line (a 500 in
 * `npm run dev`), never a page cut off half-way that answered 200.
 */

/**
 * Returns the entry of `collection` in `lang` with its file parsed as a document of `kind`, and builds
 * it once per content of the file and version of the data (pages and CSV endpoints share it; in
 * `npm run dev` a saved file or a rebuilt table builds it again).
 */
async function load<T, M>(
  collection: "story" | "notebook",
  kind: DocumentKind,
  lang: Lang,
  build: (doc: ParsedDocument, data: DocumentData) => Promise<T>,
): Promise<{ meta: M; value: T }> {
  const entries = await getCollection(collection, (e) => e.data.lang === lang);
  const entry = entries[0];
  if (!entry?.filePath) throw new Error(`no ${collection} in src/content/${collection}/ has lang: ${lang}`);
  if (entries.length > 1) throw new Error(`more than one ${collection} file has lang: ${lang}`);
  const path = resolve(entry.filePath);
  const file = relative(process.cwd(), path);
  // The whole file, frontmatter included, so that reported line numbers match what the editor shows.
  const source = readFileSync(path, "utf8");
  const key = `${source}\u0000${tablesStamp()}`;
  let hit = memo.get(file) as Built<T> | undefined;
  if (hit?.key !== key) {
    const data = loadDocumentData();
    hit = { key, value: data.then((d) => build(parseDocument(source, file, kind), d)) };
    memo.set(file, hit);
    hit.value.catch(() => memo.delete(file));
  }
  return { meta: entry.data as M, value: await hit.value };
}

/** Returns the story in `lang`, and tells the terminal which steps' charts the data changed since the last build. */
export async function loadStory(lang: Lang): Promise<{ meta: StoryMeta; story: Story }> {
  const { meta, value } = await load<Story, StoryMeta>("story", STORY, lang, async (doc, data) => {
    const story = await buildStory(doc, lang, data, {
      ledgerHref: ledgerHref(lang),
      parkHref: (id) => localePath(lang, `/parks/${id}/`),
    });
    for (const line of recordChartKeys(story)) console.warn(line);
    return story;
  });
  return { meta, story: value };
}

/** Returns the notebook in `lang`, its cells run on the sandboxed database. */
export async function loadNotebook(lang: Lang): Promise<{ meta: NotebookMeta; notebook: Notebook }> {
  const { meta, value } = await load<Notebook, NotebookMeta>("notebook", NOTEBOOK, lang, (doc, data) => {
    const db = notebookDb();
    return buildNotebook(doc, lang, data, (sql, params, signal) => db.queryOne(sql, params, signal), {
      ledgerHref: ledgerHref(lang),
    });
  });
  return { meta, notebook: value };
}

/** What the story page shows: the story, its frontmatter, and the sources for its list. */
export async function storyPage(lang: Lang) {
  const { meta, story } = await loadStory(lang);
  const data = await loadDocumentData();
  return { lang, meta, story, sources: data.sources };
}

/** What the notebook page shows. */
export async function notebookPage(lang: Lang) {
  const { meta, notebook } = await loadNotebook(lang);
  return { lang, meta, notebook };
}

/** What the sources page shows: every figure with its source, the disagreements, the milestones. */
export async function ledgerPage(lang: Lang) {
  const data = await loadDocumentData();
  const [ledger, conflicts, milestones] = await Promise.all([
    data.named<LedgerRow>("ledger"),
    data.named<ConflictRow>("conflicts"),
    allMilestones(data),
  ]);
  return { lang, ledger, conflicts, milestones, sources: data.sources };
}
