import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { serve } from "../scripts/serve.mjs";
import { DIST, distFiles, distText, requireDist, STORY_PAGES } from "./distFiles.ts";

const PAGE_BUDGET = 15 * 1024;
const HOST_SCRIPT_BUDGET = 2 * 1024;

const doc = (path: string) => parseHTML(distText(path)).document;
const brotli = (bytes: Buffer | string) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The story's steps in `lang`, read from the built story page: id, chart title, subtitle, source, CSV. */
function storySteps(path: string) {
  return [...doc(`${path}index.html`).querySelectorAll("li.step")].map((li) => ({
    id: li.id,
    title: li.querySelector(".chart-title")?.textContent ?? "",
    subtitle: li.querySelector(".chart-subtitle")?.textContent ?? "",
    source: li.querySelector(".chart-source")?.textContent ?? "",
    csv: li.querySelector(".chart-links a[download]")?.getAttribute("href") ?? "",
    // linkedom leaves a textarea's character references as they are.
    embed: decode(li.querySelector("details.chart-embed textarea")?.textContent ?? ""),
    png: li.querySelector(".chart-images a[href$='chart.png']")?.getAttribute("href"),
    svg: li.querySelector(".chart-images a[href$='chart.svg']")?.getAttribute("href"),
  }));
}

const embedDir = (path: string, id: string) => `${path}embed/${id}/`;

beforeAll(() => requireDist());

describe("embed pages", () => {
  it("every story step has an embed page in zh and en: title, subtitle, both drawings, source, data link, link back to the step", () => {
    for (const { path, html } of STORY_PAGES) {
      const steps = storySteps(path);
      expect(steps.length).toBeGreaterThanOrEqual(12);
      for (const s of steps) {
        const page = `${embedDir(path, s.id)}index.html`;
        const d = doc(page);
        expect(d.documentElement.getAttribute("lang"), page).toBe(html);
        expect(d.querySelector("h1")?.textContent, page).toBe(s.title);
        expect(d.querySelector(".chart-subtitle")?.textContent, page).toBe(s.subtitle);
        expect(d.querySelector(".chart-source")?.textContent, page).toBe(s.source);
        const graphic = d.querySelector(".chart-graphic[role='img']");
        expect(graphic?.getAttribute("aria-label"), page).toMatch(
          new RegExp(`^${escapeRegExp(s.title)}\\. .{20,}`),
        );
        expect(graphic?.querySelectorAll(".chart-narrow > *, .chart-wide > *"), page).toHaveLength(2);
        const links = [...d.querySelectorAll(".embed-links a")].map((a) => a.getAttribute("href"));
        expect(links, page).toEqual([s.csv, `${path}#${s.id}`]);
        expect(d.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
      }
    }
  });

  it("an embed page loads one script, /embed/frame.js, no scrolly, no DuckDB, its own stylesheet, and has its CSP", () => {
    for (const { path } of STORY_PAGES) {
      for (const s of storySteps(path)) {
        const page = `${embedDir(path, s.id)}index.html`;
        const d = doc(page);
        expect(
          [...d.querySelectorAll("script")].map((x) => x.getAttribute("src")),
          page,
        ).toEqual(["/embed/frame.js"]);
        expect(distText(page), page).not.toMatch(/duckdb|\.wasm|scrolly|modulepreload/i);
        const css = [...d.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute("href"));
        expect(css, page).toHaveLength(1);
        expect(distText(css[0] as string), page).not.toMatch(/\.scrolly|\.masthead/);
        expect(
          d.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content"),
        ).toMatch(/^default-src 'none'; script-src 'self'/);
      }
    }
  });

  it(`each embed page with its stylesheet and script weighs at most ${PAGE_BUDGET / 1024} KB brotli; /embed.js at most ${HOST_SCRIPT_BUDGET / 1024} KB`, () => {
    const weights: number[] = [];
    for (const { path } of STORY_PAGES) {
      for (const s of storySteps(path)) {
        const page = `${embedDir(path, s.id)}index.html`;
        const d = doc(page);
        const files = [
          page,
          ...[...d.querySelectorAll("link[rel='stylesheet'], script[src]")].map(
            (el) => (el.getAttribute("href") ?? el.getAttribute("src")) as string,
          ),
        ];
        const total = files.reduce((n, f) => n + brotli(readFileSync(join(DIST, f))), 0);
        expect(total, `${page}: ${files.join(", ")}`).toBeLessThanOrEqual(PAGE_BUDGET);
        weights.push(total);
      }
    }
    expect(Math.max(...weights)).toBeGreaterThan(1024); // the chart is in the page, not fetched
    const host = readFileSync(join(DIST, "embed.js"));
    expect(brotli(host)).toBeLessThanOrEqual(HOST_SCRIPT_BUDGET);
    expect(host.toString()).toContain("iframe[data-newarea-embed]");
  });

  it("each embed has chart.svg (standalone: XML, namespace, CJK fonts, title, source, no stylesheet) and chart.png at least 1200 px wide", () => {
    for (const { path } of STORY_PAGES) {
      for (const s of storySteps(path)) {
        const dir = embedDir(path, s.id);
        const svg = distText(`${dir}chart.svg`);
        expect(
          svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
        ).toBe(true);
        expect(svg, dir).toMatch(/font-family="[^"]*'Noto Sans CJK SC'[^"]*"/);
        expect(svg, dir).not.toMatch(/<style|\sstyle="/);
        const text = parseHTML(`<html><body>${svg.replace(/^<\?xml[^>]*>/, "")}</body></html>`).document;
        expect(text.querySelector("body > svg > title")?.textContent, dir).toBe(s.title);
        const words = [...text.querySelectorAll("body > svg > text")].map((t) => t.textContent).join("");
        expect(words.replace(/\s/g, ""), dir).toContain(s.source.replace(/\s/g, ""));
        const png = readFileSync(join(DIST, `${dir}chart.png`));
        expect(png.subarray(1, 4).toString(), dir).toBe("PNG");
        expect(png.readUInt32BE(16), dir).toBeGreaterThanOrEqual(1200);
        expect(png.readUInt32BE(20), dir).toBeGreaterThan(300);
      }
    }
  });
});

describe("the embed control under each story chart", () => {
  it("every story chart links its PNG and SVG and shows the embed code: an iframe marked for /embed.js, with a title and a default height", () => {
    for (const { path } of STORY_PAGES) {
      for (const s of storySteps(path)) {
        expect(s.png, s.id).toBe(`${embedDir(path, s.id)}chart.png`);
        expect(s.svg, s.id).toBe(`${embedDir(path, s.id)}chart.svg`);
        const code = parseHTML(`<html><body>${s.embed}</body></html>`).document;
        const iframe = code.querySelector("iframe");
        expect(iframe?.getAttribute("src"), s.id).toBe(embedDir(path, s.id));
        expect(iframe?.hasAttribute("data-newarea-embed"), s.id).toBe(true);
        expect(iframe?.getAttribute("title"), s.id).toBe(s.title);
        expect(Number(iframe?.getAttribute("height")), s.id).toBeGreaterThanOrEqual(200);
        expect(code.querySelector("script")?.getAttribute("src"), s.id).toBe("/embed.js");
      }
    }
  });
});

describe("framing", () => {
  let site: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    site = await serve({ root: DIST, port: 0 });
  });
  afterAll(() => site?.close());

  it("serve() lets any site frame an embed page and its images, and no other page", async () => {
    const policy = async (path: string) =>
      (await fetch(new URL(path, site.url))).headers.get("content-security-policy") ?? "";
    for (const path of [
      "/embed/scale/",
      "/en/embed/money/",
      "/embed/scale/chart.svg",
      "/en/embed/target/chart.png",
    ])
      expect(await policy(path), path).toMatch(/; frame-ancestors \*$/);
    for (const path of ["/", "/en/", "/data/", "/embed.js", "/notebook/"])
      expect(await policy(path), path).toMatch(/; frame-ancestors 'none'$/);
    // Otherwise the same policy.
    const strip = (p: string) => p.replace(/; frame-ancestors .*$/, "");
    expect(strip(await policy("/embed/scale/"))).toBe(strip(await policy("/")));
  });
});

