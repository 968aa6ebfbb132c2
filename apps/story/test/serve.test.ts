import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { serve } from "../scripts/serve.mjs";

let server: { url: string; port: number; close: () => Promise<void> };
const root = mkdtempSync(join(tmpdir(), "story-serve-"));

beforeAll(async () => {
  writeFileSync(join(root, "index.html"), "<!doctype html><p>home</p>");
  writeFileSync(join(root, "index.html.br"), brotliCompressSync("<!doctype html><p>home</p>"));
  writeFileSync(join(root, "404.html"), "<p>missing</p>");
  mkdirSync(join(root, "en"));
  writeFileSync(join(root, "en", "index.html"), "<p>en</p>");
  writeFileSync(join(root, "engine.wasm"), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(join(root, "figures.arrow"), "ARROW1");
  writeFileSync(join(root, "figures.parquet"), "PAR1");
  writeFileSync(join(root, "rows.csv"), "a,b\r\n");
  server = await serve({ root, port: 0 });
});
afterAll(() => server.close());

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
    const req = request({ host: "127.0.0.1", port: server.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", fail);
    req.end();
  });
}

describe("serve", () => {
  it("serve() prints a localhost address", () => {
    expect(server.url).toBe(`http://localhost:${server.port}/`);
  });

  it("serve() sends a folder's index.html and the brotli copy when it is accepted", async () => {
    const plain = await get("/");
    expect(plain.status).toBe(200);
    expect(plain.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const br = await get("/", { "accept-encoding": "gzip, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toBe("accept-encoding");
    const refused = await get("/", { "accept-encoding": "br;q=0" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
  });

  it("serve() gives data formats their content types", async () => {
    expect((await get("/engine.wasm")).headers["content-type"]).toBe("application/wasm");
    expect((await get("/figures.arrow")).headers["content-type"]).toBe("application/vnd.apache.arrow.file");
    expect((await get("/figures.parquet")).headers["content-type"]).toBe("application/vnd.apache.parquet");
    expect((await get("/rows.csv")).headers["content-type"]).toBe("text/csv; charset=utf-8");
  });

  it("serve() redirects a folder without its slash and answers 404 with 404.html", async () => {
    const r = await get("/en");
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe("/en/");
    const missing = await get("/nothing-here/");
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain("missing");
  });

  it("serve() never leaves its root", async () => {
    const r = await get("/%2e%2e/%2e%2e/etc/passwd");
    expect([403, 404]).toContain(r.status);
    expect(r.body.toString()).not.toContain("root:");
  });
});
