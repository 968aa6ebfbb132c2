// The page's one download and compilation of each DuckDB-WASM wasm, shared by whoever asks first and the
// engine that later uses it. A page can start it before the code that runs the engine has even loaded:
// the notebook does so on the Run that starts everything (its runtime's code took 150 ms to arrive and
// start before the wasm's download could begin), through the small `@newarea/data/wasm` entry. No imports:
// this module costs nothing to load.

/** Download progress of one wasm: bytes so far, and the total once known. */
export type WasmProgress = (loaded: number, total: number | null) => void;

interface Download {
  module: Promise<WebAssembly.Module>;
  loaded: number;
  total: number | null;
  listeners: Set<WasmProgress>;
}

const downloads = new Map<string, Download>();

// Progress is reported every this many bytes, not on each of the hundreds of chunks.
const PROGRESS_STEP = 1 << 20;

async function fetchAndCompile(url: string, progress: WasmProgress): Promise<WebAssembly.Module> {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`DuckDB-WASM: ${url} answered ${res.status}`);
  let loaded = 0;
  let reported = 0;
  const counted = res.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        loaded += chunk.byteLength;
        if (loaded - reported >= PROGRESS_STEP) {
          reported = loaded;
          progress(loaded, null);
        }
        out.enqueue(chunk);
      },
      flush() {
        progress(loaded, loaded);
      },
    }),
  );
  // Headers carried over: compileStreaming wants the application/wasm type.
  const module = await WebAssembly.compileStreaming(new Response(counted, { headers: res.headers }));
  performance.mark("duckdb:compiled");
  return module;
}

/**
 * Returns the wasm at `url` compiled, fetching and compiling it as it arrives the first time it is asked
 * for; later calls share that download. `onProgress` hears the bytes (at once, those already in). A failed
 * download or compilation is forgotten: the next call tries again.
 */
export function compileWasm(url: string, onProgress?: WasmProgress): Promise<WebAssembly.Module> {
  let download = downloads.get(url);
  if (!download) {
    performance.mark("duckdb:wasm-requested");
    const d: Download = { module: Promise.resolve() as never, loaded: 0, total: null, listeners: new Set() };
    d.module = fetchAndCompile(url, (loaded, total) => {
      d.loaded = loaded;
      d.total = total;
      for (const listener of d.listeners) listener(loaded, total);
    });
    d.module.catch(() => {
      if (downloads.get(url) === d) downloads.delete(url);
    });
    downloads.set(url, d);
    download = d;
  }
  if (onProgress) {
    download.listeners.add(onProgress);
    if (download.loaded > 0) onProgress(download.loaded, download.total);
  }
  return download.module;
}

/**
 * Whether this browser runs DuckDB-WASM's eh build (WebAssembly exceptions), checked as DuckDB-WASM's
 * selectBundle checks it, so that a page starting the download early picks the file the engine will use.
 */
export function wasmExceptionsSupported(): boolean {
  try {
    return WebAssembly.validate(
      new Uint8Array([
        0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11,
      ]),
    );
  } catch {
    return false;
  }
}
