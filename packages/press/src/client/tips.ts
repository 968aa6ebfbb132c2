// The tip of a chart mark: tap, hover or reach it by keyboard to see its figure as written, its bound,
// its source and date, and a link to its ledger line. The drawing stays aria-hidden; the canvas around it
// is one focusable group: arrow keys go from mark to mark (top to bottom), the tip is a live region read
// out as it changes, and Tab goes on into the tip's links.

interface Tips {
  /** The graphic's element: what the tip and the ring are placed in. */
  root: HTMLElement;
  canvas: HTMLElement;
  box: HTMLElement;
  ring: HTMLElement;
  html: Map<string, string>;
  /** The key of the mark whose tip is open, or "". */
  open: string;
  /** Opened by a tap or a key: stays until dismissed (a hover closes when the pointer leaves). */
  pinned: boolean;
}

/** Returns the tip key for a mark key: its own tip, else its subject's (`park/figure` → `park`). */
function tipKey(t: Tips, key: string | null | undefined): string | undefined {
  if (!key) return undefined;
  if (t.html.has(key)) return key;
  const head = key.split("/")[0] as string;
  return t.html.has(head) ? head : undefined;
}

/** The elements drawn for a tip key that are showing now. */
function marksOf(t: Tips, key: string): Element[] {
  return [...t.canvas.querySelectorAll("[data-key]")].filter(
    (el) => tipKey(t, el.getAttribute("data-key")) === key && Number(getComputedStyle(el).opacity) > 0.05,
  );
}

/** Returns the box around elements, relative to the box of `to`. */
function boxOf(els: readonly Element[], to: HTMLElement) {
  const rects = els.map((e) => e.getBoundingClientRect()).filter((r) => r.width + r.height > 0);
  const o = to.getBoundingClientRect();
  if (rects.length === 0) return undefined;
  const left = Math.min(...rects.map((r) => r.left)) - o.left;
  const top = Math.min(...rects.map((r) => r.top)) - o.top;
  const right = Math.max(...rects.map((r) => r.right)) - o.left;
  const bottom = Math.max(...rects.map((r) => r.bottom)) - o.top;
  return { left, top, right, bottom };
}

function close(t: Tips): void {
  t.open = "";
  t.pinned = false;
  t.box.classList.remove("is-open");
  t.box.replaceChildren();
  t.ring.hidden = true;
}

/** Opens the tip of `key` beside its marks, with a ring around them. */
function openTip(t: Tips, key: string, pinned: boolean): void {
  const holder = t.root;
  const box = boxOf(marksOf(t, key), holder);
  if (!box) {
    close(t);
    return;
  }
  t.pinned = pinned;
  if (t.open !== key) {
    t.open = key;
    t.box.innerHTML = t.html.get(key) ?? "";
  }
  t.box.classList.add("is-open");
  Object.assign(t.ring.style, {
    left: `${box.left - 3}px`,
    top: `${box.top - 3}px`,
    width: `${box.right - box.left + 6}px`,
    height: `${box.bottom - box.top + 6}px`,
  });
  t.ring.hidden = false;
  // Below the marks when there is room in the graphic, else above them; never past its sides.
  const w = holder.clientWidth;
  const h = t.box.offsetHeight;
  const below = box.bottom + 8 + h <= holder.clientHeight || box.top - 8 - h < 0;
  t.box.style.top = `${below ? box.bottom + 8 : box.top - 8 - h}px`;
  t.box.style.left = `${Math.max(0, Math.min(w - t.box.offsetWidth, box.left))}px`;
}

/** The tip keys of the marks showing now, top to bottom, left to right: the stops of the arrow keys. */
function stops(t: Tips): string[] {
  const seen = new Map<string, DOMRect>();
  for (const el of t.canvas.querySelectorAll("[data-key]")) {
    const key = tipKey(t, el.getAttribute("data-key"));
    if (!key || seen.has(key) || Number(getComputedStyle(el).opacity) <= 0.05) continue;
    seen.set(key, el.getBoundingClientRect());
  }
  return [...seen].sort(([, a], [, b]) => a.top - b.top || a.left - b.left).map(([k]) => k);
}

function onKey(t: Tips, e: KeyboardEvent): void {
  const all = stops(t);
  const at = all.indexOf(t.open);
  const to: Record<string, number> = {
    ArrowDown: at + 1,
    ArrowRight: at + 1,
    ArrowUp: at < 0 ? all.length - 1 : at - 1,
    ArrowLeft: at < 0 ? all.length - 1 : at - 1,
    Home: 0,
    End: all.length - 1,
  };
  if (e.key === "Escape" && t.open) {
    close(t);
    e.preventDefault();
    return;
  }
  const i = to[e.key];
  if (i === undefined || all.length === 0) return;
  e.preventDefault();
  openTip(t, all[Math.max(0, Math.min(all.length - 1, i))] as string, true);
}

/** Makes the marks of a stage graphic answer taps, hovers and keys with their tips. */
export function startTips(root: HTMLElement): void {
  const canvas = root.querySelector<HTMLElement>("[data-canvas]");
  const box = root.querySelector<HTMLElement>("[data-tip]");
  const source = root.querySelector<HTMLTemplateElement>("template[data-tips]");
  if (!canvas || !box || !source) return;
  const ring = document.createElement("div");
  ring.className = "chart-ring";
  ring.hidden = true;
  canvas.after(ring);
  const html = new Map(
    [...source.content.children].map((el) => [el.getAttribute("data-tip-key") ?? "", el.innerHTML]),
  );
  const t: Tips = { root, canvas, box, ring, html, open: "", pinned: false };
  const keyAt = (e: Event) =>
    tipKey(t, (e.target as Element).closest?.("[data-key]")?.getAttribute("data-key"));
  canvas.addEventListener("click", (e) => {
    const key = keyAt(e);
    if (key && !(t.open === key && t.pinned)) openTip(t, key, true);
    else close(t);
  });
  canvas.addEventListener("pointerover", (e) => {
    const key = keyAt(e);
    if (e.pointerType !== "mouse" || t.pinned) return;
    if (key) openTip(t, key, false);
    else close(t);
  });
  root.addEventListener("pointerleave", (e) => {
    if (e.pointerType === "mouse" && !t.pinned) close(t);
  });
  canvas.addEventListener("keydown", (e) => onKey(t, e));
  root.addEventListener("focusout", (e) => {
    if (!root.contains(e.relatedTarget as Node | null)) close(t);
  });
  document.addEventListener("click", (e) => {
    if (t.open && !root.contains(e.target as Node)) close(t);
  });
  // A mark that moves takes its tip away: close it when the graphic changes state.
  root.addEventListener("graphicstate", () => close(t));
}
