/**
 * The chart colours. Each is a mid tone chosen to read on white and on a near-black page alike (at least
 * 3:1 against both #ffffff and #111111, the contrast WCAG asks of graphics), because Plot's fill strings
 * cannot follow the page's CSS custom properties reliably. Text, axes and rules use `currentColor` and so
 * follow the page.
 */
export const PALETTE = {
  /** The main series: investment, done milestones, started projects. */
  blue: "#3b82c4",
  /** A second measure or a contrast: completed spending, capacity. */
  orange: "#d9782d",
  /** A third category. */
  teal: "#2a9d8f",
  /** A fourth category. */
  purple: "#9467bd",
  /** Secondary marks: extensions, targets, de-emphasised rows. */
  grey: "#8a8f98",
} as const;

/** Opacity of rows that are not highlighted. */
export const DIMMED_OPACITY = 0.4;
