import type { Lang, SourceRow } from "@newarea/data";
import { CHARTS } from "../charts.ts";
import type { DocumentData } from "../data/documentData.ts";
import { type Morph, morphSvgs } from "../morph/morphSvgs.ts";
import type { RenderedChart, StoryStep } from "./buildStory.ts";
import { markTips, type TipLinks } from "./markTips.ts";

/**
 * One chart of a scrolly section, drawn once for every state its steps show: the graphic that stays on
 * the stage while its marks move from step to step.
 */
export interface StoryGraphic {
  chart: string;
  /** Each state, in the order the section's steps first show it: what steps point to by index. */
  states: RenderedChart[];
  /** The drawing at each width, with every state's placements (`data-m`). */
  narrow: Morph;
  wide: Morph;
  /** The tip of each mark key, HTML (a subject's tip answers for its marks that have none of their own). */
  tips: Record<string, string>;
}

/** Where a step's chart is on its section's stage: which graphic, in which of its states. */
export interface StepView {
  graphic: number;
  state: number;
}

/** Returns the `data-key`s of a drawing, in order, once each. */
function keysOf(markup: string): string[] {
  return [...new Set([...markup.matchAll(/\bdata-key="([^"]*)"/g)].map((m) => m[1] as string))];
}

/**
 * Returns the graphics of a scrolly section — one per distinct chart its steps use, holding each distinct
 * state once — and where each step is on them, in step order.
 */
export async function scrollyGraphics(
  steps: readonly Omit<StoryStep, "view">[],
  lang: Lang,
  data: DocumentData,
  links: TipLinks,
): Promise<{ graphics: StoryGraphic[]; views: StepView[] }> {
  const graphics: StoryGraphic[] = [];
  const byChart = new Map<string, number>();
  const views = steps.map((step) => {
    let g = byChart.get(step.chart.chart);
    if (g === undefined) {
      g = graphics.length;
      byChart.set(step.chart.chart, g);
      const empty: Morph = { markup: "", states: 0 };
      graphics.push({ chart: step.chart.chart, states: [], narrow: empty, wide: empty, tips: {} });
    }
    const graphic = graphics[g] as StoryGraphic;
    // Steps that show the same state share one drawn chart (chartStates draws each state once).
    let state = graphic.states.indexOf(step.chart);
    if (state < 0) state = graphic.states.push(step.chart) - 1;
    return { graphic: g, state };
  });
  for (const g of graphics) {
    g.narrow = morphSvgs(g.states.map((s) => s.narrow));
    g.wide = morphSvgs(g.states.map((s) => s.wide));
    const def = CHARTS[g.chart];
    const rows = def ? await data.named(def.query, def.params) : [];
    const keys = [...new Set([...keysOf(g.narrow.markup), ...keysOf(g.wide.markup)])];
    g.tips = markTips(rows, keys, lang, data.sources as readonly SourceRow[], links);
  }
  return { graphics, views };
}
