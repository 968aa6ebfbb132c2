import { chartSvgOf, loadDocumentData, standaloneChartSvg } from "@newarea/press";
import sharp from "sharp";
import { UI } from "../i18n.ts";
import { embedPaths } from "./embedPaths.ts";
import type { Embed } from "./loadEmbeds.ts";

/** chart.png is the SVG at this scale: 688 CSS pixels wide become 1376. */
const PNG_SCALE = 2;

/**
 * Returns a step's chart as a standalone SVG file (title, subtitle, chart, source line, and who made it
 * and where: the story's address when SITE_URL gives the site's).
 */
export async function chartSvgFile({ lang, step }: Embed, site: URL | undefined): Promise<string> {
  const data = await loadDocumentData();
  const where = site ? ` · ${new URL(embedPaths(lang, step.id).story, site).href}` : "";
  const credit = `${UI[lang].siteName}${where}`;
  return standaloneChartSvg(await chartSvgOf(step.chart, data), step.chart.description, lang, credit);
}

/**
 * Returns the SVG file rendered as PNG at twice its size. sharp renders SVG through librsvg, which finds
 * fonts through fontconfig: the Chinese text needs a CJK font on the building machine (fonts-noto-cjk).
 */
export async function chartPngFile(svg: string): Promise<Uint8Array> {
  const png = await sharp(Buffer.from(svg), { density: 72 * PNG_SCALE })
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Uint8Array(png);
}
