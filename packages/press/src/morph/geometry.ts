// Where a drawn element is: its coordinates on each axis, read from the attributes that place it. Two
// states of one mark differ only by these (and by opacity); everything else about the element is what it
// is, and must be the same for the two to be one element that moves.

/** The coordinates of an element on x and on y, in its parent's space (its own `translate` included). */
export interface Shape {
  xs: number[];
  ys: number[];
  /** The attributes read to place it: the rest say what the element is. */
  read: Set<string>;
}

/** A CSS transform (translate, then scale) and an opacity: where a state puts an element drawn as its base. */
export interface Placement {
  tx: number;
  ty: number;
  sx: number;
  sy: number;
  o: number;
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;
const TRANSLATE = /^\s*translate\(\s*([-+.\de]+)(?:[\s,]+([-+.\de]+))?\s*\)\s*$/i;

/** What each kind of element is placed by, besides `transform` and `opacity`. */
const PLACED_BY: Readonly<Record<string, readonly string[]>> = {
  rect: ["x", "y", "width", "height"],
  image: ["x", "y", "width", "height"],
  line: ["x1", "y1", "x2", "y2"],
  circle: ["cx", "cy", "r"],
  ellipse: ["cx", "cy", "rx", "ry"],
  path: ["d"],
  polygon: ["points"],
  polyline: ["points"],
  text: ["x", "y"],
  use: ["x", "y"],
};

/** Returns the number an attribute holds, its default when absent, or undefined when it is not one number (`0.71em`). */
function attrNumber(el: Element, name: string): number | undefined {
  const v = el.getAttribute(name);
  if (v === null) return 0;
  return NUMBER.test(v) ? Number(v) : undefined;
}

/** Returns the pairs of a path's `d` or a polygon's `points`, or undefined for what this reader does not follow (arcs, relative commands). */
function pointsOf(text: string): { xs: number[]; ys: number[] } | undefined {
  // Absolute M, L, C, Q, S, T, H, V and Z only: what Plot and the charts draw.
  if (!/^[MLCQSTHVZ\d\s,.eE+-]*$/.test(text)) return undefined;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const m of text.matchAll(/([MLCQSTHVZ])([^MLCQSTHVZ]*)/g)) {
    const cmd = m[1];
    const nums = (m[2]?.match(/[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?/gi) ?? []).map(Number);
    if (cmd === "H") xs.push(...nums);
    else if (cmd === "V") ys.push(...nums);
    else if (cmd !== "Z") {
      if (nums.length % 2) return undefined;
      for (let i = 0; i < nums.length; i += 2) {
        xs.push(nums[i] as number);
        ys.push(nums[i + 1] as number);
      }
    }
  }
  return { xs, ys };
}

/** Returns the translation of an element's `transform`, or undefined when it is anything but a translate. */
export function translateOf(el: Element): [number, number] | undefined {
  const t = el.getAttribute("transform");
  if (t === null) return [0, 0];
  const m = TRANSLATE.exec(t);
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : undefined;
}

/**
 * Returns where an element is, from the attributes that place it: the corners of a rect, the ends of a
 * line, the box of a circle, the points of a path, the anchor of a text or a group. An attribute that
 * does not hold plain numbers (`y="0.71em"`, a rotation) is left to say what the element is. `sameD`
 * tells that the path's `d` is the same in every state: the path then moves as one point.
 */
export function shapeOf(el: Element, sameD = false): Shape {
  const tag = el.tagName.toLowerCase();
  const read = new Set<string>();
  const t = translateOf(el);
  const [dx, dy] = t ?? [0, 0];
  if (t) read.add("transform");
  const at = (name: string) => {
    const v = attrNumber(el, name);
    if (v !== undefined) read.add(name);
    return v;
  };
  const shift = (xs: number[], ys: number[]): Shape => ({
    xs: xs.map((x) => x + dx),
    ys: ys.map((y) => y + dy),
    read,
  });
  const by = PLACED_BY[tag] ?? [];
  if (tag === "rect" || tag === "image") {
    const [x, y, w, h] = by.map(at);
    if (x !== undefined && w !== undefined && y !== undefined && h !== undefined)
      return shift([x, x + w], [y, y + h]);
  } else if (tag === "line") {
    const [x1, y1, x2, y2] = by.map(at);
    if (x1 !== undefined && x2 !== undefined && y1 !== undefined && y2 !== undefined)
      return shift([x1, x2], [y1, y2]);
  } else if (tag === "circle" || tag === "ellipse") {
    const [cx, cy, rx, ry = rx] = by.map(at);
    if (cx !== undefined && cy !== undefined && rx !== undefined && ry !== undefined)
      return shift([cx - rx, cx + rx], [cy - ry, cy + ry]);
  } else if ((tag === "path" || tag === "polygon" || tag === "polyline") && !sameD) {
    const text = el.getAttribute(tag === "path" ? "d" : "points");
    const points = text === null ? undefined : pointsOf(text);
    if (points && points.xs.length > 0 && points.ys.length > 0) {
      read.add(tag === "path" ? "d" : "points");
      return shift(points.xs, points.ys);
    }
  } else if (tag === "text" || tag === "use") {
    const x = at("x") ?? 0;
    const y = at("y") ?? 0;
    return shift([x], [y]);
  }
  // Whatever else: it moves with its translate, as one point.
  for (const name of by) read.delete(name);
  return shift([0], [0]);
}

/** The span of coordinates: lowest and highest. */
function span(v: readonly number[]): [number, number] {
  return [Math.min(...v), Math.max(...v)];
}

/**
 * Returns the scale and translation that take the coordinates `from` (an element as drawn) onto `to`
 * (the same element in another state), one axis at a time, or undefined when no such map does it within
 * 0.05 px (the element changed shape, not just place and size).
 */
export function fitAxis(
  from: readonly number[],
  to: readonly number[],
): { t: number; s: number } | undefined {
  if (from.length !== to.length || from.length === 0) return undefined;
  const [lo, hi] = span(from);
  const i = from.indexOf(lo);
  const j = from.indexOf(hi);
  const s = hi - lo > 1e-9 ? ((to[j] as number) - (to[i] as number)) / (hi - lo) : 1;
  const t = (to[i] as number) - s * lo;
  const fits = from.every((f, k) => Math.abs(t + s * f - (to[k] as number)) < 0.05);
  return fits ? { t, s } : undefined;
}

/** Returns where an element's base drawing (`base`, without its translate) must go to be drawn as `state`. */
export function placement(base: Shape, baseTranslate: [number, number], state: Shape, o: number) {
  // The element keeps its own attributes and loses its transform attribute: the CSS transform replaces it.
  const x = fitAxis(
    base.xs.map((v) => v - baseTranslate[0]),
    state.xs,
  );
  const y = fitAxis(
    base.ys.map((v) => v - baseTranslate[1]),
    state.ys,
  );
  if (!x || !y) return undefined;
  return { tx: x.t, ty: y.t, sx: x.s, sy: y.s, o } satisfies Placement;
}
