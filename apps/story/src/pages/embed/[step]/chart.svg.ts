import type { GetStaticPaths } from "astro";
import { svgRoute } from "../../../lib/embed/embedRoutes.ts";
import { embedStaticPaths } from "../../../lib/embed/loadEmbeds.ts";

/** Each story step's chart as a standalone SVG file: /embed/<step>/chart.svg. */
export const getStaticPaths = (() => embedStaticPaths("zh")) satisfies GetStaticPaths;
export const GET = svgRoute;
