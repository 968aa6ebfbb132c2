import type { GetStaticPaths } from "astro";
import { pngRoute } from "../../../lib/embed/embedRoutes.ts";
import { embedStaticPaths } from "../../../lib/embed/loadEmbeds.ts";

/** Each story step's chart as PNG, 1376 pixels wide: /embed/<step>/chart.png. */
export const getStaticPaths = (() => embedStaticPaths("zh")) satisfies GetStaticPaths;
export const GET = pngRoute;
