// @ts-check
import { press } from "@newarea/press/astro";
import { defineConfig } from "astro/config";
import { csp } from "./integrations/csp.mjs";
import { duckdbFiles } from "./integrations/duckdbFiles.mjs";
import { precompress } from "./integrations/precompress.mjs";

// SITE_URL (e.g. https://example.org) makes og:image and canonical addresses absolute; without it they
// stay relative, so the built site never names another origin.
const site = process.env.SITE_URL || undefined;

const NODE_ONLY = [
  "@newarea/data",
  "@newarea/charts",
  "@newarea/press",
  "@duckdb/duckdb-wasm",
  "linkedom",
  "satteri",
  "sharp",
];

export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  i18n: {
    locales: [{ path: "zh", codes: ["zh-Hans", "zh-CN", "zh"] }, "en"],
    defaultLocale: "zh",
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // press() watches data/ in `npm run dev`. Order matters: csp() rewrites the pages before they are
  // compressed; duckdbFiles() brings its own compressed copies and must come after precompress().
  integrations: [press(), csp(), precompress(), duckdbFiles()],
  vite: {
    // The client script as a file, not inline: cacheable, and allowed by a strict Content-Security-Policy.
    build: { assetsInlineLimit: 0 },
    // The data package runs DuckDB-WASM's Node bundle, which loads its .wasm files from disk: keep it,
    // and the other Node-only packages, out of the server bundles (PITFALLS: DuckDB-WASM, Builds).
    ssr: { external: NODE_ONLY },
    environments: Object.fromEntries(
      ["ssr", "prerender", "astro"].map((name) => [name, { resolve: { external: NODE_ONLY } }]),
    ),
    // The story files are read by our own parser too: rebuild the page when they change in `npm run dev`.
    server: { watch: { ignored: ["!**/src/content/**"] } },
  },
});
