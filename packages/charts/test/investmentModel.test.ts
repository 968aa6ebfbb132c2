import { describe, expect, it } from "vitest";
import { investmentModel } from "../src/investmentModel.ts";
import { INVESTMENT_ROWS } from "./fixtures/investmentBySubject.ts";

describe("investmentModel(rows, lang)", () => {
  const subjects = investmentModel(INVESTMENT_ROWS, "zh");

  it("investmentModel gives one entry per subject, highest figure first, no figure last", () => {
    expect(subjects.map((s) => s.id)).toEqual([
      "fine-chemical-park",
      "zhongjun-tianxin",
      "changguang-phase-2",
      "gensci-park",
      "tcm-centre",
      "optics-valley",
      "jida-zhengyuan",
    ]);
  });

  it("investmentModel merges figures of the same value and keeps the vaguer bound (178亿 and 约178亿 are 约178亿)", () => {
    const chem = subjects[0];
    expect(chem?.groups.map((g) => [g.label, g.sourceIds.length, g.hasPrimary])).toEqual([
      ["175亿元", 1, true],
      ["约178亿元", 2, false],
    ]);
    expect(chem).toMatchObject({ shape: "range", label: "175亿–约178亿元", low: 17.5e9, high: 17.8e9 });
  });

  it("investmentModel marks '超百亿元' as an open bar and a subject without figures as undisclosed", () => {
    expect(subjects[1]).toMatchObject({ shape: "open", openEnded: true, label: "至少100亿元" });
    expect(subjects[6]).toMatchObject({
      shape: "undisclosed",
      low: null,
      high: null,
      label: "未披露",
      groups: [],
    });
  });

  it("investmentModel does not depend on the order of its rows", () => {
    expect(investmentModel([...INVESTMENT_ROWS].reverse(), "en")).toEqual(
      investmentModel(INVESTMENT_ROWS, "en"),
    );
  });
});
