// Scrollytelling without a framework. Without this script the page is complete: each step's chart sits
// under its prose (in <noscript>). With it, each scrolly section gets a stage holding one graphic per
// chart its steps use, drawn once; the stage shows the state of the active step — the LAST step whose
// top has crossed the trigger line, computed from positions on every scroll and resize, so a fast scroll
// or a jump to #step-n lands on the right state (scrollama#26, #56) without playing the steps between.
// On a phone the stage is a band at the top of the screen and the steps pass under it, so the text never
// covers the graphic (a band too tall for that sticks higher, its titles above the screen: fitBand); on a
// wide screen it stands beside the steps. Sections are drawn as they come near. Keys: J next step, K
// previous step.
import { draw, type Graphic, graphicOf, show as showState } from "./stage.ts";
import { startTips } from "./tips.ts";

interface Scrolly {
  root: HTMLElement;
  steps: HTMLElement[];
  graphics: Graphic[];
  stage: HTMLElement;
  count: HTMLElement | null;
  template: string;
  active: number;
  /** Until this time (ms), a smooth scroll started by a key or button is under way: keep its target. */
  lockedUntil: number;
  /** Its graphics are drawn: a section is drawn when it comes within a screen of the viewport. */
  drawn: boolean;
  /** Pixels of the band's top (its titles, never its chart) left above the screen on a phone: see fitBand. */
  shift: number;
}

const scrollies: Scrolly[] = [];
const motion = matchMedia("(prefers-reduced-motion: reduce)");
const wide = matchMedia("(min-width: 900px)");
const drawingWidth = matchMedia("(min-width: 640px)");
let mounted = false;
let queued = false;

/** The trigger line of a section, in pixels from the top of the viewport: half-way down what the band leaves. */
function triggerY(s: Scrolly): number {
  if (wide.matches) return innerHeight * 0.6;
  // The band sticks to the top of the screen: its height is where it ends, wherever the section is.
  const band = Math.min(
    (s.stage.parentElement ?? s.stage).getBoundingClientRect().height - s.shift,
    innerHeight * 0.7,
  );
  return band + (innerHeight - band) * 0.5;
}

/** Index of the last step whose top is at or above the trigger line; the first step before any has. */
function activeIndex(s: Scrolly): number {
  const y = triggerY(s);
  let active = 0;
  s.steps.forEach((step, i) => {
    if (step.getBoundingClientRect().top <= y) active = i;
  });
  return active;
}

/** True when some of the stage is on screen: a state change off screen needs no motion. */
function onScreen(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight;
}

function show(s: Scrolly, index: number): void {
  const step = s.steps[index];
  if (!step) return;
  s.active = index;
  s.root.dataset.activeStep = String(index);
  s.steps.forEach((el, i) => {
    el.classList.toggle("is-active", i === index);
  });
  const g = Number(step.dataset.graphic ?? 0);
  const animate = !motion.matches && onScreen(s.stage) && !document.hidden;
  s.graphics.forEach((graphic, i) => {
    const on = i === g;
    // A graphic that comes on stage starts in its state: only marks within one graphic move.
    if (on)
      showState(
        graphic,
        Number(step.dataset.state ?? 0),
        animate && graphic.root.classList.contains("is-active"),
      );
    graphic.root.classList.toggle("is-active", on);
  });
  if (s.count)
    s.count.textContent = s.template.replace("{i}", String(index + 1)).replace("{n}", String(s.steps.length));
}

/** Share of the visible chart that a step's card at mid-screen may lie under (issue 10: 15 %, less a margin). */
const MAX_UNDER = 0.12;

/**
 * Returns where a line of the band's titles starts, from the band's top, and where the titles end: a band
 * that sticks higher hides whole lines. Read from its tallest graphic, the one that sets its height.
 */
