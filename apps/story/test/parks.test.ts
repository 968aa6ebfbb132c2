import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  type ConflictRow,
  formatAmount,
  type LedgerRow,
  type NewareaDB,
  openDatabase,
  type SubjectListRow,
} from "@newarea/data";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, distText, parkPages, requireDist, STORY_PAGES } from "./distFiles.ts";

// The park, project and zone pages as built, checked against the data package's own rows.
let db: NewareaDB;
let subjects: SubjectListRow[];
let ledger: LedgerRow[];

beforeAll(async () => {
  requireDist();
  db = openDatabase();
  subjects = await db.named<SubjectListRow>("subject_list");
  ledger = await db.named<LedgerRow>("ledger");
});
afterAll(() => db?.close());

const doc = (path: string) => parseHTML(distText(path.endsWith("/") ? `${path}index.html` : path)).document;
const built = (href: string) => existsSync(join(DIST, href.split("#")[0] as string, "index.html"));
const LANGS = [
  { lang: "zh" as const, prefix: "" },
  { lang: "en" as const, prefix: "/en" },
];

describe("the park pages", () => {
  it("every subject but the area has a page in both languages, and no other page is built", async () => {
    const ids = subjects.map((s) => s.id).sort();
    expect(ids.length).toBeGreaterThanOrEqual(12);
    const [area] = await db.query<{ id: string }>("SELECT id FROM subjects WHERE kind = 'area'");
    expect(ids).not.toContain(area?.id);
    for (const { lang } of LANGS) {
      const pages = parkPages().filter((p) => p.lang === lang);
      expect(pages.map((p) => p.id).sort()).toEqual(ids);
    }
  });

  it("/parks/ and /en/parks/ link every page from their list and their chart's data table", () => {
    for (const { prefix } of LANGS) {
      const d = doc(`${prefix}/parks/`);
      const listed = [...d.querySelectorAll(".park-list a")].map((a) => a.getAttribute("href"));
      expect(listed.sort()).toEqual(subjects.map((s) => `${prefix}/parks/${s.id}/`).sort());
      const table = [...d.querySelectorAll("figure.chart details table a")].map((a) =>
        a.getAttribute("href"),
      );
      expect(table.sort()).toEqual(listed.sort());
      expect(d.querySelector("figure.chart .chart-wide svg")).not.toBeNull();
      // A phase is listed right under its park.
      const order = [...d.querySelectorAll(".park-list li")].map((li) => li.getAttribute("data-subject"));
      for (const s of subjects.filter((x) => x.parent_id && order.includes(x.parent_id))) {
        expect(order.indexOf(s.id), s.id).toBeGreaterThan(order.indexOf(s.parent_id as string));
      }
    }
  });

  it("each page shows every figure of its subject once (data-figure), linked to its ledger line, later reports in their own section", async () => {
    for (const { path, lang, id } of parkPages()) {
      const d = doc(path);
      const own = ledger.filter((r) => r.subject_id === id);
      const later = new Set(
        (await db.named<{ figure_id: string }>("later_reports", [id])).map((r) => r.figure_id),
      );
      const shown = [...d.querySelectorAll(".park-figure[data-figure]")].map((e) =>
        e.getAttribute("data-figure"),
      );
      expect(shown.sort(), path).toEqual(own.map((r) => r.figure_id).sort());
      const inLater = [...d.querySelectorAll(".park-later .park-figure")].map((e) =>
        e.getAttribute("data-figure"),
      );
      expect(inLater.sort(), path).toEqual([...later].sort());
      for (const f of d.querySelectorAll('section[aria-labelledby="figures"] .park-figure'))
        expect(later.has(f.getAttribute("data-figure") as string), path).toBe(false);
      const sources = lang === "zh" ? "/sources/" : "/en/sources/";
      for (const el of d.querySelectorAll(".park-figure[data-figure]")) {
        const fid = el.getAttribute("data-figure");
        expect(el.querySelector(".park-value")?.getAttribute("href"), path).toBe(`${sources}#fig-${fid}`);
        expect(doc(sources).getElementById(`fig-${fid}`), `${sources}#fig-${fid}`).not.toBeNull();
      }
    }
  });

  it("each figure shows its bound, period, source, text as written and reading", () => {
    const d = doc("/parks/fine-chemical-park/");
    const primary = d.getElementById("fig-tibet-fine-chemical-total-investment");
    expect(primary?.querySelector(".park-bound")?.textContent).toBe("确数");
    const facts = [...(primary?.querySelectorAll(".park-facts dt") ?? [])].map((e) => e.textContent);
    expect(facts).toEqual(["原文写法", "我们的读法", "时期", "来源", "说明"]);
    expect(primary?.querySelector(".park-facts q")?.textContent).toBe("175亿元");
    const floor = doc("/en/parks/zhongjun-tianxin-cultural-tourism/").querySelector(".park-figure");
    expect(floor?.querySelector(".park-bound")?.textContent).toBe("floor");
    expect(floor?.textContent).toContain("at least this much");
    const period = doc("/en/parks/beihu-future-science-city/").getElementById(
      "fig-fang-beihu-started-projects",
    );
    expect(period?.textContent).toContain("January to March 2024");
  });

  it("each disagreement of the data is spelled out on its subject's page, every reading visible with its source", async () => {
    const conflicts = await db.named<ConflictRow>("conflicts");
    const parks = conflicts.filter((c) => subjects.some((s) => s.id === c.subject_id));
    expect(parks.length).toBeGreaterThanOrEqual(6);
    for (const { prefix } of LANGS) {
      for (const c of parks) {
        const d = doc(`${prefix}/parks/${c.subject_id}/`);
        const readings = [...d.querySelectorAll(".park-conflict [data-figure]")].map((e) =>
          e.getAttribute("data-figure"),
        );
        expect(readings, `${c.subject_id} ${c.figure_id}`).toContain(c.figure_id);
      }
    }
    const chem = doc("/parks/fine-chemical-park/").querySelector(".park-conflict")?.textContent ?? "";
    expect(chem).toContain("中国西藏网（2023年8月，主要来源）给出175亿元");
    expect(chem).toContain("长春日报（2023年5月8日）给出178亿元");
    expect(chem).toContain("中国吉林网（2023年5月8日）给出约178亿元");
  });

  it("a phase links to its park and a park to its phases, in both languages", () => {
    for (const { prefix } of LANGS) {
      for (const s of subjects.filter((x) => subjects.some((p) => p.id === x.parent_id))) {
        const page = doc(`${prefix}/parks/${s.id}/`);
        expect(
          page.querySelector(`.park-head .kicker a[href="${prefix}/parks/${s.parent_id}/"]`),
          s.id,
        ).not.toBeNull();
        const parent = doc(`${prefix}/parks/${s.parent_id}/`);
        expect(parent.querySelector(`.park-phases a[href="${prefix}/parks/${s.id}/"]`), s.id).not.toBeNull();
      }
    }
  });

  it("each page has its milestones, planned and done, on a timeline and in a list linked to the ledger", async () => {
    const rows = await db.query<{ subject_id: string; milestone_id: string; status: string }>(
      "SELECT subject_id, milestone_id, status FROM milestones",
    );
    for (const { path, id } of parkPages()) {
      const d = doc(path);
      const own = rows.filter((r) => r.subject_id === id);
      const listed = [...d.querySelectorAll("[data-milestone]")].map((e) => [
        e.getAttribute("data-milestone"),
        e.getAttribute("data-status"),
      ]);
      expect(listed.sort(), path).toEqual(own.map((r) => [r.milestone_id, r.status]).sort());
      expect(d.querySelector('figure.chart[data-chart="milestoneTimeline"] svg') !== null, path).toBe(
        own.length > 0,
      );
    }
  });

  it("each page gives the SQL of its rows, and that SQL lists exactly the page's figures and milestones", async () => {
    for (const { path, id } of parkPages().filter((p) => p.lang === "en")) {
      const sql = doc(path).querySelector(".park-sql code")?.textContent ?? "";
      const [figures = "", milestones = ""] = sql.split(/;\s*\n\s*\n/);
      const f = await db.query<{ figure_id: string }>(figures);
      expect(f.map((r) => r.figure_id).sort(), path).toEqual(
        ledger
          .filter((r) => r.subject_id === id)
          .map((r) => r.figure_id)
          .sort(),
      );
      const m = await db.query<{ milestone_id: string }>(milestones.replace(/;\s*$/, ""));
      expect(m.length, path).toBe(doc(path).querySelectorAll("[data-milestone]").length);
    }
  });

  it("each page has its own title, description, share image and a link to itself in the other language", () => {
    for (const { path, lang, id } of parkPages()) {
      const d = doc(path);
      const meta = (sel: string) => d.querySelector(sel)?.getAttribute("content") ?? "";
      const name = d.querySelector("h1")?.textContent ?? "";
      expect(d.querySelector("title")?.textContent, path).toContain(name);
      expect(meta('meta[name="description"]'), path).toContain(name);
      expect(meta('meta[property="og:image"]'), path).toBe(`/og/parks/${lang}/${id}.png`);
      expect(existsSync(join(DIST, `og/parks/${lang}/${id}.png`)), path).toBe(true);
      const other = lang === "zh" ? `/en/parks/${id}/` : `/parks/${id}/`;
      expect(d.querySelector(`a[hreflang][href="${other}"]`), path).not.toBeNull();
    }
  });

  it("a Chinese page is Chinese throughout: no Latin-script words outside names, figures and the SQL", () => {
    for (const { path } of parkPages().filter((p) => p.lang === "zh")) {
      const d = doc(path);
      for (const el of d.querySelectorAll("script, style, svg, .park-sql, [lang='en'], a[hreflang]"))
        el.remove();
      const text = d.querySelector("main")?.textContent ?? "";
      // CSV and GMP are names (a file format, the drug-manufacturing standard a source names), not English.
      const words = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !["CSV", "GMP"].includes(w));
      expect(words, path).toEqual([]);
    }
  });

  it("the ledger's subject names and the story's chart tables link to the park pages", () => {
    for (const { path, lang } of STORY_PAGES) {
      const prefix = lang === "zh" ? "" : "/en";
      const ledgerLinks = [
        ...doc(`${prefix}/sources/`).querySelectorAll(`.ledger a[href^="${prefix}/parks/"]`),
      ];
      const story = [...doc(path).querySelectorAll(`figure.chart details a[href^="${prefix}/parks/"]`)];
      for (const links of [ledgerLinks, story]) {
        expect(links.length).toBeGreaterThan(10);
        for (const a of links)
          expect(built(a.getAttribute("href") as string), a.getAttribute("href") ?? "").toBe(true);
      }
      const linked = new Set(ledgerLinks.map((a) => a.getAttribute("href")));
      expect([...linked].sort()).toEqual(
        [
          ...new Set(
            ledger
              .filter((r) => subjects.some((s) => s.id === r.subject_id))
              .map((r) => `${prefix}/parks/${r.subject_id}/`),
          ),
        ].sort(),
      );
    }
  });

  it("the lead prints each figure as the data package formats it", () => {
    for (const { path, lang } of parkPages()) {
      for (const el of doc(path).querySelectorAll(".park-lead .fig[data-figure]")) {
        const row = ledger.find((r) => r.figure_id === el.getAttribute("data-figure"));
        expect(row, path).toBeDefined();
        if (row) expect(el.textContent, path).toBe(formatAmount(row, lang));
      }
    }
  });
});
