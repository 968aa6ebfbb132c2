import type { Lang } from "@newarea/data";
import type { APIRoute, GetStaticPaths } from "astro";
import { LANGS, UI } from "../../../../lib/i18n.ts";
import { loadParks } from "../../../../lib/loadSubjects.ts";
import { cardBar, cardPng, cardSvg } from "../../../../lib/ogImage.ts";

/** The share card of each park, project and zone page: /og/parks/<lang>/<id>.png. */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) {
    for (const p of (await loadParks(lang)).pages) paths.push({ params: { lang, id: p.id } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const page = (await loadParks(lang)).pages.find((p) => p.id === params.id);
  if (!page) throw new Error(`no park, project or zone "${params.id}"`);
  // Each source's total investment of the story's time (later reports are not on the card), one bar each.
  const bars = page.investment.map((f) =>
    cardBar(f.source.publisher, f.value, f.bound === "at_least", f.text, lang),
  );
  const caption =
    bars.length > 0
      ? lang === "zh"
        ? "总投资：各来源给出的数字"
        : "Total investment, as each source gives it"
      : lang === "zh"
        ? "总投资：未披露"
        : "Total investment: not disclosed";
  const dek =
    lang === "zh" ? `${page.kindLabel}。${page.summary}。` : `A ${page.kindLabel}: ${page.summary}.`;
  const svg = cardSvg(lang, page.name, dek, caption, bars, UI[lang].siteName);
  const png = await cardPng(svg);
  return new Response(png.buffer as ArrayBuffer, { headers: { "content-type": "image/png" } });
};
