import { describe, expect, it } from "vitest";
import type { SiteData } from "../src/lib/siteData.ts";
import { buildStory } from "../src/lib/story/buildStory.ts";

const FILE = "src/content/story/en.md";

// A stand-in for the data: enough to resolve tokens without starting DuckDB.
const data = {
  ledger: [],
  conflicts: [],
  sources: [],
  subjectIds: new Set(["fine-chemical-park"]),
  tokens: {
    figures: new Map([
      [
        "tibet-area-fai-growth",
        { figure_id: "tibet-area-fai-growth", value: 0.49, unit: "ratio", bound: "exact", as_written: "49%" },
      ],
      [
        "tibet-zhongjun-total-investment",
        {
          figure_id: "tibet-zhongjun-total-investment",
          value: 1e10,
          unit: "CNY",
          bound: "at_least",
          as_written: "超百亿元",
        },
      ],
    ]),
    named: new Map([
      [
        "area_key_figures",
        new Map([
          [
            "planned_total_investment",
            {
              figure_id: "tibet-area-planned-total-investment",
              value: 108e9,
              unit: "CNY",
              bound: "exact",
              as_written: "1080亿",
            },
          ],
        ]),
      ],
    ]),
    milestones: new Map([["m1", { milestone_id: "m1", date: "2023-04-12", precision: "day" }]]),
  },
  named: async () => [],
} as unknown as SiteData;

describe("buildStory", () => {
  it("buildStory() fills figures by name, formatted for the language, with id and raw value", async () => {
    const text =
      "Up {fig:tibet-area-fai-growth|signed}; total {q:area_key_figures.planned_total_investment}; {fig:tibet-zhongjun-total-investment}; on {date:m1}.";
    const en = await buildStory(text, FILE, "en", data);
    const html = (en.sections[0] as { html: string }).html;
    expect(html).toContain(
      'data-figure="tibet-area-fai-growth" data-kind="figure" data-value="0.49" data-format="signed"',
    );
    expect(html).toContain(">+49%</a>");
    expect(html).toContain(">CNY 108 billion</a>");
    expect(html).toContain(">more than CNY 10 billion</a>");
    expect(html).toContain(">12 April 2023</a>");
    const zh = await buildStory(text, "src/content/story/zh.md", "zh", data);
    const zhHtml = (zh.sections[0] as { html: string }).html;
    expect(zhHtml).toContain(">1080亿元</a>");
    expect(zhHtml).toContain(">超100亿元</a>");
    expect(zhHtml).toContain(">2023年4月12日</a>");
  });

  it("buildStory() fails the build with file and line on an unknown figure", async () => {
    await expect(
      buildStory("---\nlang: en\n---\nOne.\n\nTwo {fig:no-such-figure}.", FILE, "en", data),
    ).rejects.toThrow(`${FILE}:6: unknown figure "no-such-figure"`);
  });

  it("buildStory() fails on an unknown named value, milestone or token option", async () => {
    await expect(buildStory("{q:area_key_figures.nope}", FILE, "en", data)).rejects.toThrow(
      `${FILE}:1: unknown named value`,
    );
    await expect(buildStory("\n{date:nope}", FILE, "en", data)).rejects.toThrow(
      `${FILE}:2: unknown milestone "nope"`,
    );
    await expect(buildStory("{fig:tibet-area-fai-growth|bold}", FILE, "en", data)).rejects.toThrow(
      `${FILE}:1: unknown option "bold"`,
    );
  });

  it("buildStory() fails with file and line on an unknown chart, option or subject", async () => {
    await expect(buildStory("\n::: step pieChart\nx\n:::", FILE, "en", data)).rejects.toThrow(
      `${FILE}:2: unknown chart "pieChart"`,
    );
    await expect(buildStory("::: step investmentScale colour=red\nx\n:::", FILE, "en", data)).rejects.toThrow(
      `${FILE}:1: unknown option "colour" for chart investmentScale`,
    );
    await expect(
      buildStory("::: step investmentScale highlight=atlantis\nx\n:::", FILE, "en", data),
    ).rejects.toThrow(`${FILE}:1: option highlight: unknown subject "atlantis"`);
    await expect(buildStory("::: step investmentScale total=yes\nx\n:::", FILE, "en", data)).rejects.toThrow(
      `${FILE}:1: option total: "yes" must be on or off`,
    );
  });
});
