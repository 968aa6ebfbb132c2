import { describe, expect, it } from "vitest";
import { LINE_HEIGHT } from "../src/plotBase.ts";
import { sideLabel } from "../src/sideLabel.ts";

const at = { top: 100, frameWidth: 600, markHeight: 12 };

describe("sideLabel(text, layout)", () => {
  it("sideLabel puts a label that fits after the mark on its right, centred on the mark", () => {
    const p = sideLabel("2024年4月：竣工投产", { ...at, left: 100, right: 120 });
    expect(p).toMatchObject({
      anchor: "start",
      x: 126,
      lines: ["2024年4月：竣工投产"],
      markY: 108.5,
      bottom: 117,
    });
    expect(p.y).toBe(100);
  });

  it("sideLabel puts the label before the mark when there is no room after it", () => {
    expect(sideLabel("2024年：投产", { ...at, left: 400, right: 590 })).toMatchObject({
      anchor: "end",
      x: 394,
    });
  });

  it("sideLabel puts a label that fits on neither side under the mark", () => {
    const text = "industry cluster target: on the order of CNY 10 billion";
    const p = sideLabel(text, { left: 100, right: 200, top: 0, frameWidth: 300, markHeight: 12 });
    expect(p.anchor).toBe("start");
    expect(p.markY).toBe(6);
    expect(p.y).toBe(15);
    expect(p.bottom).toBe(15 + p.lines.length * LINE_HEIGHT);
    expect(p.lines.join(" ")).toBe(text);
  });
});
