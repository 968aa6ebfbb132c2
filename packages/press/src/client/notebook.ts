// The notebook page without the engine: turns each SQL cell into an editor with Run and Reset, checks the
// reader's SQL, and loads the runtime (DuckDB-WASM, Plot) on the first Run only. Without this script the
// page is complete: every cell's SQL and its result, table and chart as computed at build time.
import type { Lang } from "@newarea/data";
import { compileWasm, wasmExceptionsSupported } from "@newarea/data/wasm";
import { checkReaderSql } from "../notebook/checkReaderSql.ts";
import type { CellError } from "../notebook/runCell.ts";
import { NB_UI } from "../notebook/ui.ts";
import type { MissingColumns, Runtime, Stage } from "./notebookRuntime.ts";

// As runCell's NOTEBOOK_MEMORY_LIMIT, written out here so that this script does not carry runCell's code.
const NOTEBOOK_MEMORY_LIMIT = "256 MB";

type Ui = (typeof NB_UI)[Lang];

// A query shows "Running…" and its time only once it has run this long: a quick one does not flicker.
const SHOW_RUNNING_AFTER_MS = 400;

/** A SQL cell once enhanced: its editor and what Reset and "interactive off" put back. */
interface Cell {
  root: HTMLElement;
  name: string;
  params: string[];
  editor: HTMLTextAreaElement;
  original: string;
  /** The built HTML of the cell's output and of every cell it feeds. */
  baked: [HTMLElement, string][];
  /** Cancels the cell's run, while it runs. */
  stop?: AbortController;
}

function message(e: unknown): string {
  return String((e as Error)?.message ?? e).trim();
}

/**
 * Returns what a reader is told when a cell fails, by the CellError's kind (read by shape, so that
 * runCell's code stays in the runtime's download).
 */
function failure(e: unknown, ui: Ui): string {
  const kind = (e as Partial<CellError>)?.kind;
  if (kind === "cancelled") return ui.cancelled;
  if (kind === "restarted") return ui.restarted;
  if (kind === "memory") return ui.outOfMemory(NOTEBOOK_MEMORY_LIMIT);
  if (kind === "notOneQuery") return `${ui.notOneQuery}: ${message(e)}`;
  return `${ui.error}: ${message(e)}`;
}

/** The cells fed by `name`: chart and table cells with data-from. */
function dependents(root: HTMLElement, name: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>("[data-from]")].filter((el) => el.dataset.from === name);
}

/** Sizes an editor to its text, so that the whole query shows without an inner scroll bar. */
function fit(editor: HTMLTextAreaElement): void {
  editor.rows = Math.max(3, editor.value.split("\n").length + 1);
}

/** Shows or clears the message beside a cell; while it shows, the cell's older result is marked stale. */
function showError(cell: HTMLElement, text: string | undefined): void {
  const box = cell.querySelector<HTMLElement>("[data-error]");
  if (!box) return;
  box.textContent = text ?? "";
  box.hidden = text === undefined;
  cell.querySelector("[data-output]")?.toggleAttribute("data-stale", text !== undefined);
}

