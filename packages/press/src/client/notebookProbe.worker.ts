// A worker that only compiles the smallest WebAssembly module and says whether it could. Served with the
// same policy as DuckDB-WASM's worker, it tells in milliseconds whether the engine can start here: a
// worker or wasm blocked by a Content-Security-Policy would otherwise leave DuckDB-WASM waiting forever.
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

WebAssembly.compile(EMPTY_MODULE).then(
  () => postMessage("ok"),
  (e: unknown) => postMessage(String((e as Error)?.message ?? e)),
);
