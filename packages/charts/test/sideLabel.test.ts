import { describe, expect, it } from "vitest";
import { sideLabel } from "../src/sideLabel.ts";

describe("sideLabel(text, layout)", () => {
  it("sideLabel puts a label that fits after the mark on its right, on the mark's line", () => {
    expect(sideLabel("2024年4月：竣工投产", { left: 100, right: 120, frameWidth: 600 })).toEqual({
      anchor: "start",
      x: 126,
      lines: ["2024年4月：竣工投产"],
      markOffset: 0,
      labelOffset: 0,
      size: 2,
    });
  });

  it("sideLabel puts the label before the mark when there is no room after it", () => {
    expect(sideLabel("2024年：投产", { left: 400, right: 590, frameWidth: 600 })).toMatchObject({
      anchor: "end",
      x: 394,
    });
  });

  it("sideLabel centres the mark on a label wrapped beside it: on the middle of its lines", () => {
    const text = "end of 2023: Fit-out, equipment and GMP inspection done";
    const p = sideLabel(text, { left: 100, right: 140, frameWidth: 400 });
    expect(p.anchor).toBe("start");
    expect(p.lines).toHaveLength(2);
    // Two lines are four half lines; the mark's line starts one half line down, so it is centred on them.
    expect(p).toMatchObject({ markOffset: 1, labelOffset: 0, size: 4 });
  });

  it("sideLabel puts a label that fits on neither side under the mark", () => {
    const text = "industry cluster size target: on the order of CNY 10 billion";
    const p = sideLabel(text, { left: 100, right: 200, frameWidth: 300 });
    expect(p.anchor).toBe("start");
    expect(p).toMatchObject({ markOffset: 0, labelOffset: 2, size: 2 + 2 * p.lines.length });
    expect(p.lines.join(" ")).toBe(text);
  });
});
