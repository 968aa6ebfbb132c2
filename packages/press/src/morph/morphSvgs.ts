import { parseHTML } from "linkedom";
import { type Placement, placement, type Shape, shapeOf, translateOf } from "./geometry.ts";
import { encodePlacements } from "./placements.ts";
import { fillTickGhosts } from "./tickGhosts.ts";

/** One drawing for every state of a chart: markup, and how many states its `data-m` tables hold. */
export interface Morph {
  /** The drawing: each element that moves, resizes, fades, enters or leaves carries `data-m`. */
  markup: string;
  states: number;
}

/** Elements whose children are matched one by one across states; anything else moves as a whole. */
const CONTAINERS = new Set(["svg", "g", "a", "div", "figure"]);

/** Attributes that place an element (read into its placement), never what it is. */
const ALWAYS_PLACED = new Set(["opacity", "d", "points"]);

/** An element of the union drawing, with where each state puts it (undefined where it is absent). */
export interface Unified {
  el: Element;
  placements: (Placement | undefined)[];
  /** Where it is in each state it is drawn in, in its parent's space: the mean of its coordinates. */
  anchors: ([number, number] | undefined)[];
}

const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;

function opacityOf(el: Element): number {
  const v = Number(el.getAttribute("opacity") ?? 1);
  return Number.isFinite(v) ? v : 1;
}

/**
 * Returns what an element is, whatever state it is drawn in: its tag, its key (`data-key`, or `data-tick`
 * for an axis tick), its attributes other than those that place it and, for an element that moves as a
 * whole, what it holds (a label's text, a mark's title).
 */
function identity(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const { read } = shapeOf(el);
  const attrs = [...el.attributes]
    .filter((a) => !read.has(a.name) && !ALWAYS_PLACED.has(a.name))
    .map((a) => `${a.name}=${a.value}`)
    .sort()
    .join(" ");
  return `${tag}|${attrs}|${CONTAINERS.has(tag) ? "" : el.innerHTML}`;
}

/** Returns the children of `el` by identity, a repeated identity numbered in order (`…#1`, `…#2`). */
function childrenById(el: Element | undefined): Map<string, Element> {
  const out = new Map<string, Element>();
  const seen = new Map<string, number>();
  for (const child of el?.children ?? []) {
    const id = identity(child);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    out.set(`${id}#${n}`, child);
  }
  return out;
}

/** Returns the identities of every list in one order that keeps each list's own order (paint order). */
export function mergeOrder(lists: readonly (readonly string[])[]): string[] {
  const order: string[] = [];
  for (const list of lists) {
    let at = 0;
    for (const id of list) {
      const i = order.indexOf(id);
      if (i >= 0) at = i + 1;
      else order.splice(at++, 0, id);
    }
  }
  return order;
}

/** The sum of an element's spans on both axes: the state where it is largest is the one drawn. */
const extent = (s: Shape) => Math.max(...s.xs) - Math.min(...s.xs) + Math.max(...s.ys) - Math.min(...s.ys);

/**
 * Returns the union elements for one element across states (`els[i]` undefined where state i does not
 * draw it). It is drawn as in the state where it is largest; each other state gets the transform that
 * takes it there. States where it has another shape (a path that is not the same path moved or
 * stretched) become a second element, which fades in as the first fades out.
 */
function unify(els: readonly (Element | undefined)[]): Unified[] {
  const present = els.flatMap((e, i) => (e ? [i] : []));
  const firstEl = els[present[0] as number] as Element;
  const tag = firstEl.tagName.toLowerCase();
  const container = CONTAINERS.has(tag);
  const d = (e: Element) => e.getAttribute("d") ?? e.getAttribute("points");
  const sameD = present.every((i) => d(els[i] as Element) === d(firstEl));
  const shapes = els.map((e) => (e ? shapeOf(e, sameD) : undefined));
  const bySize = [...present].sort((a, b) => extent(shapes[b] as Shape) - extent(shapes[a] as Shape));
  const groups: { base: number; placements: (Placement | undefined)[] }[] = [];
  for (const i of bySize) {
    const shape = shapes[i] as Shape;
    const o = opacityOf(els[i] as Element);
    let placed = false;
    for (const g of groups) {
      const base = els[g.base] as Element;
      const p = placement(shapes[g.base] as Shape, translateOf(base) ?? [0, 0], shape, o);
      if (p) {
        g.placements[i] = p;
        placed = true;
        break;
      }
    }
    if (!placed) {
      const base = els[i] as Element;
      const p = placement(shape, translateOf(base) ?? [0, 0], shape, o);
      groups.push({ base: i, placements: els.map((_, k) => (k === i ? p : undefined)) });
    }
  }
  return groups.map((g) => {
    const base = els[g.base] as Element;
    const el = base.cloneNode(!container) as Element;
    const members = els.map((e, i) => (g.placements[i] ? e : undefined));
    if (container) for (const child of unifyChildren(members)) el.append(child);
    const anchors = shapes.map((s, i) =>
      s && g.placements[i] ? ([mean(s.xs), mean(s.ys)] as [number, number]) : undefined,
    );
    return { el, placements: g.placements, anchors };
  });
}

