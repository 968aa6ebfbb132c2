import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { type NamedQuery, QUERIES } from "@newarea/data";
import { CHARTS, duckdbDistDir } from "@newarea/press";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { ALL_PAGES, SITE } from "./notebookHelpers.ts";

const html = (path: string) =>
  readFileSync(join(SITE, path.endsWith("/") ? `${path}index.html` : path), "utf8");
const doc = (path: string) => parseHTML(html(path)).document;
const NOTEBOOKS = [
  { path: "/notebook/", lang: "zh", story: "/" },
  { path: "/en/notebook/", lang: "en", story: "/en/" },
];
const STORY_QUERIES = [...new Set(Object.values(CHARTS).map((c) => c.query))];

beforeAll(() => {
  if (!existsSync(join(SITE, "notebook", "index.html")))
    throw new Error(`no notebook in ${SITE}: build the site first`);
});

describe("the built notebook", () => {
  it("has a cell for every query a chart of the site is drawn from, showing that query's SQL from the data package", () => {
    expect(STORY_QUERIES.sort()).toEqual([
      "area_key_figures",
      "investment_by_subject",
      "milestones_timeline",
      "output_promises",
      "subject_overview",
    ]);
    for (const { path } of NOTEBOOKS) {
      const d = doc(path);
      for (const name of [...STORY_QUERIES, "conflicts"]) {
        const cell = d.getElementById(name);
        expect(cell?.getAttribute("data-sql-cell"), `${path}#${name}`).toBe(name);
        // One source of truth: the SQL shown is QUERIES' text, character for character.
        expect(cell?.querySelector("pre[data-sql]")?.textContent, `${path}#${name}`).toBe(
          QUERIES[name as NamedQuery].sql,
        );
      }
    }
  });

  it("every story chart's 'how we got this' link goes to its cell in the notebook of its language", () => {
    for (const { path, story } of NOTEBOOKS) {
      const links = [...doc(story).querySelectorAll("a[data-query]")];
      expect(links.length).toBeGreaterThanOrEqual(12);
      for (const a of links) {
        const href = a.getAttribute("href") ?? "";
        expect(href).toBe(`${path}#${a.getAttribute("data-query")}`);
        expect(doc(path).getElementById(href.split("#")[1] ?? ""), href).not.toBeNull();
      }
    }
  });

  it("every chart cell and table cell is fed by a SQL cell of the page, and is baked in", () => {
    for (const { path } of NOTEBOOKS) {
      const d = doc(path);
      const fed = [...d.querySelectorAll("[data-chart-cell], [data-table-cell]")];
      expect(fed.length).toBeGreaterThanOrEqual(8);
      for (const el of fed) {
        expect(
          d.getElementById(el.getAttribute("data-from") ?? "")?.hasAttribute("data-sql-cell"),
          el.id,
        ).toBe(true);
        if (el.hasAttribute("data-chart-cell")) {
          // Drawn at both widths: an SVG each, or twoMeasures' HTML figure.
          expect(el.querySelectorAll(".chart-svg > :is(svg, div)").length, el.id).toBe(2);
          expect(JSON.parse(el.getAttribute("data-options") ?? "").lang, el.id).toBe(
            path === "/notebook/" ? "zh" : "en",
          );
        } else {
          expect(el.querySelectorAll("tbody tr").length, el.id).toBeGreaterThan(0);
        }
      }
    }
  });

  it("the notebook page loads a small script and no DuckDB until Run", () => {
    for (const { path } of NOTEBOOKS) {
      const scripts = [...doc(path).querySelectorAll("script[src]")].map((s) => s.getAttribute("src") ?? "");
      expect(scripts).toHaveLength(1);
      const text = readFileSync(join(SITE, scripts[0] ?? ""), "utf8");
      expect(text).not.toMatch(/duckdb-browser|AsyncDuckDB/);
      expect(text).toMatch(/notebookRuntime\.[\w-]+\.js/);
      expect(statSync(join(SITE, scripts[0] ?? "")).size).toBeLessThan(30_000);
    }
  });
});

