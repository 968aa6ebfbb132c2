import { formatAmount, type Lang, type SubjectListRow } from "@newarea/data";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildSubjectIndex } from "../src/subject/buildSubjectIndex.ts";
import { buildSubjectPages, type SubjectPage } from "../src/subject/buildSubjectPages.ts";
import { harbourData, LEDGER, SUBJECT_LEDGER, SUBJECTS } from "./fixtures/harbour.ts";

const links = {
  figureHref: (id: string) => `/sources/#fig-${id}`,
  milestoneHref: (id: string) => `/sources/#ms-${id}`,
  subjectHref: (id: string) => `/parks/${id}/`,
};
const pages = async (lang: Lang, data = harbourData()) => buildSubjectPages(lang, await data, links);
const page = async (id: string, lang: Lang = "zh") => {
  const found = (await pages(lang)).find((p) => p.id === id);
  if (!found) throw new Error(`no page ${id}`);
  return found;
};
/** 超60亿元 as the site prints a floor, in `lang`. */
const floor = (lang: Lang) => formatAmount({ value: 6e9, unit: "CNY", bound: "at_least" }, lang);
const text = (html: string) => parseHTML(`<p>${html}</p>`).document.querySelector("p")?.textContent ?? "";
const ids = (groups: SubjectPage["figures"]) => groups.flatMap((g) => g.figures.map((f) => f.id));
/** Every sentence a page generates, as text. */
const sentences = (p: SubjectPage) => [
  p.title,
  p.description,
  text(p.lead),
  p.laterIntro,
  p.sqlIntro,
  ...p.disagreements.map((d) => text(d.html)),
];

