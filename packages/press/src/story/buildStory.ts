import { CHARTS, checkOption } from "../charts/registry.ts";
import { chartFunctions, type Description, drawChart, WIDTHS } from "../charts/renderChart.ts";
import { toCsv } from "../csv.ts";
import { type Lang, localePath } from "../i18n.ts";
import type { SiteData } from "../siteData.ts";
import { type Block, parseStory, type StepBlock } from "./parseStory.ts";
import { type ProseContext, renderProse } from "./renderProse.ts";
import { StoryError } from "./StoryError.ts";

/** A chart state drawn for a step, with everything the figure around it shows. */
export interface RenderedChart {
  chart: string;
  query: string;
  description: Description;
  /** SVG markup at the narrow and wide widths. */
  narrow: string;
  wide: string;
  /** Site path of the CSV with the rows of the data table. */
  csvPath: string;
}

export interface StoryStep {
  id: string;
  /** 0-based within its scrolly section. */
  index: number;
  html: string;
  chart: RenderedChart;
  /** The options as written, for data attributes. */
  state: string;
}

export type Section =
  | { kind: "prose"; html: string }
  | { kind: "scrolly"; id: string; steps: StoryStep[] }
  | { kind: "aside"; title: string; html: string }
  | { kind: "sources"; html: string };

export interface Story {
  lang: Lang;
  sections: Section[];
  /** CSV files by site path: the rows of each chart's data table. */
  csv: Map<string, string>;
}

/** Options a step of any chart may take besides the chart's own. */
const STEP_OPTIONS = new Set(["id"]);

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Checks a step's chart and options; throws a StoryError at the step's line. */
function checkStep(step: StepBlock, file: string, data: SiteData): void {
  const spec = CHARTS[step.chart];
  if (!spec) {
    throw new StoryError(
      file,
      step.line,
      `unknown chart "${step.chart}"; known: ${Object.keys(CHARTS).join(", ")}`,
    );
  }
  for (const [key, value] of Object.entries(step.options)) {
    if (STEP_OPTIONS.has(key)) {
      if (!/^[a-z][a-z0-9-]*$/.test(value))
        throw new StoryError(file, step.line, `id "${value}": use a-z, 0-9 and -`);
      continue;
    }
    const opt = spec.options[key];
    if (!opt) {
      const known = [...Object.keys(spec.options), ...STEP_OPTIONS].join(", ");
      throw new StoryError(
        file,
        step.line,
        `unknown option "${key}" for chart ${step.chart}; it takes: ${known}`,
      );
    }
    const problem = checkOption(opt, value, data.subjectIds);
    if (problem) throw new StoryError(file, step.line, `option ${key}: ${problem}`);
  }
}

/** Returns the chart options for a step's written options. */
function chartOptions(step: StepBlock, lang: Lang, data: SiteData): Record<string, unknown> {
  const sources = Object.fromEntries(
    data.sources.map((s) => [s.id, { zh: s.publisher_zh, en: s.publisher_en }]),
  );
  const o: Record<string, unknown> = { lang, sources };
  const { highlight, total, sources: showSources } = step.options;
  if (highlight) o.highlight = highlight;
  if (total === "on")
    o.total = data.tokens.named.get("area_key_figures")?.get("planned_total_investment")?.value;
  if (showSources === "on") o.showSources = true;
  return o;
}

/**
 * Builds a story from its Markdown file: checks every step and token (a StoryError names file and line),
 * fills in figures from the data, draws each step's chart at build time and collects the CSV files.
 */
export async function buildStory(source: string, file: string, lang: Lang, data: SiteData): Promise<Story> {
  const blocks = parseStory(source, file);
  for (const b of blocks) if (b.kind === "step") checkStep(b, file, data);

  const ledger = localePath(lang, "/sources/");
  const ctx: ProseContext = {
    file,
    lang,
    data: data.tokens,
    ledgerHref: (r) => `${ledger}#${r.kind === "date" ? "ms" : "fig"}-${r.id}`,
  };
  const csv = new Map<string, string>();
  const csvByContent = new Map<string, string>();
  const drawn = new Map<string, RenderedChart>();
  const usedIds = new Set<string>();

  const draw = async (step: StepBlock): Promise<RenderedChart> => {
    const spec = CHARTS[step.chart];
    if (!spec) throw new StoryError(file, step.line, `unknown chart "${step.chart}"`);
    const options = chartOptions(step, lang, data);
    const key = `${step.chart}:${JSON.stringify(options)}`;
    const known = drawn.get(key);
    if (known) return known;
    const rows = await data.named(spec.query, spec.params);
    let description: Description;
    let narrow: string;
    let wide: string;
    try {
      description = chartFunctions(spec.fn).describe(rows, options);
      narrow = drawChart(spec.fn, rows, options, WIDTHS.narrow);
      wide = drawChart(spec.fn, rows, options, WIDTHS.wide);
    } catch (error) {
      throw new StoryError(file, step.line, `chart ${step.chart} failed: ${(error as Error).message}`);
    }
    // One CSV per distinct table: states that only change emphasis share the file.
    const columns = description.table.columns.map((c) => c.key);
    const content = toCsv(columns, description.table.rows);
    let csvPath = csvByContent.get(content);
    if (!csvPath) {
      const base = `/data/charts/${kebab(step.chart)}.${lang}`;
      let n = 1;
      csvPath = `${base}.csv`;
      while (csv.has(csvPath)) csvPath = `${base}-${++n}.csv`;
      csv.set(csvPath, content);
      csvByContent.set(content, csvPath);
    }
    const rendered = { chart: step.chart, query: spec.query, description, narrow, wide, csvPath };
    drawn.set(key, rendered);
    return rendered;
  };

  const sections: Section[] = [];
  let scrolly: Extract<Section, { kind: "scrolly" }> | undefined;
  let stepNo = 0;
  for (const block of blocks as Block[]) {
    if (block.kind !== "step") scrolly = undefined;
    switch (block.kind) {
      case "prose":
        sections.push({ kind: "prose", html: renderProse(block.text, block.line, ctx) });
        break;
      case "aside":
        sections.push({
          kind: "aside",
          title: block.title,
          html: renderProse(block.text, block.textLine, ctx),
        });
        break;
      case "sources":
        sections.push({ kind: "sources", html: renderProse(block.text, block.textLine, ctx) });
        break;
      case "step": {
        if (!scrolly) {
          scrolly = {
            kind: "scrolly",
            id: `scrolly-${sections.filter((s) => s.kind === "scrolly").length + 1}`,
            steps: [],
          };
          sections.push(scrolly);
        }
        stepNo++;
        const id = block.options.id ?? `step-${stepNo}`;
        if (usedIds.has(id)) throw new StoryError(file, block.line, `step id "${id}" is used twice`);
        usedIds.add(id);
        const state = Object.entries(block.options)
          .filter(([k]) => k !== "id")
          .map(([k, v]) => `${k}=${v}`)
          .join(" ");
        scrolly.steps.push({
          id,
          index: scrolly.steps.length,
          html: renderProse(block.text, block.textLine, ctx),
          chart: await draw(block),
          state,
        });
        break;
      }
    }
  }
  return { lang, sections, csv };
}