describe("/data/datapackage.json", () => {
  let site: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    site = await serve({ root: DIST, port: 0 });
  });
  afterAll(() => site?.close());

  it("every resource path answers on the built site with exactly the bytes and sha256 the package gives", async () => {
    const base = new URL("/data/datapackage.json", site.url);
    const res = await fetch(base);
    expect(res.status).toBe(200);
    const pkg = (await res.json()) as {
      resources: { name: string; path: string; bytes: number; hash: string; format: string }[];
    };
    expect(pkg.resources.length).toBe(16);
    for (const r of pkg.resources) {
      expect(r.path, r.name).toMatch(/^tables\/[a-z]+\.(csv|parquet|json|arrow)$/);
      // Without Accept-Encoding: the file's own bytes, not a compressed copy.
      const file = await fetch(new URL(r.path, base), { headers: { "accept-encoding": "identity" } });
      expect(file.status, r.path).toBe(200);
      const bytes = Buffer.from(await file.arrayBuffer());
      expect(bytes.byteLength, r.path).toBe(r.bytes);
      expect(`sha256:${createHash("sha256").update(bytes).digest("hex")}`, r.path).toBe(r.hash);
    }
  });

  it("/data/ and /en/data/ link to it", () => {
    for (const page of ["/data/index.html", "/en/data/index.html"]) {
      expect(doc(page).querySelector('a[href="/data/datapackage.json"]'), page).not.toBeNull();
    }
    expect(distFiles()).toContain("/data/datapackage.json");
  });
});

/** Decodes the character references Astro writes into a textarea. */
function decode(text: string): string {
  const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', amp: "&", "#39": "'" };
  return text.replace(/&(lt|gt|quot|amp|#39);/g, (_, name: string) => named[name] as string);
}

/** Escapes text for a RegExp. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
