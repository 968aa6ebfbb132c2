import { scriptRoute } from "../../lib/embed/embedRoutes.ts";

/** The embed page's script: ?theme=, and its height to the host page: /embed/frame.js. */
export const GET = scriptRoute("frame");
