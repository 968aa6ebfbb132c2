import type { Unified } from "./morphSvgs.ts";

/** A tick's axis and value, from `data-tick="x:5000000000"`. */
function tickOf(u: Unified): { axis: string; value: number } | undefined {
  const m = /^([a-z]+):(-?[\d.e+-]+)$/i.exec(u.el.getAttribute("data-tick") ?? "");
  return m ? { axis: m[1] as string, value: Number(m[2]) } : undefined;
}

/** Returns the least-squares line through points, and its largest error. */
function fitLine(points: readonly [number, number][]) {
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  const b = sxx > 0 ? points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0) / sxx : 0;
  const a = my - b * mx;
  const error = Math.max(...points.map(([x, y]) => Math.abs(a + b * x - y)));
  return { at: (x: number) => a + b * x, error };
}

/**
 * Fills the states where an axis tick is absent with where its value falls on that state's scale, fitted
 * (linear, or logarithmic when that fits better) to the ticks the state draws on the same axis. The tick
 * then slides in from, or out to, where it belongs as the scale changes, fading. Ticks of a state with
 * fewer than two others on the axis are left to the general rule.
 */
export function fillTickGhosts(siblings: readonly Unified[]): void {
  const ticks = siblings.flatMap((u) => {
    const t = tickOf(u);
    return t ? [{ u, ...t }] : [];
  });
  for (const { u, axis, value } of ticks) {
    const states = u.placements.length;
    for (let i = 0; i < states; i++) {
      if (u.placements[i]) continue;
      const seen = ticks.filter((t) => t.axis === axis && t.u.placements[i] && t.u.anchors[i]);
      const k = axis.startsWith("y") ? 1 : 0;
      const points = seen.map(
        (t) => [t.value, (t.u.anchors[i] as number[])[k] as number] as [number, number],
      );
      if (new Set(points.map(([v]) => v)).size < 2) continue;
      const linear = fitLine(points);
      const logFit =
        points.every(([v]) => v > 0) && value > 0
          ? fitLine(points.map(([v, p]) => [Math.log10(v), p]))
          : undefined;
      const where = logFit && logFit.error < linear.error ? logFit.at(Math.log10(value)) : linear.at(value);
      // From the state nearest in order where it is drawn: the same placement, moved along the axis.
      let near = -1;
      for (let d = 1; d < states && near < 0; d++) {
        if (u.placements[i - d] && u.anchors[i - d]) near = i - d;
        else if (u.placements[i + d] && u.anchors[i + d]) near = i + d;
      }
      const p = u.placements[near];
      const anchor = u.anchors[near];
      if (!p || !anchor) continue;
      const shift = where - (anchor[k] as number);
      u.placements[i] = { ...p, o: 0, tx: p.tx + (k === 0 ? shift : 0), ty: p.ty + (k === 1 ? shift : 0) };
    }
  }
}
