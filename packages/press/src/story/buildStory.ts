import type { Lang } from "@newarea/data";
import { type ChartState, chartCsv, drawChartState } from "../chartState.ts";
import { CHARTS } from "../charts.ts";
import { DocumentError } from "../DocumentError.ts";
import { chartContext, type DocumentData } from "../data/documentData.ts";
import { STORY } from "../parse/documentKinds.ts";
import type { DirectiveBlock, ParsedDocument, Prose } from "../parse/parseDocument.ts";
import { type LedgerHref, renderProse } from "../render/renderProse.ts";
import { type StepView, type StoryGraphic, scrollyGraphics } from "./scrollyGraphics.ts";

/** A chart state drawn for a step, with the site path of the CSV of its data table. */
export interface RenderedChart extends ChartState {
  csvPath: string;
}

export interface StoryStep {
  id: string;
  /** 0-based within its scrolly section. */
  index: number;
  /** Line of the step in the file. */
  line: number;
  html: string;
  chart: RenderedChart;
  /** The options as written (`highlight=x total=on`), for data attributes. */
  state: string;
  /** Where the step's chart is on its section's stage: which graphic, in which state. */
  view: StepView;
}

export type Section =
  | { kind: "prose"; html: string }
  | { kind: "scrolly"; id: string; steps: StoryStep[]; graphics: StoryGraphic[] }
  | { kind: "aside"; title: string; html: string }
  | { kind: "sources"; html: string };

export interface Story {
  file: string;
  lang: Lang;
  sections: Section[];
  /** CSV files by site path: the rows of each chart's data table. */
  csv: Map<string, string>;
}

/** Where a story's links go. */
export interface StoryLinks {
  /** The ledger entry of a figure or milestone. */
  ledgerHref: LedgerHref;
  /** The page of a park or project, by subject id, for the tips of chart marks; none when absent. */
  parkHref?: ((subjectId: string) => string) | undefined;
}

const STEP_ID = /^[a-z][a-z0-9-]*$/;

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * Builds a parsed story: fills every token from the data, checks and draws each step's chart at build
 * time (a DocumentError names file and line for an unknown chart, option or `highlight=` subject), and
 * collects one CSV per distinct chart table. Steps that follow one another share a scrolly section.
 */
export async function buildStory(
  doc: ParsedDocument,
  lang: Lang,
  data: DocumentData,
  links: StoryLinks,
): Promise<Story> {
  if (doc.kind !== STORY) throw new Error(`${doc.file} was parsed as a ${doc.kind.name}, not a story`);
  const { file } = doc;
  const prose = (p: Prose | undefined) =>
    p ? renderProse(p, { file, lang, data: data.tokens, ledgerHref: links.ledgerHref }) : "";
  const charts = chartStates(file, lang, data);
  const sections: Section[] = [];
  const usedIds = new Set<string>();
  let scrolly: Extract<Section, { kind: "scrolly" }> | undefined;
  let stepNo = 0;
  for (const block of doc.blocks) {
    if (block.kind !== "directive" || block.name !== "step") scrolly = undefined;
    if (block.kind === "prose") sections.push({ kind: "prose", html: prose(block.prose) });
    else if (block.kind === "directive" && block.name === "aside")
      sections.push({ kind: "aside", title: block.label ?? "", html: prose(block.body) });
    else if (block.kind === "directive" && block.name === "sources")
      sections.push({ kind: "sources", html: prose(block.body) });
    else if (block.kind === "directive" && block.name === "step") {
      if (!scrolly) {
        const n = sections.filter((s) => s.kind === "scrolly").length + 1;
        scrolly = { kind: "scrolly", id: `scrolly-${n}`, steps: [], graphics: [] };
        sections.push(scrolly);
      }
      stepNo++;
      const { id = `step-${stepNo}`, ...written } = block.options;
      if (!STEP_ID.test(id)) throw new DocumentError(file, block.at, `id "${id}": use a-z, 0-9 and -`);
      if (usedIds.has(id)) throw new DocumentError(file, block.at, `step id "${id}" is used twice`);
      usedIds.add(id);
      scrolly.steps.push({
        id,
        index: scrolly.steps.length,
        line: block.at.line,
        html: prose(block.body),
        chart: await charts.draw(block, written),
        state: Object.entries(written)
          .map(([k, v]) => `${k}=${v}`)
          .join(" "),
        view: { graphic: 0, state: 0 },
      });
    }
  }
  for (const s of sections) {
    if (s.kind !== "scrolly") continue;
    const { graphics, views } = await scrollyGraphics(s.steps, lang, data, links);
    s.graphics = graphics;
    s.steps.forEach((step, i) => {
      step.view = views[i] as StepView;
    });
  }
  return { file, lang, sections, csv: charts.csv };
}

/**
 * Draws chart states once each (steps that differ only in text share a drawing) and writes one CSV per
 * distinct table: states that only change emphasis share the file.
 */
function chartStates(file: string, lang: Lang, data: DocumentData) {
  const ctx = chartContext(data, lang);
  const csv = new Map<string, string>();
  const csvByContent = new Map<string, string>();
  const drawn = new Map<string, Promise<RenderedChart>>();
  const render = async (block: DirectiveBlock, name: string, written: Record<string, string>) => {
    const def = CHARTS[name];
    if (!def) {
      throw new DocumentError(
        file,
        block.at,
        `unknown chart "${name}"; known: ${Object.keys(CHARTS).join(", ")}`,
      );
    }
    let state: ChartState;
    try {
      state = await drawChartState(def, await data.named(def.query, def.params), written, ctx);
    } catch (error) {
      throw new DocumentError(file, block.at, (error as Error).message);
    }
    const content = chartCsv(state);
    let csvPath = csvByContent.get(content);
    if (!csvPath) {
      const base = `/data/charts/${kebab(name)}.${lang}`;
      let n = 1;
      csvPath = `${base}.csv`;
      while (csv.has(csvPath)) csvPath = `${base}-${++n}.csv`;
      csv.set(csvPath, content);
      csvByContent.set(content, csvPath);
    }
    return { ...state, csvPath };
  };
  return {
    csv,
    draw(block: DirectiveBlock, written: Record<string, string>): Promise<RenderedChart> {
      const name = block.label ?? "";
      const key = `${name}:${JSON.stringify(written)}`;
      let hit = drawn.get(key);
      if (!hit) {
        hit = render(block, name, written);
        drawn.set(key, hit);
      }
      return hit;
    },
  };
}
