import { afterEach, expect, test, vi } from "vitest";
import { compileWasm, wasmExceptionsSupported } from "../../src/db/wasmDownload.ts";

// The smallest module: magic and version, nothing else.
const EMPTY = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Stubs fetch: each call answers `status` with the empty module; returns the list of URLs asked for. */
function serve(status = 200): string[] {
  const asked: string[] = [];
  vi.stubGlobal("fetch", async (url: string) => {
    asked.push(url);
    return new Response(status === 200 ? EMPTY : "missing", {
      status,
      headers: { "content-type": "application/wasm" },
    });
  });
  return asked;
}

test("compileWasm(url) downloads and compiles a wasm once per page, whoever asks first", async () => {
  const asked = serve();
  const first = compileWasm("https://site.example/a.wasm");
  const heard: [number, number | null][] = [];
  const second = compileWasm("https://site.example/a.wasm", (loaded, total) => heard.push([loaded, total]));
  expect(second).toBe(first);
  expect(await first).toBeInstanceOf(WebAssembly.Module);
  expect(asked).toEqual(["https://site.example/a.wasm"]);
  // A listener that came after the start heard the end; one that comes later hears it at once.
  expect(heard.at(-1)).toEqual([8, 8]);
  const late: [number, number | null][] = [];
  await compileWasm("https://site.example/a.wasm", (loaded, total) => late.push([loaded, total]));
  expect(late).toEqual([[8, 8]]);
  expect(asked).toHaveLength(1);
});

test("compileWasm(url) forgets a failed download: the next call tries again", async () => {
  serve(404);
  await expect(compileWasm("https://site.example/b.wasm")).rejects.toThrow(/b\.wasm answered 404/);
  const asked = serve();
  expect(await compileWasm("https://site.example/b.wasm")).toBeInstanceOf(WebAssembly.Module);
  expect(asked).toEqual(["https://site.example/b.wasm"]);
});

test("wasmExceptionsSupported() answers as DuckDB-WASM's own check does (Node 24's V8 has them)", () => {
  expect(wasmExceptionsSupported()).toBe(true);
});
