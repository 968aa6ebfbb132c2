// The notebook's interactive side, loaded on the first Run only (never on the story's pages): DuckDB-WASM
// in a worker from the site's own files, the tables as Arrow from /data/tables/, reader SQL sandboxed,
// and the charts redrawn with Plot in the browser from the same functions that drew them at build time.
import type { Lang } from "@newarea/data";
import { type NewareaDB, openDatabase } from "@newarea/data/browser";
import { CHARTS } from "../charts.ts";
import { drawForFigure } from "../figureChart.ts";
import { renderResultTable, resultSummary } from "../notebook/renderResult.ts";
import { renderTableCell, type TableSpec } from "../notebook/renderTableCell.ts";
import { type CellResult, type Row, runCell } from "../notebook/runCell.ts";
import { NB_UI } from "../notebook/ui.ts";

/** What the engine is doing while it starts: downloading and starting, then loading the tables. */
export type Stage = "engine" | "tables";

export interface Runtime {
  /** Runs a cell's SQL; returns its capped result and the time it took in milliseconds. */
  run(sql: string, params: readonly unknown[]): Promise<{ result: CellResult; ms: number }>;
}

// DuckDB-WASM never answers when its worker cannot compile WebAssembly (measured with 1.32.0: it waits
// forever). A probe worker checks that alongside the start; give up after this long in any case. (A
// missing file or worker script makes the start itself fail: @newarea/data checks both.)
const START_TIMEOUT_MS = 120_000;
const PROBE_TIMEOUT_MS = 10_000;

/** Resolves when a worker from this site can start and compile WebAssembly; rejects saying why not. */
function probeWorker(): Promise<void> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./notebookProbe.worker.ts", import.meta.url));
    } catch (e) {
      reject(new Error(`a Web Worker cannot start here (${(e as Error).message})`));
      return;
    }
    const done = (error?: string) => {
      clearTimeout(timer);
      worker.terminate();
      if (error) reject(new Error(error));
      else resolve();
    };
    const timer = setTimeout(() => done("a Web Worker did not start"), PROBE_TIMEOUT_MS);
    worker.addEventListener("error", () => done("a Web Worker cannot start here"));
    worker.addEventListener("message", (e: MessageEvent<string>) =>
      done(e.data === "ok" ? undefined : `WebAssembly is blocked in workers here (${e.data})`),
    );
  });
}

interface RuntimeOptions {
  duckdb: string;
  tables: string;
  onStage: (stage: Stage) => void;
}

let opened: NewareaDB | undefined;
let probed: Promise<void> | undefined;
let stageHandler: RuntimeOptions["onStage"] = () => {};

/** The page's one database: the engine downloaded by prefetch() is the one startRuntime() starts. */
function database(options: RuntimeOptions): NewareaDB {
  stageHandler = options.onStage;
  if (opened) return opened;
  const base = new URL(options.duckdb, location.href).href;
  let wasmDone = false;
  opened = openDatabase({
    bundles: {
      mvp: { mainModule: `${base}duckdb-mvp.wasm`, mainWorker: `${base}duckdb-browser-mvp.worker.js` },
      eh: { mainModule: `${base}duckdb-eh.wasm`, mainWorker: `${base}duckdb-browser-eh.worker.js` },
      // The site serves the workers patched (integrations/duckdbFiles.mjs): the page compiles the wasm.
      patched: true,
    },
    tablesUrl: new URL(options.tables, location.href).href,
    sandbox: true,
    // The tables arrive while the engine downloads: "tables" once the engine is in, until it answers.
    onProgress: (loaded, total, what) => {
      if (what === "duckdb-wasm") wasmDone = total !== null && loaded >= total;
      stageHandler(wasmDone ? "tables" : "engine");
    },
  });
  return opened;
}

/**
 * Starts downloading the engine and the tables, without starting the engine: called when a reader shows
 * they may run a cell (pointer on it, focus in it), so that Run finds the downloads done or under way.
 */
export function prefetch(options: RuntimeOptions): void {
  database(options).prefetch();
  probed ??= probeWorker();
  probed.catch(() => undefined);
}

/**
 * Starts DuckDB-WASM with the notebook's tables and returns a Runtime once it answers. Rejects when
 * WebAssembly or the worker cannot start (blocked by a security policy, out of memory, files missing).
 */
export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  options.onStage("engine");
  const db = database(options);
  let onViolation: ((e: SecurityPolicyViolationEvent) => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const failed = new Promise<never>((_, reject) => {
    onViolation = (e) => {
      if (
        e.blockedURI.includes(options.duckdb) ||
        e.effectiveDirective === "worker-src" ||
        e.blockedURI === "wasm-eval"
      ) {
        reject(new Error(`blocked by the site's security policy (${e.effectiveDirective})`));
      }
    };
    document.addEventListener("securitypolicyviolation", onViolation);
    timer = setTimeout(
      () => reject(new Error(`no answer within ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
  });
  try {
    probed ??= probeWorker();
    await Promise.race([Promise.all([probed, db.ready()]), failed]);
  } catch (e) {
    void db.close().catch(() => undefined);
    throw e;
  } finally {
    if (onViolation) document.removeEventListener("securitypolicyviolation", onViolation);
    clearTimeout(timer);
  }
  return {
    run: async (sql, params) => {
      const t0 = performance.now();
      const result = await runCell((s, p) => db.query<Row>(s, p), sql, params);
      return { result, ms: performance.now() - t0 };
    },
  };
}

/** Shows a cell's new result: its table and the line under it. */
export function showResult(cell: HTMLElement, result: CellResult, ms: number, lang: Lang): void {
  const table = cell.querySelector<HTMLElement>("[data-result]");
  const summary = cell.querySelector<HTMLElement>("[data-summary]");
  if (table) table.innerHTML = renderResultTable(result, lang);
  if (summary) summary.textContent = resultSummary(result, lang, ms);
}

/**
 * Redraws a chart cell from new rows at both widths, with the options it was built with, describing it
 * once for both. Throws when the chart cannot draw them (the reader changed the columns it needs); the
 * old drawing then stays.
 */
export function redrawChart(figure: HTMLElement, rows: Row[]): void {
  const def = CHARTS[figure.dataset.chart ?? ""];
  if (!def) throw new Error(`no chart named ${figure.dataset.chart}`);
  const options = JSON.parse(figure.dataset.options ?? "{}") as Record<string, unknown>;
  const d = def.describe(rows, options);
  const drawn = [...figure.querySelectorAll<HTMLElement>("[data-px]")].map(
    (box) => [box, drawForFigure(def, rows, options, d, Number(box.dataset.px))] as const,
  );
  for (const [box, el] of drawn) box.replaceChildren(el);
  const set = (sel: string, text: string) => {
    const el = figure.querySelector(sel);
    if (el) el.textContent = text;
  };
  set("[data-title]", d.title);
  set("[data-subtitle]", d.subtitle);
  set("[data-source]", d.source);
  figure.querySelector("[data-graphic]")?.setAttribute("aria-label", `${d.title}. ${d.alt}`);
}

/** Re-renders a table cell from its source cell's new result. */
export function redrawTable(figure: HTMLElement, result: CellResult, lang: Lang): void {
  const spec = JSON.parse(figure.dataset.spec ?? "{}") as TableSpec;
  const box = figure.querySelector<HTMLElement>("[data-table]");
  if (box)
    box.innerHTML = renderTableCell(result, spec, lang, NB_UI[lang].tableFrom(figure.dataset.from ?? ""));
}
