import { spawn } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

export interface BuildSiteOptions {
  /** The Astro project (apps/story). */
  root: string;
  /** Where the finished site goes, relative to root: `dist`. */
  outDir?: string;
  /** More arguments for `astro build`. */
  args?: readonly string[];
}

/** Returns the path of the Astro CLI the project has installed. */
function astroCli(root: string): string {
  const pkg = createRequire(join(root, "package.json")).resolve("astro/package.json");
  return join(dirname(pkg), "bin", "astro.mjs");
}

/**
 * Builds the site into a folder beside `outDir` and puts it in place only when the build succeeded, as
 * the data build does with the tables: a build that fails on a story error leaves the last good site
 * exactly as it was. Returns the exit code of `astro build`.
 */
export async function buildSite({ root, outDir = "dist", args = [] }: BuildSiteOptions): Promise<number> {
  const out = resolve(root, outDir);
  const next = `${out}.next`;
  const old = `${out}.old`;
  rmSync(next, { recursive: true, force: true });
  const code = await new Promise<number>((done) => {
    const child = spawn(process.execPath, [astroCli(root), "build", "--outDir", next, ...args], {
      cwd: root,
      stdio: "inherit",
    });
    child.on("exit", (c, signal) => done(c ?? (signal ? 1 : 0)));
    child.on("error", () => done(1));
  });
  if (code !== 0 || !existsSync(join(next, "index.html"))) {
    rmSync(next, { recursive: true, force: true });
    const kept = existsSync(out)
      ? `the last good site in ${outDir}/ is unchanged`
      : `nothing was written to ${outDir}/`;
    console.error(`\nThe build failed: ${kept}.`);
    return code || 1;
  }
  rmSync(old, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, old);
  renameSync(next, out);
  rmSync(old, { recursive: true, force: true });
  return 0;
}
