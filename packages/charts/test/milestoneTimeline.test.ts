import type { Lang } from "@newarea/data";
import { describe, expect, it } from "vitest";
import { describeMilestoneTimeline } from "../src/describeMilestoneTimeline.ts";
import { milestoneTimeline } from "../src/milestoneTimeline.ts";
import { MILESTONE_ROWS } from "./fixtures/milestonesTimeline.ts";
import { SOURCES } from "./fixtures/sources.ts";
import { createDocument, expectGolden } from "./snapshot.ts";

describe("milestoneTimeline(rows, options)", () => {
  for (const lang of ["zh", "en"] as Lang[]) {
    it(`milestoneTimeline(rows, {lang: "${lang}"}) matches its golden SVG`, async () => {
      await expectGolden(
        milestoneTimeline(MILESTONE_ROWS, { lang, document: createDocument() }),
        `milestoneTimeline-${lang}`,
      );
    });
  }

  it("milestoneTimeline(rows, {width: 360, highlight}) matches its golden SVG", async () => {
    const svg = milestoneTimeline(MILESTONE_ROWS, {
      lang: "en",
      document: createDocument(),
      width: 360,
      highlight: "jida-zhengyuan",
    });
    await expectGolden(svg, "milestoneTimeline-en-360");
  });

  it("milestoneTimeline has a legend saying which marks are done and which planned", () => {
    const zh = milestoneTimeline(MILESTONE_ROWS, { lang: "zh", document: createDocument() });
    expect([...zh.querySelectorAll("g.chart-legend text")].map((t) => t.textContent)).toEqual([
      "已完成",
      "计划（截至报道时）",
    ]);
    const en = milestoneTimeline(MILESTONE_ROWS, { lang: "en", document: createDocument() });
    expect([...en.querySelectorAll("g.chart-legend text")].map((t) => t.textContent)).toEqual([
      "done",
      "planned (as of the report)",
    ]);
  });

  it("milestoneTimeline draws done milestones filled and planned ones hollow, leaving out those outside the window", () => {
    const svg = milestoneTimeline(MILESTONE_ROWS, { lang: "zh", document: createDocument() });
    const done = [...svg.querySelectorAll("g.chart-done title")].map((t) => t.textContent);
    const planned = [...svg.querySelectorAll("g.chart-planned title")].map((t) => t.textContent);
    expect(done).toEqual(["2023年4月12日：二期启动建设"]);
    expect(planned).toHaveLength(6);
    expect(planned).toContain("2023年底：建成交付使用");
    expect(planned).toContain("2024年4月：竣工投产");
    for (const g of svg.querySelectorAll("g.chart-planned")) expect(g.getAttribute("fill")).toBe("none");
  });

  it("milestoneTimeline draws a milestone two sources report identically once, its label unchanged", () => {
    const handover = MILESTONE_ROWS.filter((r) => r.subject_id === "optics-valley");
    expect(handover.map((r) => r.source_id)).toEqual(["primary-2023", "xinhua-2023-04-15"]);
    const svg = milestoneTimeline(MILESTONE_ROWS, { lang: "zh", document: createDocument() });
    const titles = [...svg.querySelectorAll("g.chart-done title, g.chart-planned title")].map(
      (t) => t.textContent,
    );
    expect(titles).toHaveLength(7);
    expect(titles.filter((t) => t === "2023年底：建成交付使用")).toHaveLength(1);
    const labels = [...svg.querySelectorAll("g.chart-label text")].map((t) => t.textContent);
    expect(labels).toHaveLength(7);
    expect(labels.filter((t) => t === "2023年底：建成交付使用")).toHaveLength(1);
    // Milestones that differ in anything (GenSci's production: 2024 and June 2024) stay apart.
    expect(titles.filter((t) => t?.endsWith("：投产"))).toEqual(["2024年：投产", "2024年6月：投产"]);
  });

  it("milestoneTimeline(rows, {from, to}) shows only the milestones overlapping the window", () => {
    const svg = milestoneTimeline(MILESTONE_ROWS, {
      lang: "en",
      document: createDocument(),
      from: "2018-01-01",
      to: "2023-06-30",
    });
    const titles = [...svg.querySelectorAll("g.chart-done title, g.chart-planned title")].map(
      (t) => t.textContent,
    );
    expect(titles).toEqual([
      "October 2018: Phase I completed",
      "March 2021: Construction starts",
      "12 April 2023: Phase II construction starts",
    ]);
  });

  it("milestoneTimeline(rows, {width: 360}) is drawn for a phone: no legend, labels only on what the step is about", () => {
    const labels = (svg: Element) =>
      [...svg.querySelectorAll("g.chart-label text")].map((t) => t.textContent);
    const options = { lang: "en" as const, document: createDocument(), width: 360 };
    const overview = milestoneTimeline(MILESTONE_ROWS, options);
    expect(overview.querySelector("g.chart-legend")).toBeNull();
    const done = MILESTONE_ROWS.filter((m) => m.status === "done" && m.date >= "2023-04");
    expect(labels(overview)).toHaveLength(new Set(done.map((m) => m.event_en)).size);
    const gensci = milestoneTimeline(MILESTONE_ROWS, { ...options, highlight: "gensci-park" });
    const keys = [...gensci.querySelectorAll("g.chart-label text")].map((t) => t.getAttribute("data-key"));
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(k?.startsWith("gensci-park/")).toBe(true);
    // Every milestone still has its mark, labelled or not.
    const marks = (svg: Element) => svg.querySelectorAll("g.chart-done > *, g.chart-planned > *").length;
    expect(marks(gensci)).toBe(
      marks(milestoneTimeline(MILESTONE_ROWS, { lang: "en", document: createDocument() })),
    );
  });
});

