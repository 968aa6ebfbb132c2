import { type CollectionEntry, getCollection } from "astro:content";
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { Lang } from "./i18n.ts";
import { loadSiteData } from "./siteData.ts";
import { buildStory, type Story } from "./story/buildStory.ts";

export type StoryMeta = CollectionEntry<"story">["data"];

const memo = new Map<string, { source: string; story: Promise<Story> }>();

/**
 * Returns the story in `lang` with its frontmatter, built once per content of its file (pages and CSV
 * endpoints share it; `npm run dev` rebuilds it when the file changes).
 */
export async function loadStory(lang: Lang): Promise<{ meta: StoryMeta; story: Story }> {
  const entries = await getCollection("story", (e) => e.data.lang === lang);
  const entry = entries[0];
  if (!entry?.filePath) throw new Error(`no story in src/content/story/ has lang: ${lang}`);
  if (entries.length > 1) throw new Error(`more than one story file has lang: ${lang}`);
  const path = resolve(entry.filePath);
  const file = relative(process.cwd(), path);
  // The whole file, frontmatter included, so that reported line numbers match what the editor shows.
  const source = readFileSync(path, "utf8");
  let hit = memo.get(lang);
  if (hit?.source !== source) {
    hit = { source, story: loadSiteData().then((data) => buildStory(source, file, lang, data)) };
    memo.set(lang, hit);
  }
  return { meta: entry.data, story: await hit.story };
}