function lineStarts(band: HTMLElement, graphics: readonly Graphic[]): number[] {
  const top = band.getBoundingClientRect().top;
  const tallest = [...graphics].sort((a, b) => b.root.offsetHeight - a.root.offsetHeight)[0];
  if (!tallest) return [];
  const out: number[] = [];
  for (const p of tallest.root.querySelectorAll<HTMLElement>(".chart-head:not([hidden]) > p")) {
    const r = p.getBoundingClientRect();
    const line = Number.parseFloat(getComputedStyle(p).lineHeight) || r.height;
    for (let y = r.top; y < r.bottom - 1; y += line) out.push(y - top);
  }
  out.push(tallest.canvas.getBoundingClientRect().top - top);
  return out;
}

/**
 * On a phone, a band so tall that a card at mid-screen would lie under more than MAX_UNDER of its chart
 * sticks higher: whole lines of its titles (read as the section came in) go above the screen, never its
 * chart.
 */
function fitBand(s: Scrolly): void {
  const band = s.stage.parentElement ?? s.stage;
  let shift = 0;
  if (!wide.matches) {
    const chart = Math.max(...s.graphics.map((g) => g.canvas.getBoundingClientRect().height));
    const under = band.getBoundingClientRect().height - innerHeight / 2 - MAX_UNDER * chart;
    const starts = under > 0 ? lineStarts(band, s.graphics) : [];
    shift = Math.round(starts.find((y) => y >= under) ?? starts.at(-1) ?? 0);
  }
  s.shift = shift;
  band.style.top = shift > 0 ? `${-shift}px` : "";
}

/** Draws a section's graphics at the width the viewport calls for. */
function drawSection(s: Scrolly): void {
  for (const g of s.graphics) draw(g);
  s.drawn = true;
  fitBand(s);
}

/**
 * Draws the sections within a screen of the viewport (the others wait: a page loads without drawing
 * charts nobody sees yet), then shows each section's active step. Reads every position before writing
 * anything, so that the browser lays the page out once.
 */
function update(): void {
  queued = false;
  const near = scrollies.filter((s) => {
    if (s.drawn) return false;
    const r = s.root.getBoundingClientRect();
    return r.top < innerHeight * 2 && r.bottom > -innerHeight;
  });
  for (const s of near) drawSection(s);
  const now = performance.now();
  const next = scrollies.map((s) => (now < s.lockedUntil ? s.active : activeIndex(s)));
  scrollies.forEach((s, i) => {
    const n = next[i] as number;
    if (n !== s.active) show(s, n);
  });
}

function schedule(): void {
  if (!queued && mounted) {
    queued = true;
    requestAnimationFrame(update);
  }
}

/** Fits each drawn band to the screen again (its height or the layout changed), then follows the scroll. */
function refit(): void {
  for (const s of scrollies) if (s.drawn) fitBand(s);
  schedule();
}

/** Redraws each drawn graphic at the width the viewport now calls for, in its state. */
function redraw(): void {
  for (const s of scrollies) if (s.drawn) drawSection(s);
}

/** Turns the stages on: graphics drawn, steps laid out over or beside them, the extra text for screen readers shown. */
function mount(): void {
  if (mounted) return;
  for (const s of scrollies) {
    for (const a11y of s.root.querySelectorAll<HTMLElement>("[data-a11y], [data-scrolly-data]"))
      a11y.hidden = false;
    s.active = -1;
  }
  document.documentElement.classList.add("scrolly-on");
  mounted = true;
  // The layout has just changed: a #step-… the browser scrolled to on load is now elsewhere.
  toHash(true);
  update();
}

/** Print unrolls the page as a reader without JavaScript sees it: each step's static chart, from its <noscript>. */
function unmount(): void {
  if (!mounted) return;
  for (const s of scrollies) {
    for (const el of s.root.querySelectorAll<HTMLElement>("[data-a11y], [data-scrolly-data]"))
      el.hidden = true;
    for (const ns of s.root.querySelectorAll("noscript")) {
      const t = document.createElement("template");
      t.innerHTML = ns.textContent ?? "";
      const holder = document.createElement("div");
      holder.dataset.printed = "";
      holder.append(t.content);
      ns.after(holder);
    }
  }
  document.documentElement.classList.remove("scrolly-on");
  mounted = false;
}

/**
 * Scrolls back to the #step-… of the address when its section was not drawn yet, or when the layout
 * has just changed (`always`): drawing a section gives it its height, which moves the step.
 */
