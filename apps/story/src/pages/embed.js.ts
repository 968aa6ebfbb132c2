import { scriptRoute } from "../lib/embed/embedRoutes.ts";

/** The script a host page includes once to size our embeds (iframe[data-newarea-embed]): /embed.js. */
export const GET = scriptRoute("host");
