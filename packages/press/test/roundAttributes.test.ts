import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { roundAttributes } from "../src/render/roundAttributes.ts";

describe("roundAttributes", () => {
  it("roundAttributes(el) rounds long numbers in attributes to two decimals, and leaves text, keys and short numbers", () => {
    const { document } = parseHTML(
      '<div><svg width="360"><rect x="85.32000000000001" y="-3.14159" width="12.5"/><text y="0.9284615384615384em" data-key="f-1.309">13.0951亿</text></svg></div>',
    );
    const svg = document.querySelector("svg") as Element;
    roundAttributes(svg);
    expect(svg.outerHTML).toBe(
      '<svg width="360"><rect x="85.32" y="-3.14" width="12.5" /><text y="0.93em" data-key="f-1.309">13.0951亿</text></svg>',
    );
  });
});
