// One graphic on a scrolly stage: a chart drawn once, whose marks take each step's state. Every element
// that differs between states carries `data-m` (written at build time by the press's morph): per state, a
// CSS transform and an opacity. Showing a state moves the same elements there — from wherever they are,
// mid-flight included — in one eased transition, or at once for readers who ask for reduced motion.

/** How long a change of state takes, and its easing: quick to start, gentle to land. */
const DURATION = 450;
const EASING = "cubic-bezier(0.33, 0, 0.2, 1)";

interface Item {
  el: SVGElement | HTMLElement;
  /** The CSS of each state: transform and opacity. */
  states: { transform: string; opacity: string }[];
}

export interface Graphic {
  root: HTMLElement;
  canvas: HTMLElement;
  items: Item[];
  /** The state shown, or -1 before the first. */
  state: number;
  /** The width of the drawing in the canvas (the template it was taken from). */
  width: number;
}

/** Reads `data-m` (see the press's morph/placements.ts): one entry per state, an empty one repeating the last. */
function readTable(table: string): Item["states"] {
  const out: Item["states"] = [];
  for (const entry of table.split(";")) {
    const prev = out[out.length - 1];
    if (entry === "" && prev) {
      out.push(prev);
      continue;
    }
    const [tx = 0, ty = 0, o = 1, sx = 1, sy = 1] = entry.split(",").map(Number);
    out.push({ transform: `translate(${tx}px,${ty}px) scale(${sx},${sy})`, opacity: String(o) });
  }
  return out;
}

/**
 * Returns the keyframes from `from` to `to`: what leaves fades out in the first half of the move, what
 * enters fades in over the last part, so that the two never crowd the same place at full strength.
 */
function keyframes(from: Keyframe, to: Item["states"][number]): Keyframe[] {
  const was = Number(from.opacity);
  if (to.opacity === "0" && was > 0) return [from, { opacity: 0, offset: 0.5 }, to];
  if (was < 0.01 && to.opacity !== "0") return [from, { opacity: 0, offset: 0.4 }, to];
  return [from, to];
}

/** Returns the width of the drawing to use at this viewport: the widest template that fits, else the narrowest. */
function pickTemplate(root: HTMLElement): HTMLTemplateElement | undefined {
  const templates = [...root.querySelectorAll<HTMLTemplateElement>("template[data-width]")].sort(
    (a, b) => Number(a.dataset.width) - Number(b.dataset.width),
  );
  const wide = matchMedia("(min-width: 640px)").matches;
  return wide ? templates[templates.length - 1] : templates[0];
}

/** Puts the drawing for this viewport's width in the canvas (again after a resize across widths). */
export function draw(g: Graphic): void {
  const template = pickTemplate(g.root);
  const width = Number(template?.dataset.width ?? 0);
  if (!template || width === g.width) return;
  const drawing = template.content.cloneNode(true) as DocumentFragment;
  g.items = [...drawing.querySelectorAll<SVGElement>("[data-m]")].map((el) => ({
    el,
    states: readTable(el.dataset.m ?? ""),
  }));
  g.width = width;
  const state = g.state;
  g.state = -1;
  if (state >= 0) show(g, state, false);
  g.canvas.replaceChildren(drawing);
}

/** Returns the graphic of a stage's chart element, its drawing not yet made (see draw). */
export function graphicOf(root: HTMLElement): Graphic | undefined {
  const canvas = root.querySelector<HTMLElement>("[data-canvas]");
  return canvas ? { root, canvas, items: [], state: -1, width: 0 } : undefined;
}

/**
 * Shows state `state`: every element that differs moves, resizes or fades to it from where it is now,
 * in one transition that a later call cancels and restarts from mid-flight; `animate` false sets it at
 * once. Reads every starting point before writing any, so that the browser computes styles once.
 */
export function show(g: Graphic, state: number, animate: boolean): void {
  const from = g.state;
  if (state === from) return;
  g.state = state;
  // Reads first, all of them: asking an element for its animations or its style after another was
  // written would make the browser compute the page's styles again, once per element.
  const running = g.items.map((it) => (from < 0 ? [] : it.el.getAnimations()));
  const moving = g.items.flatMap((it, i) =>
    from < 0 || it.states[from] !== it.states[state] || (running[i] ?? []).length > 0 ? [i] : [],
  );
  // The first state a graphic shows is set, not played: there is nothing on screen to move from.
  const starts = new Map<number, Keyframe>();
  if (animate && from >= 0) {
    for (const i of moving) {
      const cs = getComputedStyle((g.items[i] as Item).el);
      starts.set(i, { transform: cs.transform, opacity: cs.opacity });
    }
  }
  g.root.dataset.state = String(state);
  g.root.dispatchEvent(new Event("graphicstate"));
  g.root.querySelectorAll<HTMLElement>("[data-head]").forEach((h) => {
    h.hidden = !h.dataset.head?.split(" ").includes(String(state));
  });
  for (const i of moving) {
    const it = g.items[i] as Item;
    const to = it.states[state];
    if (!to) continue;
    for (const a of running[i] ?? []) a.cancel();
    it.el.style.transform = to.transform;
    it.el.style.opacity = to.opacity;
    // A mark that is gone takes no taps.
    it.el.style.pointerEvents = to.opacity === "0" ? "none" : "";
    const start = starts.get(i);
    if (start) it.el.animate(keyframes(start, to), { duration: DURATION, easing: EASING });
  }
}
