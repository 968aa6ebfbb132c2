import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { keyTicks } from "../src/morph/keyTicks.ts";
import { morphSvgs } from "../src/morph/morphSvgs.ts";
import { decodePlacements, encodePlacements } from "../src/morph/placements.ts";

// Hand-drawn states of a small bar chart: a bar per key, a tick per value (x = 10 + value px in the
// first state, 10 + value / 2 px in the second: the scale halves), and marks that only some states draw.
const STATE_A = `<svg viewBox="0 0 200 100" height="100" width="200">
<g aria-label="x-axis tick"><path data-tick="x:0" d="M0,0L0,6" transform="translate(10,90)"/><path data-tick="x:50" d="M0,0L0,6" transform="translate(60,90)"/><path data-tick="x:100" d="M0,0L0,6" transform="translate(110,90)"/></g>
<g class="bars"><rect data-key="a" x="10" y="10" width="100" height="10"/><rect data-key="b" x="10" y="30" width="40" height="10" opacity="0.4"/></g>
<g class="labels"><text data-key="a" transform="translate(10,8)">A</text><text data-key="b" transform="translate(10,28)">B</text></g>
<g class="chevrons"><path data-key="a" d="M115,10L120,15L115,20"/></g>
</svg>`;
const STATE_B = `<svg viewBox="0 0 200 120" height="120" width="200">
<g aria-label="x-axis tick"><path data-tick="x:0" d="M0,0L0,6" transform="translate(10,110)"/><path data-tick="x:100" d="M0,0L0,6" transform="translate(60,110)"/><path data-tick="x:200" d="M0,0L0,6" transform="translate(110,110)"/></g>
<g class="bars"><rect data-key="a" x="10" y="30" width="50" height="10" opacity="0.4"/><rect data-key="b" x="10" y="50" width="20" height="10"/><rect data-key="c" x="10" y="70" width="90" height="10"/></g>
<g class="labels"><text data-key="a" transform="translate(10,28)">A</text><text data-key="b" transform="translate(10,48)">B, now longer</text></g>
<g class="chevrons"><path data-key="a" d="M60,30L70,35L60,40L55,35"/></g>
</svg>`;

const parse = (markup: string) => parseHTML(`<div>${markup}</div>`).document.querySelector("svg") as Element;
const placementsOf = (svg: Element, selector: string) => {
  const el = svg.querySelector(selector);
  expect(el, selector).not.toBeNull();
  return decodePlacements(el?.getAttribute("data-m") ?? "");
};