/** Enhances the notebook on this page, if any. */
export function startNotebook(): void {
  const root = document.querySelector<HTMLElement>("[data-notebook]");
  if (!root) return;
  const lang: Lang = root.dataset.lang === "en" ? "en" : "zh";
  const ui: Ui = NB_UI[lang];
  const cells: Cell[] = [];
  let off = false;

  const turnOff = (why: string) => {
    off = true;
    const line = root.querySelector<HTMLElement>("[data-nb-off]");
    if (line) {
      line.textContent = ui.interactiveOff(why);
      line.hidden = false;
    }
    const intro = root.querySelector<HTMLElement>("[data-nb-intro]");
    if (intro) intro.hidden = true;
    for (const c of cells) {
      c.editor.value = c.original;
      c.editor.readOnly = true;
      fit(c.editor);
      for (const [el, html] of c.baked) el.innerHTML = html;
      showError(c.root, undefined);
      const bar = c.root.querySelector<HTMLElement>("[data-toolbar]");
      if (bar) bar.hidden = true;
    }
  };

  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    turnOff(ui.noWasm);
    return;
  }
  if (typeof Worker !== "function") {
    turnOff(ui.noWorker);
    return;
  }

  // One runtime for the page, started by the first Run; every waiting cell hears how far it is.
  let runtime: Promise<Runtime> | undefined;
  let stage: Stage | "running" = "engine";
  const listeners = new Set<() => void>();
  const runtimeOptions = {
    duckdb: root.dataset.duckdb ?? "/duckdb/",
    tables: root.dataset.tables ?? "/data/tables/",
    onStage: (s: Stage) => {
      stage = s;
      for (const l of listeners) l();
    },
  };
  const runtimeModule = () => import("./notebookRuntime.ts");
  // The wasm's download and compilation start here, before the runtime's code has arrived (150 ms of a
  // cold Run): the engine it starts shares them (@newarea/data/wasm), given the URL notebookRuntime.ts gives
  // it (test/notebookBrowser.test.ts checks the wasm is requested once). Spelled out here, not shared: a
  // helper naming the worker scripts too would put DuckDB's file names into this script. The mvp build is
  // left to the engine.
  const startWasm = () => {
    if (!wasmExceptionsSupported()) return;
    compileWasm(`${new URL(runtimeOptions.duckdb, location.href).href}duckdb-eh.wasm`).catch(() => undefined);
  };
  const loadRuntime = () => {
    if (!runtime) startWasm();
    runtime ??= runtimeModule().then((m) => m.startRuntime(runtimeOptions));
    return runtime;
  };
  // A pointer on a cell, or focus in one, is a sign the reader may run it: start the downloads then (the
  // runtime's code, the engine's files, the tables; not the engine itself), so that Run finds them done
  // or under way. Reading and scrolling download nothing.
  const intent = (e: Event) => {
    if (off || runtime || !(e.target instanceof Element) || !e.target.closest("[data-sql-cell]")) return;
    root.removeEventListener("pointerover", intent);
    root.removeEventListener("focusin", intent);
    startWasm();
    runtimeModule().then(
      (m) => m.prefetch(runtimeOptions),
      () => undefined,
    );
  };
  root.addEventListener("pointerover", intent);
  root.addEventListener("focusin", intent);

  const stageText = (engineSize: string) =>
    stage === "engine" ? ui.loadingEngine(engineSize) : stage === "tables" ? ui.loadingTables : ui.running;

  const run = async (cell: Cell) => {
    if (off) return;
    showError(cell.root, undefined);
    const refusal = checkReaderSql(cell.editor.value);
    if (refusal) {
      showError(cell.root, ui.refused(refusal));
      return;
    }
    const button = cell.root.querySelector<HTMLButtonElement>("[data-run]");
    const cancel = cell.root.querySelector<HTMLButtonElement>("[data-cancel]");
    const stop = new AbortController();
    cell.stop = stop;
    const progress = cell.root.querySelector<HTMLElement>("[data-progress]");
    const text = cell.root.querySelector<HTMLElement>("[data-progress-text]");
    const elapsed = cell.root.querySelector<HTMLElement>("[data-elapsed]");
    const t0 = performance.now();
    const update = () => {
      if (text)
        text.textContent = stop.signal.aborted ? ui.stopping : stageText(root.dataset.engineSize ?? "");
      if (elapsed) elapsed.textContent = ui.elapsed(((performance.now() - t0) / 1000).toFixed(1));
    };
    cell.root.setAttribute("aria-busy", "true");
    // Run turns into Cancel while the cell runs; keyboard focus moves with it.
    const hadFocus = document.activeElement === button;
    if (cancel) cancel.hidden = false;
    if (button) button.disabled = true;
    if (hadFocus) cancel?.focus();
    // Starting the engine shows its progress at once; a query on a started engine, once it takes a while.
    const starting = !runtime;
    const reveal = () => {
      if (progress) progress.hidden = false;
    };
    if (starting) reveal();
    const revealTimer = starting ? undefined : setTimeout(reveal, SHOW_RUNNING_AFTER_MS);
    stop.signal.addEventListener("abort", () => {
      reveal();
      update();
    });
    listeners.add(update);
    update();
    const ticker = setInterval(update, 100);
    try {
      let rt: Runtime;
      try {
        rt = await loadRuntime();
      } catch (e) {
        turnOff(ui.startFailed(message(e)));
        return;
      }
      stage = "running";
      update();
      const params = cell.params;
      const [{ result, ms }, m] = await Promise.all([
        rt.run(cell.editor.value, params, stop.signal),
        runtimeModule(),
      ]);
      m.showResult(cell.root, result, ms, lang);
      for (const dep of dependents(root, cell.name)) {
        showError(dep, undefined);
        try {
          if (dep.hasAttribute("data-chart-cell")) m.redrawChart(dep, result.rows);
          else m.redrawTable(dep, result, lang);
        } catch (e) {
          const missing = (e as Partial<MissingColumns>)?.columns;
          showError(dep, missing ? ui.chartMissing(missing) : message(e));
        }
      }
      cell.root.dataset.ran = String(Number(cell.root.dataset.ran ?? 0) + 1);
    } catch (e) {
      showError(cell.root, failure(e, ui));
    } finally {
      listeners.delete(update);
      clearInterval(ticker);
      clearTimeout(revealTimer);
      cell.stop = undefined;
      if (progress) progress.hidden = true;
      if (button) button.disabled = off;
      const cancelHadFocus = document.activeElement === cancel;
      if (cancel) cancel.hidden = true;
      if (cancelHadFocus) button?.focus();
      cell.root.removeAttribute("aria-busy");
    }
  };

  for (const el of root.querySelectorAll<HTMLElement>("[data-sql-cell]")) {
    const pre = el.querySelector<HTMLElement>("pre[data-sql]");
    const bar = el.querySelector<HTMLElement>("[data-toolbar]");
    if (!pre || !bar) continue;
    const name = el.dataset.sqlCell ?? "";
    const original = pre.textContent ?? "";
    const editor = document.createElement("textarea");
    editor.className = "nb-editor";
    editor.value = original;
    editor.spellcheck = false;
    editor.wrap = "off";
    editor.setAttribute("autocapitalize", "off");
    editor.setAttribute("autocomplete", "off");
    editor.setAttribute("aria-label", ui.editLabel(name));
    editor.dataset.editor = name;
    fit(editor);
    pre.replaceWith(editor);
    const output = el.querySelector<HTMLElement>("[data-output]");
    const baked: [HTMLElement, string][] = [];
    for (const target of [output, ...dependents(root, name)])
      if (target) baked.push([target, target.innerHTML]);
    const cell: Cell = {
      root: el,
      name,
      params: JSON.parse(el.dataset.params ?? "[]") as string[],
      editor,
      original,
      baked,
    };
    cells.push(cell);
    editor.addEventListener("input", () => fit(editor));
    editor.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        if (!cell.stop) void run(cell);
      } else if (e.key === "Escape" && cell.stop) {
        e.preventDefault();
        cell.stop.abort();
      }
    });
    el.querySelector("[data-run]")?.addEventListener("click", () => void run(cell));
    el.querySelector("[data-cancel]")?.addEventListener("click", () => cell.stop?.abort());
    el.querySelector("[data-reset]")?.addEventListener("click", () => {
      editor.value = original;
      fit(editor);
      showError(el, undefined);
      for (const [target, html] of baked) target.innerHTML = html;
      for (const dep of dependents(root, name)) showError(dep, undefined);
    });
    bar.hidden = false;
  }
  const intro = root.querySelector<HTMLElement>("[data-nb-intro]");
  if (intro) intro.hidden = false;
}
