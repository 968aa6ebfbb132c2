import { embedScript } from "@newarea/press";
import type { APIRoute } from "astro";
import { chartPngFile, chartSvgFile } from "./chartImages.ts";
import type { Embed } from "./loadEmbeds.ts";

// The endpoints of the embed files, shared by the zh (/embed/…) and en (/en/embed/…) routes.

/** GET of `…/<step>/chart.svg`: the standalone SVG file. */
export const svgRoute: APIRoute = async ({ props, site }) =>
  new Response(await chartSvgFile(props as Embed, site), {
    headers: { "content-type": "image/svg+xml" },
  });

/** GET of `…/<step>/chart.png`: the SVG file as PNG, at least 1200 pixels wide. */
export const pngRoute: APIRoute = async ({ props, site }) => {
  const png = await chartPngFile(await chartSvgFile(props as Embed, site));
  return new Response(png.buffer as ArrayBuffer, { headers: { "content-type": "image/png" } });
};

/** GET of a script at a fixed address: `/embed.js` (host pages include it) or `/embed/frame.js`. */
export const scriptRoute =
  (name: "host" | "frame"): APIRoute =>
  async () =>
    new Response(await embedScript(name), { headers: { "content-type": "text/javascript; charset=utf-8" } });