describe("the Content-Security-Policy", () => {
  const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

  it("every page carries it as its first <meta> after charset: same-origin only, wasm allowed, no eval, no unsafe-inline", () => {
    for (const path of ALL_PAGES) {
      const text = html(path);
      expect(text.slice(0, 200), path).toMatch(
        /<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="/,
      );
      const policy =
        doc(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "";
      expect(policy, path).toMatch(/^default-src 'none'; script-src 'self' 'wasm-unsafe-eval'[ ;]/);
      for (const d of [
        "worker-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        "img-src 'self'",
      ]) {
        expect(policy, path).toContain(d);
      }
      expect(policy, path).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:|\*/);
      // frame-ancestors in a <meta> is ignored with a console error: the header carries it.
      expect(policy, path).not.toContain("frame-ancestors");
      // Every inline <style> (Plot's, in each chart) and style attribute is allowed by its hash, and
      // there is no inline script at all.
      const d = doc(path);
      expect(d.querySelectorAll("script:not([src])").length, path).toBe(0);
      for (const s of d.querySelectorAll("style")) expect(policy, path).toContain(hash(s.textContent ?? ""));
      for (const el of d.querySelectorAll("[style]"))
        expect(policy, path).toContain(hash(el.getAttribute("style") ?? ""));
    }
  });

  it("_headers gives static hosts the same policy for every path, with frame-ancestors", () => {
    const headers = readFileSync(join(SITE, "_headers"), "utf8");
    const line = headers.split("\n").find((l) => l.trim().startsWith("Content-Security-Policy:")) ?? "";
    expect(headers.split("\n").indexOf(line) - 1).toBe(headers.split("\n").indexOf("/*"));
    expect(line).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(line).toContain("frame-ancestors 'none'");
    for (const path of ALL_PAGES) {
      const meta =
        doc(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "";
      for (const h of meta.match(/'sha256-[^']+'/g) ?? []) expect(line, path).toContain(h);
    }
  });
});

describe("the DuckDB-WASM files", () => {
  it("the eh and mvp builds are self-hosted with brotli and gzip copies (27 MB raw, under 6 MB brotli)", () => {
    // The folder the notebook names: the version and a hash of the patched workers.
    const folder = doc("/notebook/").querySelector("[data-notebook]")?.getAttribute("data-duckdb") ?? "";
    expect(folder).toMatch(/^\/duckdb\/1\.32\.0-[0-9a-f]{8}\/$/);
    const dir = join(SITE, folder);
    for (const f of [
      "duckdb-eh.wasm",
      "duckdb-browser-eh.worker.js",
      "duckdb-mvp.wasm",
      "duckdb-browser-mvp.worker.js",
    ]) {
      for (const suffix of ["", ".br", ".gz"])
        expect(existsSync(join(dir, f + suffix)), f + suffix).toBe(true);
    }
    const raw = statSync(join(dir, "duckdb-eh.wasm")).size;
    const br = statSync(join(dir, "duckdb-eh.wasm.br")).size;
    // The published wasm without the ~75,000 exports its glue never looks up (@newarea/data's planExports):
    // 7.4 MB of names less, the code the same.
    const published = statSync(join(duckdbDistDir(), "duckdb-eh.wasm")).size;
    expect(published - raw).toBeGreaterThan(7e6);
    expect(raw).toBeGreaterThan(20e6);
    expect(br).toBeLessThan(6e6);
    // The workers as served: their glue patched to take the wasm the page compiled.
    expect(readFileSync(join(dir, "duckdb-browser-eh.worker.js"), "utf8")).toContain(
      "this.mainModuleURL instanceof WebAssembly.Module",
    );
  });

  it("no story page names DuckDB or a .wasm file", () => {
    for (const path of ["/", "/en/", "/sources/", "/en/sources/"])
      expect(html(path), path).not.toMatch(/duckdb|\.wasm/i);
  });
});
