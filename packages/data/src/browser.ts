import { type BrowserBundles, browserEngine, type ProgressHandler } from "./db/browserEngine.ts";
import { type ClientOptions, createClient, type NewareaDB } from "./db/createClient.ts";
import type { TableName } from "./tables.ts";

export * from "./index.ts";
export type { BrowserBundles, ProgressHandler };

/** Options for the browser side. */
export interface BrowserOptions extends ClientOptions {
  /** Self-hosted DuckDB-WASM module and worker URLs (with Vite: import them with `?url`). */
  bundles: BrowserBundles;
  /** URL of the folder holding the built `<table>.arrow` files. */
  tablesUrl: string;
  /**
   * Called as bytes arrive, for a progress indicator: `what` is "duckdb-wasm" while the engine downloads
   * (the last call has `loaded === total`), and each table's name once it has arrived (the tables
   * download at the same time as the engine).
   */
  onProgress?: ProgressHandler;
}

/**
 * Opens the data in the browser with DuckDB-WASM in a worker. Returns at once; nothing is downloaded
 * until `prefetch()` or the first query.
 */
export function openDatabase(options: BrowserOptions): NewareaDB {
  const engine = browserEngine(options.bundles, options.onProgress);
  return createClient(
    () => engine.start(),
    async (name: TableName) => {
      const url = `${options.tablesUrl.replace(/\/?$/, "/")}${name}.arrow`;
      const res = await fetch(url);
      if (!res.ok) throw new Error(`@newarea/data: ${url} answered ${res.status}`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      options.onProgress?.(bytes.byteLength, bytes.byteLength, name);
      return bytes;
    },
    options,
    () => engine.prefetch(),
  );
}
