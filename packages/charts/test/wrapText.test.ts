import { describe, expect, it } from "vitest";
import { textWidth } from "../src/textWidth.ts";
import { balancedWrap, wrapText } from "../src/wrapText.ts";

describe("textWidth(text, fontSize, bold)", () => {
  it("textWidth gives a CJK character a full em", () => {
    expect(textWidth("精细化工产业园", 13)).toBe(91);
    expect(textWidth("精细化工产业园", 13, true)).toBe(91);
  });

  it("textWidth makes bold Latin text wider than regular", () => {
    expect(textWidth("Optics Valley", 13, true)).toBeGreaterThan(textWidth("Optics Valley", 13));
  });
});

describe("wrapText(text, maxWidth)", () => {
  it("wrapText breaks English at spaces and keeps every line within the width", () => {
    const lines = wrapText("Chang Guang Satellite Aerospace Information Industrial Park, phase II", 200);
    expect(lines.join(" ")).toBe("Chang Guang Satellite Aerospace Information Industrial Park, phase II");
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(200);
  });

  it("wrapText breaks Chinese between characters, never before closing punctuation or after an opening bracket", () => {
    const text = "产业集群规模目标百亿元级（100亿–1000亿元）";
    const lines = wrapText(text, 13 * 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe(text);
    for (const line of lines) {
      expect(line.startsWith("）")).toBe(false);
      expect(line.endsWith("（")).toBe(false);
    }
  });

  it("wrapText gives a word wider than the line a line of its own", () => {
    expect(wrapText("a extraordinarily b", 30)).toEqual(["a", "extraordinarily", "b"]);
  });

  it("wrapText returns one line when the text fits", () => {
    expect(wrapText("未披露", 100)).toEqual(["未披露"]);
  });
});

describe("balancedWrap(text, maxWidth)", () => {
  it("balancedWrap keeps wrapText's number of lines and makes them even, leaving no word alone", () => {
    const text = "induced output value target: on the order of CNY 100 billion";
    const plain = wrapText(text, 380);
    expect(plain.at(-1)).toBe("billion");
    const even = balancedWrap(text, 380);
    expect(even).toHaveLength(plain.length);
    expect(even.join(" ")).toBe(text);
    const widths = even.map((l) => textWidth(l));
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(100);
  });

  it("balancedWrap leaves a line that fits as it is", () => {
    expect(balancedWrap("2024年：投产", 300)).toEqual(["2024年：投产"]);
  });
});
