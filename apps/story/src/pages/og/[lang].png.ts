import type { InvestmentRow, Lang } from "@newarea/data";
import { loadDocumentData } from "@newarea/press";
import type { APIRoute, GetStaticPaths } from "astro";
import { LANGS, UI } from "../../lib/i18n.ts";
import { loadStory } from "../../lib/loadDocument.ts";
import { type CardBar, cardBar, cardPng, cardRangeLabel, cardSvg } from "../../lib/ogImage.ts";

/** The share card of each language, made at build time: /og/zh.png, /og/en.png. */
export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const { meta } = await loadStory(lang);
  const data = await loadDocumentData();
  // Each named park or project (phases left out), from the lowest to the highest figure any source gives.
  const rows = await data.named<InvestmentRow>("investment_by_subject");
  const seen = new Map<string, CardBar>();
  for (const r of rows) {
    if (r.high === null || r.low === null || r.parent_id !== "changchun-new-area" || seen.has(r.subject_id))
      continue;
    const open = rows.some(
      (x) => x.subject_id === r.subject_id && x.bound === "at_least" && x.value === r.high,
    );
    const label = cardRangeLabel(r.low, r.high, open, lang);
    seen.set(r.subject_id, cardBar(lang === "zh" ? r.name_zh : r.name_en, r.high, open, label, lang));
  }
  const bars = [...seen.values()].sort((a, b) => b.value - a.value);
  const caption =
    lang === "zh"
      ? "报道点名的园区和项目：总投资，同一坐标轴"
      : "Named parks and projects: total investment, one scale";
  const svg = cardSvg(
    lang,
    meta.shareTitle ?? meta.title,
    meta.dek,
    caption,
    bars,
    `${UI[lang].siteName} · ${meta.byline}`,
  );
  const png = await cardPng(svg);
  return new Response(png.buffer as ArrayBuffer, { headers: { "content-type": "image/png" } });
};