describe("morphSvgs", () => {
  it("morphSvgs(states) draws a mark once and gives each state the transform that moves and stretches it there", () => {
    const svg = parse(morphSvgs([STATE_A, STATE_B]).markup);
    expect(svg.querySelectorAll('rect[data-key="a"]')).toHaveLength(1);
    // Drawn as in state A (its widest), with no transform attribute of its own.
    const a = svg.querySelector('rect[data-key="a"]');
    expect(a?.getAttribute("width")).toBe("100");
    const [inA, inB] = placementsOf(svg, 'rect[data-key="a"]');
    expect(inA).toEqual({ tx: 0, ty: 0, sx: 1, sy: 1, o: 1 });
    // x' = tx + sx·x: 10 → 10 and 110 → 60, so sx = 0.5, tx = 5; y moves down by 20; dimmed.
    expect(inB).toEqual({ tx: 5, ty: 20, sx: 0.5, sy: 1, o: 0.4 });
    // A text keeps its size and moves: its translate becomes the CSS transform.
    const text = svg.querySelector('text[data-key="a"]');
    expect(text?.getAttribute("transform")).toBeNull();
    expect(placementsOf(svg, 'text[data-key="a"]').map((p) => [p.tx, p.ty])).toEqual([
      [10, 8],
      [10, 28],
    ]);
  });

  it("morphSvgs(states) keeps a mark that only some states draw, transparent where it is absent", () => {
    const svg = parse(morphSvgs([STATE_A, STATE_B]).markup);
    const c = placementsOf(svg, 'rect[data-key="c"]');
    expect(c.map((p) => p.o)).toEqual([0, 1]);
    // Where it will be, unseen: it fades in in place.
    expect(c[0]).toEqual({ ...c[1], o: 0 });
  });

  it("morphSvgs(states) slides an axis tick in from where its value falls on the other state's scale", () => {
    const svg = parse(morphSvgs([STATE_A, STATE_B]).markup);
    // x:100 is in both states: it moves from 110 to 60.
    expect(placementsOf(svg, '[data-tick="x:100"]').map((p) => [p.tx, p.o])).toEqual([
      [110, 1],
      [60, 1],
    ]);
    // x:200 is only in B (at 110); on A's scale (x = 10 + v) it is at 210, off the chart.
    expect(placementsOf(svg, '[data-tick="x:200"]').map((p) => [p.tx, p.o])).toEqual([
      [210, 0],
      [110, 1],
    ]);
    // x:50 is only in A (at 60); on B's scale (x = 10 + v / 2) it is at 35.
    expect(placementsOf(svg, '[data-tick="x:50"]').map((p) => [p.tx, p.o])).toEqual([
      [60, 1],
      [35, 0],
    ]);
  });

  it("morphSvgs(states) makes two elements of what changes content or shape, each fading where the other is drawn", () => {
    const svg = parse(morphSvgs([STATE_A, STATE_B]).markup);
    const labels = [...svg.querySelectorAll('text[data-key="b"]')];
    const fades = labels.map((l) => [
      l.textContent,
      decodePlacements(l.getAttribute("data-m") ?? "").map((p) => p.o),
    ]);
    expect(fades.sort((a, b) => String(a[0]).length - String(b[0]).length)).toEqual([
      ["B", [1, 0]],
      ["B, now longer", [0, 1]],
    ]);
    // A path of three points and one of four cannot be one path moved.
    expect(svg.querySelectorAll('path[data-key="a"]')).toHaveLength(2);
  });

  it("morphSvgs(states) keeps paint order, and is as tall as the tallest state", () => {
    const svg = parse(morphSvgs([STATE_A, STATE_B]).markup);
    expect(svg.getAttribute("height")).toBe("120");
    expect(svg.getAttribute("viewBox")).toBe("0 0 200 120");
    expect([...svg.querySelectorAll("rect")].map((r) => r.getAttribute("data-key"))).toEqual(["a", "b", "c"]);
    expect([...svg.children].map((g) => g.getAttribute("class") || g.getAttribute("aria-label"))).toEqual([
      "x-axis tick",
      "bars",
      "labels",
      "chevrons",
    ]);
  });

  it("morphSvgs(states) leaves alone what every state draws alike, and returns one state as it is", () => {
    const svg = parse(morphSvgs([STATE_A, STATE_B]).markup);
    const zero = svg.querySelector('[data-tick="x:0"]');
    // x:0 moves down with the taller chart: it has a table; the group around the ticks does not.
    expect(zero?.hasAttribute("data-m")).toBe(true);
    expect(svg.querySelector('g[aria-label="x-axis tick"]')?.hasAttribute("data-m")).toBe(false);
    expect(morphSvgs([STATE_A, STATE_A])).toEqual({ markup: STATE_A, states: 2 });
    expect(morphSvgs([STATE_A]).states).toBe(1);
  });

  it("morphSvgs(states) throws for states that do not share a root", () => {
    expect(() => morphSvgs([STATE_A, "<div></div>"])).toThrow("do not share a root element");
    expect(() => morphSvgs([])).toThrow("at least one state");
  });
});

describe("placements", () => {
  it("encodePlacements(placements) writes each state short, repeats as empty entries, and reads back", () => {
    const p = [
      { tx: 0, ty: 0, sx: 1, sy: 1, o: 1 },
      { tx: 0.5, ty: -12.3456, sx: 0.25, sy: 1, o: 0.4 },
      { tx: 0.5, ty: -12.3456, sx: 0.25, sy: 1, o: 0.4 },
    ];
    const table = encodePlacements(p);
    expect(table).toBe("0,0,1;.5,-12.35,.4,.25,1;");
    expect(decodePlacements(table ?? "")).toEqual([p[0], { ...p[1], ty: -12.35 }, { ...p[1], ty: -12.35 }]);
    expect(encodePlacements([p[0], p[0]] as never)).toBeUndefined();
  });
});

describe("keyTicks", () => {
  it("keyTicks(figure) marks Plot's ticks, tick labels and grid lines with their value on the scale", () => {
    const { document } = parseHTML("<!DOCTYPE html><html><body></body></html>");
    const figure = Plot.plot({
      document: document as unknown as Document,
      width: 300,
      x: { domain: [0, 2e9], ticks: 4, grid: true },
      marks: [Plot.ruleX([0])],
    }) as unknown as Element;
    keyTicks(figure);
    const ticks = (label: string) =>
      [...figure.querySelectorAll(`g[aria-label="${label}"] > *`)].map((e) => e.getAttribute("data-tick"));
    const values = ["x:0", "x:500000000", "x:1000000000", "x:1500000000", "x:2000000000"];
    expect(ticks("x-axis tick")).toEqual(values);
    expect(ticks("x-axis tick label")).toEqual(values);
    expect(ticks("x-grid")).toEqual(values);
  });
});
