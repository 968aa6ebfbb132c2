import type { Placement } from "./geometry.ts";

/** Writes a number short: two decimals (four for a scale), no leading zero. */
function short(v: number, digits = 2): string {
  const f = 10 ** digits;
  const r = Math.round(v * f) / f;
  return String(Object.is(r, -0) ? 0 : r).replace(/^(-?)0\./, "$1.");
}

function entry(p: Placement): string {
  const base = `${short(p.tx)},${short(p.ty)},${short(p.o)}`;
  const scale = `${short(p.sx, 4)},${short(p.sy, 4)}`;
  return scale === "1,1" ? base : `${base},${scale}`;
}

/**
 * Returns an element's placements in every state as `data-m` holds them — one entry per state,
 * `tx,ty,opacity[,sx,sy]`, separated by `;`, an empty entry repeating the one before — or undefined
 * when every state places it alike (it then stays as drawn, with no table).
 */
export function encodePlacements(placements: readonly Placement[]): string | undefined {
  const entries = placements.map(entry);
  if (entries.every((e) => e === entries[0])) return undefined;
  return entries.map((e, i) => (i > 0 && e === entries[i - 1] ? "" : e)).join(";");
}

/** Reads `data-m` back: the placement of each state (the browser's reader is in client/stage.ts). */
export function decodePlacements(table: string): Placement[] {
  const out: Placement[] = [];
  for (const e of table.split(";")) {
    const prev = out.at(-1);
    if (e === "" && prev) {
      out.push(prev);
      continue;
    }
    const [tx = 0, ty = 0, o = 1, sx = 1, sy = 1] = e.split(",").map(Number);
    out.push({ tx, ty, sx, sy, o });
  }
  return out;
}
