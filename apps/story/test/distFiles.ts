import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The built site the tests read. */
export const DIST = fileURLToPath(new URL("../dist/", import.meta.url));

/** Throws a clear message when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(join(DIST, "index.html"))) {
    throw new Error(
      "apps/story/dist is missing: run `npm run build -w @newarea/story` (or the root `npm test`) first",
    );
  }
}

/** Every file under dist/, as site paths (`/en/index.html`), precompressed copies left out. */
export function distFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!/\.(br|gz)$/.test(name)) out.push(`/${relative(DIST, path).split("\\").join("/")}`);
    }
  };
  walk(DIST);
  return out.sort();
}

/** Returns a built file's text by site path. */
export function distText(path: string): string {
  return readFileSync(join(DIST, path), "utf8");
}

/** The story pages and their languages. */
export const STORY_PAGES = [
  { path: "/", lang: "zh" as const, html: "zh-Hans" },
  { path: "/en/", lang: "en" as const, html: "en" },
];

/** The pages of the parks, projects and zones (/parks/<id>/, /en/parks/<id>/) the build wrote, with their language and id. */
export function parkPages(): { path: string; lang: "zh" | "en"; id: string }[] {
  return distFiles().flatMap((f) => {
    const m = /^(\/en)?\/parks\/([a-z0-9-]+)\/index\.html$/.exec(f);
    return m?.[2]
      ? [{ path: f.replace(/index\.html$/, ""), lang: m[1] ? ("en" as const) : ("zh" as const), id: m[2] }]
      : [];
  });
}
