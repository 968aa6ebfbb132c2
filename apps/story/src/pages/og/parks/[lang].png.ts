import type { Lang } from "@newarea/data";
import type { APIRoute, GetStaticPaths } from "astro";
import { LANGS, UI } from "../../../lib/i18n.ts";
import { loadParks } from "../../../lib/loadSubjects.ts";
import { cardBar, cardPng, cardRangeLabel, cardSvg } from "../../../lib/ogImage.ts";
import { PARKS_UI } from "../../../lib/parksUi.ts";

/** The share card of the parks index in each language: /og/parks/zh.png, /og/parks/en.png. */
export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const { index } = await loadParks(lang);
  const ui = PARKS_UI[lang];
  // The parks and projects of the area with a figure, highest first, as the overview draws them.
  const bars = index.entries.flatMap(({ name, depth, low, high, openEnded }) =>
    depth === 0 && low !== null && high !== null
      ? [cardBar(name, high, openEnded, cardRangeLabel(low, high, openEnded, lang), lang)]
      : [],
  );
  const caption = lang === "zh" ? "已知的总投资，同一坐标轴" : "Total investment as known, one scale";
  const svg = cardSvg(lang, ui.indexTitle, ui.indexIntro, caption, bars, UI[lang].siteName);
  const png = await cardPng(svg);
  return new Response(png.buffer as ArrayBuffer, { headers: { "content-type": "image/png" } });
};
