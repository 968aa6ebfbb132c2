import type { APIRoute, GetStaticPaths } from "astro";
import { LANGS } from "../../../lib/i18n.ts";
import { loadStory } from "../../../lib/loadDocument.ts";

/** Every chart's data table as CSV, one file per distinct table: /data/charts/<chart>.<lang>.csv. */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) {
    const { story } = await loadStory(lang);
    for (const [path, body] of story.csv) {
      paths.push({ params: { file: path.replace(/^\/data\/charts\//, "") }, props: { body } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { "content-type": "text/csv; charset=utf-8" } });
