import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite } from "../src/site/buildSite.ts";

// A one-page Astro project in a temporary folder, using the repository's installed packages.
const root = mkdtempSync(join(tmpdir(), "press-build-site-"));
const page = join(root, "src", "pages", "index.astro");
mkdirSync(join(root, "src", "pages"), { recursive: true });
writeFileSync(
  join(root, "package.json"),
  '{ "name": "press-build-site-test", "private": true, "type": "module" }\n',
);
writeFileSync(join(root, "astro.config.mjs"), "export default {};\n");
symlinkSync(
  fileURLToPath(new URL("../../../node_modules", import.meta.url)),
  join(root, "node_modules"),
  "dir",
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("buildSite", () => {
  it("buildSite() puts a good build in dist/, and a failed build leaves that dist/ exactly as it was", async () => {
    writeFileSync(page, "<p>the good site</p>\n");
    expect(await buildSite({ root })).toBe(0);
    const index = join(root, "dist", "index.html");
    expect(readFileSync(index, "utf8")).toContain("the good site");
    const before = statSync(index).mtimeMs;

    writeFileSync(page, '---\nthrow new Error("a mistake in the story");\n---\n<p>the broken site</p>\n');
    expect(await buildSite({ root })).not.toBe(0);
    expect(readFileSync(index, "utf8")).toContain("the good site");
    expect(statSync(index).mtimeMs).toBe(before);
    expect(existsSync(join(root, "dist.next"))).toBe(false);

    writeFileSync(page, "<p>the corrected site</p>\n");
    expect(await buildSite({ root })).toBe(0);
    expect(readFileSync(index, "utf8")).toContain("the corrected site");
    expect(existsSync(join(root, "dist.old"))).toBe(false);
  }, 240_000);
});
