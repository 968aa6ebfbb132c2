// Scrollytelling without a framework. Without this script the page is complete: each step's chart sits
// under its prose. With it, each chart's visual moves (not a copy) into a sticky stage beside the steps
// (behind them on a phone), and the stage shows the state of the active step: the LAST step whose top
// has crossed the trigger line, computed from positions on every scroll and resize, so a fast scroll or
// a jump to #step-n lands on the right state (scrollama#26, #56). Keys: J next step, K previous step.

interface Scrolly {
  root: HTMLElement;
  steps: HTMLElement[];
  visuals: HTMLElement[];
  homes: Comment[];
  stage: HTMLElement;
  count: HTMLElement | null;
  template: string;
  active: number;
  /** Until this time (ms), a smooth scroll started by a key or button is under way: keep its target. */
  lockedUntil: number;
}

const scrollies: Scrolly[] = [];
const motion = matchMedia("(prefers-reduced-motion: reduce)");
const wide = matchMedia("(min-width: 900px)");
let mounted = false;
let queued = false;

/** The trigger line, in pixels from the top of the viewport. */
function triggerY(): number {
  return window.innerHeight * (wide.matches ? 0.6 : 0.7);
}

/** Index of the last step whose top is at or above the trigger line; the first step before any has. */
function activeIndex(s: Scrolly): number {
  const y = triggerY();
  let active = 0;
  s.steps.forEach((step, i) => {
    if (step.getBoundingClientRect().top <= y) active = i;
  });
  return active;
}

function show(s: Scrolly, index: number): void {
  s.active = index;
  s.root.dataset.activeStep = String(index);
  s.steps.forEach((step, i) => {
    step.classList.toggle("is-active", i === index);
  });
  s.visuals.forEach((v, i) => {
    v.classList.toggle("is-active", i === index);
  });
  if (s.count)
    s.count.textContent = s.template.replace("{i}", String(index + 1)).replace("{n}", String(s.steps.length));
}

function update(): void {
  queued = false;
  for (const s of scrollies) {
    if (performance.now() < s.lockedUntil) continue;
    const i = activeIndex(s);
    if (i !== s.active) show(s, i);
  }
}

function schedule(): void {
  if (!queued && mounted) {
    queued = true;
    requestAnimationFrame(update);
  }
}

/** Moves every visual into its stage (and back for print), leaving a marker where it was. */
function mount(): void {
  if (mounted) return;
  for (const s of scrollies) {
    s.visuals.forEach((v, i) => {
      s.stage.append(v);
      const a11y = s.steps[i]?.querySelector<HTMLElement>("[data-a11y]");
      if (a11y) a11y.hidden = false;
    });
    s.active = -1;
  }
  document.documentElement.classList.add("scrolly-on");
  mounted = true;
  // The layout has just changed: a #step-… the browser scrolled to on load is now elsewhere.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target?.closest("[data-scrolly]")) target.scrollIntoView({ block: "start" });
  update();
}

function unmount(): void {
  if (!mounted) return;
  for (const s of scrollies) {
    s.visuals.forEach((v, i) => {
      s.homes[i]?.after(v);
      v.classList.remove("is-active");
      const a11y = s.steps[i]?.querySelector<HTMLElement>("[data-a11y]");
      if (a11y) a11y.hidden = true;
    });
  }
  document.documentElement.classList.remove("scrolly-on");
  mounted = false;
}

/** The scrolly section in view, if any: the one whose box spans the trigger line. */
function current(): Scrolly | undefined {
  const y = triggerY();
  return scrollies.find((s) => {
    const r = s.root.getBoundingClientRect();
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
  const top = step.getBoundingClientRect().top + window.scrollY - triggerY() + 2;
  window.scrollTo({ top, behavior: smooth ? "smooth" : "auto" });
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
    const visuals = steps.map((step) => step.querySelector<HTMLElement>("[data-visual]"));
    if (!stage || steps.length === 0 || visuals.some((v) => !v)) continue;
    const homes = (visuals as HTMLElement[]).map((v) => {
      const marker = document.createComment("chart");
      v.before(marker);
      return marker;
    });
    const nav = root.querySelector<HTMLElement>("[data-nav]");
    const s: Scrolly = {
      root,
      steps,
      visuals: visuals as HTMLElement[],
      homes,
      stage,
      count: root.querySelector<HTMLElement>("[data-count]"),
      template: nav?.dataset.template ?? "{i} / {n}",
      active: -1,
      lockedUntil: 0,
    };
    if (nav) {
      nav.hidden = false;
      nav.querySelector("[data-prev]")?.addEventListener("click", () => go(s, s.active - 1));
      nav.querySelector("[data-next]")?.addEventListener("click", () => go(s, s.active + 1));
    }
    scrollies.push(s);
  }
  if (scrollies.length === 0) return;
  // Print unrolls the page like a reader without JavaScript sees it.
  const print = matchMedia("print");
  if (!print.matches) mount();
  print.addEventListener("change", (e) => (e.matches ? unmount() : mount()));
  addEventListener("beforeprint", unmount);
  addEventListener("afterprint", mount);
  addEventListener("scroll", schedule, { passive: true });
  addEventListener("resize", schedule);
  // Opening a data table or zooming moves the steps without a scroll event.
  new ResizeObserver(schedule).observe(document.body);
  addEventListener("hashchange", schedule);
  addEventListener("load", schedule);
  wide.addEventListener("change", schedule);
  addEventListener("keydown", onKey);
}
