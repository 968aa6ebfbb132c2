import { defineMiddleware } from "astro:middleware";
import { markLanguageRuns } from "@newarea/press";

/**
 * Every HTML page goes out with its Chinese runs marked (names, quoted wording and amounts on the English
 * pages), at build time for the static pages and in `npm run dev` alike: one place instead of a `lang` in
 * every component that prints a source's words.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const html = markLanguageRuns(await response.text());
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
