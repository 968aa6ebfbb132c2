import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { DIST, distFiles, distText, requireDist, STORY_PAGES } from "./distFiles.ts";

/** Budgets of a story page, brotli-compressed: its scripts, and the HTML of `/`. */
const JS_BUDGET = 12 * 1024;
const HTML_BUDGET = 25 * 1024;

let pages: string[] = [];
beforeAll(() => {
  requireDist();
  pages = distFiles().filter((f) => f.endsWith(".html"));
});

const doc = (path: string) => parseHTML(distText(path)).document;
const brotli = (bytes: Buffer) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The scripts a page loads: inline module code, script src files and their static imports, recursively. */
function pageScripts(path: string): { name: string; bytes: Buffer }[] {
  const d = doc(path);
  const out: { name: string; bytes: Buffer }[] = [];
  const seen = new Set<string>();
  const addFile = (src: string) => {
    const file = src.split(/[?#]/)[0] as string;
    if (seen.has(file)) return;
    seen.add(file);
    const bytes = readFileSync(join(DIST, file));
    out.push({ name: file, bytes });
    // Follow static imports of the bundled chunks (`import … from "./x.js"`, `import"./x.js"`).
    for (const m of bytes.toString("utf8").matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      const spec = m[1] as string;
      addFile(spec.startsWith("/") ? spec : new URL(spec, `http://x${file}`).pathname);
    }
  };
  d.querySelectorAll("script").forEach((s: Element, i: number) => {
    const src = s.getAttribute("src");
    if (src) addFile(src);
    else if (s.textContent?.trim() && s.getAttribute("type") !== "application/ld+json") {
      out.push({ name: `${path} inline #${i}`, bytes: Buffer.from(s.textContent) });
    }
  });
  for (const l of d.querySelectorAll('link[rel="modulepreload"]')) addFile(l.getAttribute("href") as string);
  return out;
}

describe("the built site", () => {
  it("has the story, the ledger and the data diary in both languages", () => {
    for (const p of [
      "/index.html",
      "/en/index.html",
      "/sources/index.html",
      "/en/sources/index.html",
      "/sources/diary/index.html",
    ]) {
      expect(pages).toContain(p);
    }
  });

  it("every page has lang, title, description and share tags (embed pages: none), and its og:image exists", () => {
    for (const path of pages) {
      const d = doc(path);
      const meta = (sel: string) => d.querySelector(sel)?.getAttribute("content") ?? "";
      expect(d.documentElement.getAttribute("lang"), path).toMatch(/^(zh-Hans|en)$/);
      expect(d.querySelector("title")?.textContent?.trim().length, path).toBeGreaterThan(5);
      expect(meta('meta[name="description"]').length, path).toBeGreaterThan(20);
      // An embed page is made for an iframe (noindex), not for sharing: it carries no share tags.
      if (/\/embed\//.test(path)) continue;
      expect(meta('meta[property="og:title"]'), path).not.toBe("");
      expect(meta('meta[property="og:description"]'), path).not.toBe("");
      expect(meta('meta[property="og:type"]'), path).not.toBe("");
      const image = meta('meta[property="og:image"]');
      // The story's card of the language, or a park page's own (/og/parks/zh.png, /og/parks/en/<id>.png).
      expect(image, path).toMatch(/\/og\/(parks\/)?(zh|en)(\/[a-z0-9-]+)?\.png$/);
      const file = join(DIST, new URL(image, "http://localhost/").pathname);
      expect(existsSync(file), `${path}: ${image}`).toBe(true);
      // A real PNG, 1200×630.
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  it("story pages are in the right language and ship no DuckDB-WASM and at most 12 KB of JavaScript (brotli)", () => {
    for (const { path, html } of STORY_PAGES) {
      const file = `${path}index.html`;
      expect(doc(file).documentElement.getAttribute("lang")).toBe(html);
      const scripts = pageScripts(file);
      const total = scripts.reduce((n, s) => n + brotli(s.bytes), 0);
      expect(total, scripts.map((s) => s.name).join(", ")).toBeLessThanOrEqual(JS_BUDGET);
      for (const s of scripts) expect(s.bytes.toString("utf8"), s.name).not.toMatch(/duckdb/i);
      expect(distText(file)).not.toMatch(/duckdb|\.wasm/i);
    }
  });

  it("the HTML of / is at most 25 KB brotli, and of /en/ too", () => {
    for (const { path } of STORY_PAGES) {
      const bytes = brotli(readFileSync(join(DIST, `${path}index.html`)));
      expect(bytes, `${path}: ${bytes} bytes`).toBeLessThanOrEqual(HTML_BUDGET);
    }
  });

  it("each scrolly stage holds one graphic per distinct chart of its steps, drawn once per width with its tips", () => {
    for (const { path } of STORY_PAGES) {
      const d = doc(`${path}index.html`);
      for (const section of d.querySelectorAll("[data-scrolly]")) {
        const steps = [...section.querySelectorAll("[data-step]")];
        const charts = [...new Set(steps.map((s) => s.getAttribute("data-chart")))];
        const graphics = [...section.querySelectorAll("[data-graphic-root]")];
        expect(
          graphics.map((g) => g.getAttribute("data-chart")),
          section.id,
        ).toEqual(charts);
        for (const g of graphics) {
          expect(g.querySelectorAll("template[data-width]"), section.id).toHaveLength(2);
          expect(g.querySelector("template[data-tips]"), section.id).not.toBeNull();
          // The drawing is made in the browser: nothing drawn in the page itself.
          expect(g.querySelector("[data-canvas]")?.children.length, section.id).toBe(0);
        }
        for (const step of steps) {
          const g = graphics[Number(step.getAttribute("data-graphic"))];
          expect(g?.getAttribute("data-chart"), step.id).toBe(step.getAttribute("data-chart"));
          // Its static chart, for readers without JavaScript and for print.
          expect(step.querySelector("noscript figure.chart"), step.id).not.toBeNull();
        }
      }
    }
  });

  it("no page, stylesheet or script refers to another origin in src, href, srcset, action or url()", () => {
    const other = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
    for (const path of pages) {
      const d = doc(path);
      for (const el of d.querySelectorAll("[src], [href], [srcset], [action], [poster], [xlink\\:href]")) {
        for (const attr of ["src", "href", "action", "poster", "xlink:href"]) {
          const v = el.getAttribute(attr);
          if (v) expect(v, `${path} ${el.tagName} ${attr}`).not.toMatch(other);
        }
        for (const part of (el.getAttribute("srcset") ?? "").split(",")) {
          expect(part.trim(), `${path} srcset`).not.toMatch(other);
        }
      }
    }
    for (const css of [...distFiles().filter((f) => f.endsWith(".css")), ...pages]) {
      for (const m of distText(css).matchAll(/url\(\s*["']?([^"')]+)/g)) {
        expect(m[1], css).not.toMatch(other);
      }
      expect(distText(css), css).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//);
    }
    for (const js of distFiles().filter((f) => f.endsWith(".js"))) {
      expect(distText(js), js).not.toMatch(/(fetch|import)\(\s*["'`]https?:\/\//);
    }
  });

  it("every step of the story has its prose and its chart as static SVG, title, source, alt text and data table", () => {
    for (const { path } of STORY_PAGES) {
      const d = doc(`${path}index.html`);
      const steps = [...d.querySelectorAll("[data-step]")];
      expect(steps.length).toBeGreaterThanOrEqual(12);
      for (const step of steps) {
        const id = step.getAttribute("id");
        expect(step.querySelector(".step-text")?.textContent?.trim().length, id ?? "").toBeGreaterThan(20);
        const figure = step.querySelector("figure.chart");
        // Drawn at two widths, each holding one SVG or more (a chart may have panels).
        const svgs = [...(figure?.querySelectorAll(".chart-svg") ?? [])].map(
          (c) => c.querySelectorAll("svg, .chart-two-measures").length,
        );
        expect(svgs.length, id ?? "").toBe(2);
        for (const n of svgs) expect(n, id ?? "").toBeGreaterThanOrEqual(1);
        expect(figure?.querySelector(".chart-title")?.textContent?.trim(), id ?? "").not.toBe("");
        expect(figure?.querySelector(".chart-source")?.textContent?.trim(), id ?? "").not.toBe("");
        const graphic = figure?.querySelector('[role="img"]');
        expect(graphic?.getAttribute("aria-label")?.length ?? 0, id ?? "").toBeGreaterThan(40);
        expect(figure?.querySelector("details table tbody tr"), id ?? "").not.toBeNull();
        // "How we got this": the notebook cell of the chart's named query, in the page's language.
        const notebook = path === "/" ? "/notebook/#" : `${path}notebook/#`;
        expect(figure?.querySelector(`a[href^="${notebook}"]`), id ?? "").not.toBeNull();
      }
    }
  });

  it("every chart's CSV exists and holds exactly the rows of its data table", () => {
    for (const { path } of STORY_PAGES) {
      const d = doc(`${path}index.html`);
      for (const figure of d.querySelectorAll("figure.chart")) {
        const href = figure.querySelector("a[download]")?.getAttribute("href") as string;
        expect(href).toMatch(/^\/data\/charts\/[a-z-]+\.(zh|en)(-\d+)?\.csv$/);
        const text = distText(href);
        // The site's one CSV form: UTF-8 with a byte order mark, lines ended by \n.
        expect(text.startsWith("\uFEFF"), href).toBe(true);
        expect(text, href).not.toContain("\r");
        const csv = text.slice(1).trimEnd().split("\n");
        const rows = figure.querySelectorAll("details table tbody tr").length;
        expect(csv.length - 1, href).toBe(rows);
        expect(csv[0]?.split(",").length, href).toBe(
          figure.querySelectorAll("details table thead th").length,
        );
      }
    }
  });

  it("the ledger lists every figure the story cites, and the sources", () => {
    for (const { path } of STORY_PAGES) {
      const story = doc(`${path}index.html`);
      const ledger = doc(`${path}sources/index.html`);
      const ids = [...story.querySelectorAll("[data-figure]")].map((s) => {
        const kind = s.getAttribute("data-kind") === "date" ? "ms" : "fig";
        return `${kind}-${s.getAttribute("data-figure")}`;
      });
      expect(ids.length).toBeGreaterThan(30);
      for (const id of ids) expect(ledger.getElementById(id), `${path}sources/ #${id}`).not.toBeNull();
      expect(ledger.querySelectorAll(".conflict").length).toBeGreaterThanOrEqual(4);
      expect(ledger.querySelector('a[href="/sources/diary/"]')).not.toBeNull();
    }
  });

  it("precompressed copies sit beside the text files", () => {
    for (const f of ["/index.html", "/en/index.html"]) {
      expect(existsSync(join(DIST, `${f}.br`)), f).toBe(true);
      expect(existsSync(join(DIST, `${f}.gz`)), f).toBe(true);
    }
  });
});
