import { createHash } from "node:crypto";
import { TABLE_NAMES, TABLES } from "@newarea/data";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Site, startSite } from "./notebookHelpers.ts";

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

async function page(path: string) {
  const res = await fetch(site.url(path));
  expect(res.status, path).toBe(200);
  return parseHTML(await res.text()).document;
}

describe("npm start's server", () => {
  it("sends the _headers rules: the policy on pages and on DuckDB-WASM's worker, a long cache and brotli for the engine", async () => {
    const page = await fetch(site.url("/notebook/"));
    const policy = page.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/^default-src 'none'; script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy).toContain("frame-ancestors 'none'");
    const notebook = await fetch(site.url("/notebook/")).then((r) => r.text());
    const duckdb = /data-duckdb="([^"]+)"/.exec(notebook)?.[1];
    expect(duckdb).toMatch(/^\/duckdb\//);
    const worker = await fetch(site.url(`${duckdb}duckdb-browser-eh.worker.js`), {
      method: "HEAD",
      headers: { "accept-encoding": "br" },
    });
    expect(worker.headers.get("content-security-policy")).toBe(policy);
    expect(worker.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const wasm = await fetch(site.url(`${duckdb}duckdb-eh.wasm`), {
      method: "HEAD",
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(wasm.headers.get("content-type")).toBe("application/wasm");
    expect(wasm.headers.get("content-encoding")).toBe("br");
    expect(Number(wasm.headers.get("content-length"))).toBeLessThan(6e6);
  });
});

describe("/data/ and /en/data/", () => {
  it("every download link answers 200 and its bytes have the SHA-256 the page shows", async () => {
    for (const path of ["/data/", "/en/data/"]) {
      const d = await page(path);
      const links = [...d.querySelectorAll("a[download]")];
      // Every table in Parquet, CSV, JSON and Arrow.
      expect(links.length).toBe(TABLE_NAMES.length * 4);
      for (const table of TABLE_NAMES) {
        for (const format of ["parquet", "csv", "json", "arrow"]) {
          expect(
            links.some((a) => a.getAttribute("href") === `/data/tables/${table}.${format}`),
            `${table}.${format}`,
          ).toBe(true);
        }
      }
      for (const a of links) {
        const href = a.getAttribute("href") ?? "";
        const shown = a.closest("li")?.querySelector(".dl-hash")?.textContent?.trim();
        // fetch() undoes any content-encoding: these are the bytes a reader saves.
        const res = await fetch(site.url(href), { headers: { "accept-encoding": "br, gzip" } });
        expect(res.status, href).toBe(200);
        const bytes = Buffer.from(await res.arrayBuffer());
        const sha = createHash("sha256").update(bytes).digest("hex");
        expect(sha, href).toBe(a.getAttribute("data-sha256"));
        expect(sha, href).toBe(shown);
        if (href.endsWith(".parquet")) {
          expect(bytes.subarray(0, 4).toString(), href).toBe("PAR1");
          expect(bytes.subarray(-4).toString(), href).toBe("PAR1");
        }
      }
    }
  });

  it("the data dictionary lists every column of every table with its type and meaning, and links the data diary", async () => {
    for (const path of ["/data/", "/en/data/"]) {
      const d = await page(path);
      for (const table of TABLE_NAMES) {
        const rows = [...(d.getElementById(table)?.querySelectorAll(".dl-dict tbody tr") ?? [])];
        expect(
          rows.map((r) => r.querySelector("td code")?.textContent),
          `${path} ${table}`,
        ).toEqual(TABLES[table].map((c) => c.name));
        for (const r of rows) {
          const cells = [...r.querySelectorAll("td")].map((c) => c.textContent?.trim() ?? "");
          expect(cells[1], `${path} ${table} ${cells[0]}`).toMatch(/^(VARCHAR|DOUBLE)/);
          expect(cells[3]?.length ?? 0, `${path} ${table} ${cells[0]}`).toBeGreaterThan(1);
        }
      }
      expect(d.querySelector('a[href="/sources/diary/"]'), path).not.toBeNull();
    }
    const en = await page("/en/data/");
    const value = [...(en.getElementById("figures")?.querySelectorAll(".dl-dict tbody tr") ?? [])].find(
      (r) => r.querySelector("td code")?.textContent === "value",
    );
    expect(value?.textContent).toContain(TABLES.figures.find((c) => c.name === "value")?.description ?? "?");
  });
});