function toHash(always: boolean): void {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const holder = target && scrollies.find((s) => s.root.contains(target));
  if (!holder || !target || (holder.drawn && !always)) return;
  drawSection(holder);
  target.scrollIntoView({ block: "start" });
}

function remount(): void {
  for (const el of document.querySelectorAll("[data-printed]")) el.remove();
  mount();
}

/** The scrolly section in view, if any: the one whose box spans its trigger line. */
function current(): Scrolly | undefined {
  return scrollies.find((s) => {
    const r = s.root.getBoundingClientRect();
    const y = triggerY(s);
    return r.top <= y && r.bottom > y;
  });
}

/** Scrolls so that step `index` of `s` sits just past the trigger line, and focuses it. */
function go(s: Scrolly, index: number): void {
  const i = Math.max(0, Math.min(s.steps.length - 1, index));
  const step = s.steps[i];
  if (!step) return;
  // Show the asked-for state at once, so that quick presses count from it, not from where a smooth
  // scroll happens to be.
  show(s, i);
  const smooth = !motion.matches;
  s.lockedUntil = smooth ? performance.now() + 900 : 0;
  if (smooth) setTimeout(schedule, 950);
  const top = step.getBoundingClientRect().top + scrollY - triggerY(s) + 2;
  scrollTo({ top, behavior: smooth ? "smooth" : "auto" });
  step.focus({ preventScroll: true });
}

function onKey(e: KeyboardEvent): void {
  if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
  const t = e.target as HTMLElement | null;
  if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  const key = e.key.toLowerCase();
  if (key !== "j" && key !== "k") return;
  const s = current();
  if (!s || !mounted) return;
  e.preventDefault();
  go(s, s.active + (key === "j" ? 1 : -1));
}

/** Finds the scrolly sections and starts following the scroll. Safe to call once per page. */
export function startScrolly(): void {
  for (const root of document.querySelectorAll<HTMLElement>("[data-scrolly]")) {
    const stage = root.querySelector<HTMLElement>("[data-stage]");
    const steps = [...root.querySelectorAll<HTMLElement>("[data-step]")];
    const graphics = [...root.querySelectorAll<HTMLElement>("[data-graphic-root]")].map(graphicOf);
    if (!stage || steps.length === 0 || graphics.length === 0 || graphics.some((g) => !g)) continue;
    const nav = root.querySelector<HTMLElement>("[data-nav]");
    const s: Scrolly = {
      root,
      steps,
      graphics: graphics as Graphic[],
      stage,
      count: root.querySelector<HTMLElement>("[data-count]"),
      template: nav?.dataset.template ?? "{i} / {n}",
      active: -1,
      lockedUntil: 0,
      drawn: false,
      shift: 0,
    };
    if (nav) {
      nav.hidden = false;
      nav.querySelector("[data-prev]")?.addEventListener("click", () => go(s, s.active - 1));
      nav.querySelector("[data-next]")?.addEventListener("click", () => go(s, s.active + 1));
    }
    for (const g of s.graphics) startTips(g.root);
    scrollies.push(s);
  }
  if (scrollies.length === 0) return;
  const print = matchMedia("print");
  mount();
  if (print.matches) unmount();
  print.addEventListener("change", (e) => (e.matches ? unmount() : remount()));
  addEventListener("beforeprint", unmount);
  addEventListener("afterprint", remount);
  addEventListener("scroll", schedule, { passive: true });
  addEventListener("resize", refit);
  // Opening a data table or zooming moves the steps without a scroll event.
  new ResizeObserver(schedule).observe(document.body);
  addEventListener("hashchange", () => {
    toHash(false);
    schedule();
  });
  addEventListener("load", schedule);
  wide.addEventListener("change", refit);
  drawingWidth.addEventListener("change", redraw);
  addEventListener("keydown", onKey);
  // A data table's rows are made when it is first opened: the page carries them unparsed until then.
  for (const d of document.querySelectorAll<HTMLDetailsElement>("details[data-lazy]")) {
    d.addEventListener("toggle", () => {
      const t = d.querySelector("template");
      if (t) t.replaceWith(t.content);
    });
  }
}