describe("buildSubjectPages(lang, data, links)", () => {
  it("buildSubjectPages() builds one page per subject of subject_list, in its order, the district left out", async () => {
    expect((await pages("en")).map((p) => p.id)).toEqual(SUBJECTS.map((s) => s.id));
  });

  it("buildSubjectPages() gives every figure of a subject once: the story's year in figures, later reports apart", async () => {
    const all = [...LEDGER, ...SUBJECT_LEDGER].filter((r) => r.subject_id !== "harbour-district");
    for (const p of await pages("zh")) {
      const own = all.filter((r) => r.subject_id === p.id).map((r) => r.figure_id);
      expect([...ids(p.figures), ...ids(p.later)].sort(), p.id).toEqual(own.sort());
    }
    const battery = await page("battery-park");
    expect(ids(battery.figures)).toEqual(["battery-primary", "battery-coast"]);
    expect(ids(battery.later)).toEqual(["evening-battery-total"]);
    expect(battery.later[0]?.figures[0]).toMatchObject({ later: true, text: "80亿元" });
  });

  it("buildSubjectPages() gives each figure its bound, period, source, text as written, reading and ledger link", async () => {
    const [primary, coast] = (await page("battery-park", "en")).figures[0]?.figures ?? [];
    expect(coast).toMatchObject({
      text: floor("en"),
      bound: "at_least",
      boundLabel: "floor",
      asWritten: "超60亿元",
      period: null,
      href: "/sources/#fig-battery-coast",
      source: { publisher: "Coast News", date: "March 2024", primary: false },
    });
    expect(primary).toMatchObject({ boundLabel: "exact", location: "line 1", source: { primary: true } });
  });

  it("buildSubjectPages() spells out a disagreement: every reading, with who gave it, none picked", async () => {
    const [zh] = (await page("battery-park")).disagreements;
    // The words as written are quoted when the printed figure says it otherwise (至少60亿元 for 超60亿元).
    const written = floor("zh") === "超60亿元" ? "" : "（原文超60亿元）";
    expect(zh?.figureIds).toEqual(["battery-primary", "battery-coast"]);
    expect(text(zh?.html ?? "")).toBe(
      `2个来源给出的总投资不同：港湾日报（2024年2月1日，主要来源）给出50亿元；海岸新闻（2024年3月）给出${floor("zh")}${written}。我们把各方数字都列出来，不替读者挑选。`,
    );
    const [en] = (await page("battery-park", "en")).disagreements;
    expect(en?.html).toContain(
      'Harbour Daily, 1 February 2024, the primary source, wrote <q lang="zh-Hans">50亿元</q> (',
    );
    expect(text(en?.html ?? "")).toContain(
      "the primary source, wrote 50亿元 (CNY 5 billion); Coast News, March 2024, wrote 超60亿元",
    );
    // Each reading is the site's figure element, linked to its ledger line.
    const d = parseHTML(`<p>${en?.html}</p>`).document;
    expect([...d.querySelectorAll("[data-figure]")].map((e) => e.getAttribute("data-figure"))).toEqual([
      "battery-primary",
      "battery-coast",
    ]);
  });

  it("buildSubjectPages() calls a floor a floor in the lead and the description, and sends later reports apart", async () => {
    const en = await page("battery-park", "en");
    expect(en.lead).toContain(
      '<q lang="zh-Hans">超60亿元</q> is a floor: the source says only that it is at least this much',
    );
    expect(en.description).toContain("the highest figure is only a floor");
    expect(text(en.lead)).toContain("1 more figure comes from later reports, listed apart");
    const zh = await page("battery-park");
    expect(zh.lead).toContain('<q lang="zh-Hans">超60亿元</q>是下限：来源只说不少于这个数');
    expect(zh.laterIntro).toMatch(/^下列数字描述的是2024年以后的情况/);
  });

  it("buildSubjectPages() links a phase to its park and a park to its phases", async () => {
    const battery = await page("battery-park");
    expect(battery.phases).toEqual([
      {
        id: "battery-park-phase1",
        name: "电池产业园一期",
        kind: "park",
        href: "/parks/battery-park-phase1/",
      },
    ]);
    expect((await page("battery-park-phase1", "en")).parent).toMatchObject({
      name: "Battery Park",
      href: "/parks/battery-park/",
    });
    expect((await page("port-logistics")).parent).toBeNull();
  });

  it("buildSubjectPages() draws a subject's milestones over the years they span, and none for a subject without", async () => {
    const battery = await page("battery-park", "en");
    expect(battery.milestones).toMatchObject([
      {
        id: "battery-start",
        date: "May 2024",
        status: "planned",
        statusLabel: "planned",
        href: "/sources/#ms-battery-start",
      },
    ]);
    expect(battery.timeline?.options).toMatchObject({ from: "2024-01-01", to: "2024-12-31" });
    expect(battery.timeline?.wide).toContain("<svg");
    expect((await page("port-logistics")).timeline).toBeNull();
  });

  it("buildSubjectPages() gives the SQL that lists the subject's rows", async () => {
    const { sql } = await page("port-logistics");
    expect(sql).toContain("FROM figures WHERE subject_id = 'port-logistics'");
    expect(sql).toContain("FROM milestones WHERE subject_id = 'port-logistics'");
  });

  it("buildSubjectPages() writes Chinese pages in Chinese: no Latin letters in any generated sentence", async () => {
    for (const p of await pages("zh")) {
      for (const s of sentences(p)) expect(s, p.id).not.toMatch(/[A-Za-z]/);
      expect(p.kindLabel).toBe("园区");
    }
  });

  it("buildSubjectPages() gives a subject added to the data a page with no code change", async () => {
    const added: SubjectListRow = {
      id: "new-pier",
      name_zh: "新码头",
      name_en: "New Pier",
      kind: "project",
      sector: "logistics",
      parent_id: null,
      note_zh: "新加的项目。",
      note_en: "A project just added.",
    };
    const all = await pages("en", harbourData({ subject_list: [...SUBJECTS, added] }));
    const pier = all.find((p) => p.id === "new-pier");
    expect(pier).toMatchObject({
      name: "New Pier",
      otherName: "新码头",
      kindLabel: "project",
      note: "A project just added.",
      title: "New Pier: figures, dates and sources",
      figures: [],
      later: [],
    });
    expect(text(pier?.lead ?? "")).toBe("The reports we found give no figures or milestones for it.");
    expect(pier?.description).toContain("total investment not disclosed");
  });
});

describe("buildSubjectIndex(lang, data, links)", () => {
  it("buildSubjectIndex() lists every subject in the overview chart's order, phases under their park, linked", async () => {
    const index = await buildSubjectIndex("zh", await harbourData(), links);
    expect(index.entries.map((e) => [e.id, e.depth, e.investment])).toEqual([
      ["battery-park", 0, `50亿–${floor("zh")}`],
      ["battery-park-phase1", 1, "未披露"],
      ["port-logistics", 0, "约20亿元"],
      ["data-centre", 0, "未披露"],
    ]);
    expect(index.entries[0]).toMatchObject({
      href: "/parks/battery-park/",
      kindLabel: "园区",
      known: "2个数字、1个时间节点；另有1个数字出自后来的报道",
    });
    expect(index.chart.keys).toEqual(index.entries.map((e) => e.id));
    expect(index.chart.description.title).toBe("各园区、项目和片区：已知的总投资");
    expect(index.chart.narrow).toContain("<svg");
  });
});