/** Fills the states where an element is absent: where it would be (an axis tick), or where it was, unseen. */
function fillGhosts(u: Unified): void {
  const n = u.placements.length;
  for (let i = 0; i < n; i++) {
    if (u.placements[i]) continue;
    let near: Placement | undefined;
    for (let k = 1; k < n && !near; k++) near = u.placements[i - k] ?? u.placements[i + k];
    if (near) u.placements[i] = { ...near, o: 0 };
  }
}

/** Writes the element's table of placements, or leaves it as drawn when every state puts it in the same place. */
function finish(u: Unified): Element {
  const table = encodePlacements(u.placements as Placement[]);
  if (table !== undefined) {
    u.el.removeAttribute("transform");
    u.el.removeAttribute("opacity");
    u.el.setAttribute("data-m", table);
  }
  return u.el;
}

/** Returns the union of the children of `parents` (one per state), in paint order. */
function unifyChildren(parents: readonly (Element | undefined)[]): Element[] {
  const maps = parents.map(childrenById);
  const order = mergeOrder(maps.map((m) => [...m.keys()]));
  const unified = order.flatMap((id) => unify(maps.map((m) => m.get(id))));
  fillTickGhosts(unified);
  for (const u of unified) fillGhosts(u);
  return unified.map(finish);
}

/** Returns the numbers of a `viewBox`, or undefined. */
function viewBox(el: Element): number[] | undefined {
  const v = el
    .getAttribute("viewBox")
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  return v?.length === 4 && v.every(Number.isFinite) ? v : undefined;
}

/**
 * Returns one drawing for every state of a chart (`states`: the markup of each state, drawn at one
 * width). Marks are matched by `data-key` (axis ticks by `data-tick`) and by what they are; each element
 * that differs between states is drawn once and carries `data-m`, the CSS transform and opacity each
 * state gives it (see placements.ts). A mark absent from a state is there, transparent: where it was, or,
 * for an axis tick, where its value falls on that state's scale. The drawing is as tall as the tallest
 * state. Throws when the states do not share a root element.
 */
export function morphSvgs(states: readonly string[]): Morph {
  const { document } = parseHTML("<!DOCTYPE html><html><head></head><body></body></html>");
  const roots = states.map((markup) => {
    const holder = document.createElement("div");
    holder.innerHTML = markup;
    const root = holder.firstElementChild;
    if (!root || holder.children.length !== 1) throw new Error("each state must be one element");
    return root;
  });
  const first = roots[0];
  if (!first) throw new Error("morphSvgs needs at least one state");
  if (roots.some((r) => r.tagName !== first.tagName))
    throw new Error(`the states do not share a root element: ${roots.map((r) => r.tagName).join(", ")}`);
  if (states.every((s) => s === states[0])) return { markup: states[0] as string, states: states.length };
  const root = first.cloneNode(false) as Element;
  const boxes = roots.map(viewBox);
  const height = Math.max(...roots.map((r) => Number(r.getAttribute("height") ?? 0)));
  if (height > 0) root.setAttribute("height", String(height));
  const box = boxes[0];
  if (box && boxes.every(Boolean))
    root.setAttribute(
      "viewBox",
      [box[0], box[1], box[2], Math.max(...boxes.map((b) => b?.[3] ?? 0))].join(" "),
    );
  for (const child of unifyChildren(roots)) root.append(child);
  return { markup: root.outerHTML, states: states.length };
}