describe("describeMilestoneTimeline(rows, options)", () => {
  it("describeMilestoneTimeline says how many milestones fall outside the window", () => {
    const d = describeMilestoneTimeline(MILESTONE_ROWS, { lang: "en" });
    expect(d.subtitle).toBe(
      "April 2023 to December 2024. Filled marks are done, hollow ones planned (as of the report); 2 milestones fall outside this window and are not shown",
    );
    expect(d.alt).toContain("2 more fall outside this window.");
    expect(describeMilestoneTimeline(MILESTONE_ROWS, { lang: "zh" }).subtitle).toContain(
      "另有2个节点在此时段之外，未画出",
    );
  });

  it("describeMilestoneTimeline's alt text gives every milestone shown with its date and status", () => {
    const { alt } = describeMilestoneTimeline(MILESTONE_ROWS, { lang: "zh" });
    expect(alt).toContain("长光卫星航天信息产业园二期：2023年4月12日：二期启动建设（已完成）");
    expect(alt).toContain(
      "吉大正元信息安全产业园：2023年底：主体建设完成（计划）；2024年4月：竣工投产（计划）",
    );
  });

  it("describeMilestoneTimeline's alt text gives a milestone two sources report once", () => {
    const { alt } = describeMilestoneTimeline(MILESTONE_ROWS, { lang: "zh" });
    expect(alt.split("2023年底：建成交付使用")).toHaveLength(2);
  });

  it("describeMilestoneTimeline's table has one row per source row in the window", () => {
    const { table, source } = describeMilestoneTimeline(MILESTONE_ROWS, { lang: "en", sources: SOURCES });
    expect(table.rows).toHaveLength(8);
    expect(
      table.rows.filter((r) => r.milestone === "end of 2023: Completed and handed over").map((r) => r.source),
    ).toEqual(["China Tibet Online (reprint)", "Xinhua Finance"]);
    expect(table.rows[0]).toMatchObject({
      milestone: "12 April 2023: Phase II construction starts",
      status: "done",
      source: "China Tibet Online (reprint)",
    });
    expect(source).toBe(
      "Sources: China Tibet Online (reprint), Xinhua Finance and Science and Technology Daily",
    );
  });
  it("milestoneTimeline(rows, {from, to}) over several years ticks whole years, leaving room between labels", () => {
    const ticks = (width: number) => {
      const svg = milestoneTimeline(MILESTONE_ROWS, {
        lang: "zh",
        from: "2018-01-01",
        to: "2024-12-31",
        width,
        document: createDocument(),
      });
      return [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')].map((t) => t.textContent);
    };
    expect(ticks(640)).toEqual([
      "2018年",
      "2019年",
      "2020年",
      "2021年",
      "2022年",
      "2023年",
      "2024年",
      "2025年",
    ]);
    expect(ticks(360)).toEqual(["2018年", "2020年", "2022年", "2024年"]);
  });
});
