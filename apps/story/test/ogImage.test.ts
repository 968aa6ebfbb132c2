import { describe, expect, it } from "vitest";
import { wrapForCard } from "../src/lib/ogImage.ts";

describe("wrapForCard(text, max)", () => {
  it("wrapForCard never starts a line with closing punctuation: ，stays with the character before it", () => {
    const lines = wrapForCard(
      "2023年年中，长春新区宣布重点项目建设提前超额完成全年任务目标，报道点了七个园区和项目的名。",
      60,
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、；：！？）」』”’》]/);
    expect(lines[0]).toBe("2023年年中，长春新区宣布重点项目建设提前超额完成全年任务目标，");
  });

  it("wrapForCard breaks Latin text between words, within the width", () => {
    const lines = wrapForCard("Named parks, reported investment: floors, disputes, gaps", 40);
    expect(lines).toEqual(["Named parks, reported investment:", "floors, disputes, gaps"]);
  });
});
