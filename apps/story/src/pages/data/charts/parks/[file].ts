import type { APIRoute, GetStaticPaths } from "astro";
import { LANGS } from "../../../../lib/i18n.ts";
import { loadParks } from "../../../../lib/loadSubjects.ts";

/** The data tables of the park pages' charts as CSV: /data/charts/parks/overview.<lang>.csv, /data/charts/parks/<id>-timeline.<lang>.csv. */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) {
    for (const [path, body] of (await loadParks(lang)).csv) {
      paths.push({ params: { file: path.replace(/^\/data\/charts\/parks\//, "") }, props: { body } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { "content-type": "text/csv; charset=utf-8" } });
