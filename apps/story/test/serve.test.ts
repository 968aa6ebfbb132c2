import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer, request } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { serve } from "../scripts/serve.mjs";
import { DIST, requireDist } from "./distFiles.ts";

type Served = { url: string; port: number; close: () => Promise<void> };
type Answer = { status: number; headers: Record<string, string>; body: Buffer };

// The site folder sits inside a folder holding a secret: no request may read it.
const outer = mkdtempSync(join(tmpdir(), "story-serve-"));
const root = join(outer, "site");
const SECRET = "TOP-SECRET-OUTSIDE-ROOT";
const POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; frame-ancestors 'none'";
const HOME = "<!doctype html><p>home</p>";
const CSV = `${"a,b\r\n".repeat(100)}`;
const PARQUET = Buffer.concat([Buffer.from("PAR1"), randomBytes(992), Buffer.from("PAR1")]);
const BIG = randomBytes(8 * 2 ** 20);

let server: Served;

beforeAll(async () => {
  mkdirSync(root);
  writeFileSync(join(outer, "secret.txt"), SECRET);
  writeFileSync(
    join(root, "_headers"),
    [
      "# what a static host reads",
      "/*",
      `  Content-Security-Policy: ${POLICY}`,
      "  X-Content-Type-Options: nosniff",
      "  Referrer-Policy: no-referrer",
      "  Permissions-Policy: camera=()",
      "",
      "/_astro/*",
      "  Cache-Control: public, max-age=31536000, immutable",
      "",
    ].join("\n"),
  );
  writeFileSync(join(root, "index.html"), HOME);
  writeFileSync(join(root, "index.html.br"), brotliCompressSync(HOME));
  writeFileSync(join(root, "index.html.gz"), gzipSync(HOME));
  writeFileSync(join(root, "404.html"), "<p>missing</p>");
  for (const dir of ["en", "notebook", "_astro", ".git"]) mkdirSync(join(root, dir));
  writeFileSync(join(root, "en", "index.html"), "<p>en</p>");
  writeFileSync(join(root, "notebook", "index.html"), "<p>notebook</p>");
  writeFileSync(join(root, "_astro", "app.js"), "export {};");
  writeFileSync(join(root, ".git", "config"), SECRET);
  writeFileSync(join(root, ".env"), SECRET);
  writeFileSync(join(root, "engine.wasm"), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(join(root, "figures.arrow"), "ARROW1");
  writeFileSync(join(root, "figures.parquet"), PARQUET);
  writeFileSync(join(root, "figures.json"), "[]");
  writeFileSync(join(root, "rows.csv"), CSV);
  writeFileSync(join(root, "rows.csv.br"), brotliCompressSync(CSV));
  writeFileSync(join(root, "rows.csv.gz"), gzipSync(CSV));
  writeFileSync(join(root, "big.arrow"), BIG);
  server = await serve({ root, port: 0 });
});
afterAll(() => server?.close());

/** A request through node:http (which decodes chunked bodies). */
function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<Answer>((ok, fail) => {
    const req = request({ host: "127.0.0.1", port: server.port, path, headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () =>
        ok({
          status: res.statusCode ?? 0,
          headers: res.headers as Record<string, string>,
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer for ${path}`)));
    req.on("error", fail);
    req.end();
  });
}

/** Splits a raw HTTP/1.1 answer into status, lower-cased headers and the bytes after them. */
function parseAnswer(bytes: Buffer): Answer {
  const end = bytes.indexOf("\r\n\r\n");
  const [statusLine = "", ...lines] = bytes
    .subarray(0, end < 0 ? bytes.length : end)
    .toString("latin1")
    .split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf(":");
    const name = line.slice(0, at).trim().toLowerCase();
    const value = line.slice(at + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return {
    status: Number(statusLine.split(" ")[1]),
    headers,
    body: end < 0 ? Buffer.alloc(0) : bytes.subarray(end + 4),
  };
}

/** Sends `path` byte for byte over a socket: no client in between cleans it. */
function raw(path: string, headers: string[] = [], method = "GET", port = server.port) {
  return new Promise<Answer>((ok, fail) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer for ${path.slice(0, 80)}`)));
    socket.on("data", (c: Buffer) => chunks.push(c));
    // A server may close while a huge request is still being written: what it answered counts.
    socket.on("error", (e) => (chunks.length ? ok(parseAnswer(Buffer.concat(chunks))) : fail(e)));
    socket.on("end", () => ok(parseAnswer(Buffer.concat(chunks))));
    const head = [`${method} ${path} HTTP/1.1`, "Host: localhost", "Connection: close", ...headers];
    socket.write(`${head.join("\r\n")}\r\n\r\n`, "latin1");
  });
}

/** Asserts the `_headers` rules for every path and a content type (none on 304, which has no body). */
function expectSecurityHeaders(r: Answer, what: string) {
  expect(r.headers["content-security-policy"], what).toBe(POLICY);
  expect(r.headers["x-content-type-options"], what).toBe("nosniff");
  expect(r.headers["referrer-policy"], what).toBe("no-referrer");
  expect(r.headers["permissions-policy"], what).toBe("camera=()");
  if (r.status !== 304) expect(r.headers["content-type"], what).toMatch(/^[a-z]+\/[\w.+-]+/);
}

describe("serve() files", () => {
  it("serve() prints a localhost address", () => {
    expect(server.url).toBe(`http://localhost:${server.port}/`);
  });

  it("serve() sends a folder's index.html and the precompressed copy the request prefers", async () => {
    const plain = await get("/");
    expect(plain.status).toBe(200);
    expect(plain.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(HOME);
    expect(plain.headers.vary?.toLowerCase()).toBe("accept-encoding");
    const br = await get("/", { "accept-encoding": "gzip, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(br.headers.vary?.toLowerCase()).toBe("accept-encoding");
    expect(br.body).toEqual(readFileSync(join(root, "index.html.br")));
    const gz = await get("/", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.body).toEqual(readFileSync(join(root, "index.html.gz")));
    const refused = await get("/", { "accept-encoding": "br;q=0, gzip;q=0" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.toString()).toBe(HOME);
    const any = await get("/", { "accept-encoding": "*" });
    expect(any.headers["content-encoding"]).toBe("br");
  });

  it("serve() gives data formats their content types", async () => {
    expect((await get("/engine.wasm")).headers["content-type"]).toBe("application/wasm");
    expect((await get("/figures.arrow")).headers["content-type"]).toBe("application/vnd.apache.arrow.file");
    expect((await get("/figures.parquet")).headers["content-type"]).toBe("application/vnd.apache.parquet");
    expect((await get("/figures.json")).headers["content-type"]).toBe("application/json; charset=utf-8");
    expect((await get("/rows.csv")).headers["content-type"]).toBe("text/csv; charset=utf-8");
    const csv = await get("/rows.csv", { "accept-encoding": "br" });
    expect([csv.headers["content-type"], csv.headers["content-encoding"]]).toEqual([
      "text/csv; charset=utf-8",
      "br",
    ]);
  });

  it("serve() sends the _headers cache rules: immutable under /_astro/, revalidate elsewhere", async () => {
    expect((await get("/_astro/app.js")).headers["cache-control"]).toBe(
      "public, max-age=31536000, immutable",
    );
    expect((await get("/")).headers["cache-control"]).toBe("no-cache");
    // A missing hashed file is not cached for a year.
    expect((await get("/_astro/gone.js")).headers["cache-control"]).not.toContain("immutable");
  });

  it("serve() redirects a folder without its slash, keeping the query, and answers 404 with 404.html", async () => {
    const r = await get("/en");
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe("/en/");
    expect((await get("/notebook?cell=3")).headers.location).toBe("/notebook/?cell=3");
    const missing = await get("/nothing-here/");
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain("missing");
    expect(missing.headers["content-type"]).toBe("text/html; charset=utf-8");
  });

  it("serve() answers HEAD like GET without a body, and 405 with Allow for every other method", async () => {
    const head = await get("/rows.csv", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-length"]).toBe(String(Buffer.byteLength(CSV)));
    expect(head.body.length).toBe(0);
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]) {
      const r = await raw("/", [], method);
      expect(r.status, method).toBe(405);
      expect(r.headers.allow, method).toBe("GET, HEAD");
      expectSecurityHeaders(r, method);
    }
  });
});

describe("serve() headers on every status", () => {
  it("serve() sends the _headers security headers, nosniff and a content type on 200, 206, 304, 301, 400, 403, 404, 405 and 416", async () => {
    const first = await get("/");
    expect(first.headers.etag, "an ETag to revalidate with").toBeTruthy();
    const cases: [string, number, () => Promise<Answer>][] = [
      ["200", 200, () => get("/")],
      ["206", 206, () => get("/figures.parquet", { range: "bytes=0-99" })],
      ["304", 304, () => get("/", { "if-none-match": first.headers.etag ?? "" })],
      ["301", 301, () => get("/en")],
      ["400", 400, () => raw("/%E0%A4%A")],
      ["403", 403, () => raw("/%2e%2e/secret.txt")],
      ["404", 404, () => get("/nothing-here")],
      ["404 without a 404.html match", 404, () => raw("/_headers")],
      ["405", 405, () => get("/", {}, "POST")],
      ["416", 416, () => get("/figures.parquet", { range: `bytes=${PARQUET.length}-` })],
    ];
    for (const [what, status, ask] of cases) {
      const r = await ask();
      expect(r.status, what).toBe(status);
      expectSecurityHeaders(r, what);
    }
  });

  it("serve() answers a request too large to read with the security headers too", async () => {
    const hugeUrl = await raw(`/${"a".repeat(100_000)}`);
    expect([414, 431]).toContain(hugeUrl.status);
    expectSecurityHeaders(hugeUrl, "huge URL");
    const manyHeaders = Array.from({ length: 200 }, (_, i) => `X-Filler-${i}: ${"b".repeat(500)}`);
    const hugeHeaders = await raw("/", manyHeaders);
    expect(hugeHeaders.status).toBe(431);
    expectSecurityHeaders(hugeHeaders, "huge headers");
    expect((await get("/")).status, "still serving").toBe(200);
  });
});

describe("serve() paths", () => {
  it("serve() never redirects to another origin, whatever the raw path", async () => {
    const probes = [
      "/.//evil.example/..%2fnotebook",
      "//evil.example/..%2fnotebook",
      "/.//evil.example/..%2f..%2fnotebook",
      "//evil.example/x",
      "//evil.example",
      "/\\evil.example",
      "/\\evil.example/..%2fnotebook",
      "/%2fevil.example/..%2fnotebook",
      "/%5cevil.example/..%2fnotebook",
      "/.%2f%2fevil.example%2f..%2fnotebook",
      "/./%5C%5Cevil.example/..%2fnotebook",
      "///notebook",
      "/%09/evil.example/..%2fnotebook",
      "http://evil.example/notebook",
    ];
    for (const path of probes) {
      const r = await raw(path);
      expect(r.status, path).toBeLessThan(500);
      expectSecurityHeaders(r, path);
      const location = r.headers.location;
      if (location === undefined) continue;
      // Only a path on this origin: one slash, then neither a slash nor a backslash; no scheme.
      expect(location, path).toMatch(/^\/(?![/\\])/);
      expect(location, path).not.toMatch(/[\\\t\r\n]/);
      expect(new URL(location, "http://localhost/x/").origin, path).toBe("http://localhost");
    }
    // The probe the issue found still reaches the folder, on this origin.
    expect((await raw("/.//evil.example/..%2fnotebook")).headers.location).toBe("/notebook/");
  });

  it("serve() never reads outside its root, in any encoding", async () => {
    const probes = [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E%2Fsecret.txt",
      "/..%2fsecret.txt",
      "/..%5csecret.txt",
      "/.%2e/secret.txt",
      "/%2e./secret.txt",
      "/%252e%252e/secret.txt",
      "/%c0%ae%c0%ae/secret.txt",
      "/%u002e%u002e/secret.txt",
      "/..\\secret.txt",
      "/en/../../secret.txt",
      "/en/%2e%2e/%2e%2e/secret.txt",
      "/./.././secret.txt",
      "/secret.txt%00.html",
      "/%00/../secret.txt",
      `/${"../".repeat(20)}etc/passwd`,
      `/${"%2e%2e%2f".repeat(20)}etc/passwd`,
    ];
    for (const path of probes) {
      const r = await raw(path);
      expect([400, 403, 404], path).toContain(r.status);
      expect(r.body.toString(), path).not.toContain(SECRET);
      expect(r.body.toString(), path).not.toContain("root:");
    }
  });

  it("serve() does not serve _headers, dotfiles or precompressed copies under their own names", async () => {
    const hidden = [
      "/_headers",
      "/%5Fheaders",
      "//_headers",
      "/en/../_headers",
      "/_headers/",
      "/.env",
      "/.git/config",
      "/%2egit/config",
      "/index.html.br",
      "/index.html.gz",
      "/rows.csv.br",
      "/rows.csv.gz",
    ];
    for (const path of hidden) {
      const r = await raw(path, ["Accept-Encoding: br, gzip"]);
      expect(r.status, path).toBe(404);
      expect(r.body.toString(), path).not.toContain(SECRET);
      expect(r.body.toString(), path).not.toContain("Content-Security-Policy");
    }
  });
});

describe("serve() ranges", () => {
  it("serve() answers a byte range with 206, Content-Range and exactly those bytes", async () => {
    const size = PARQUET.length;
    const full = await get("/figures.parquet");
    expect(full.headers["accept-ranges"]).toBe("bytes");
    const first = await get("/figures.parquet", { range: "bytes=0-99" });
    expect(first.status).toBe(206);
    expect(first.headers["content-range"]).toBe(`bytes 0-99/${size}`);
    expect(first.headers["content-length"]).toBe("100");
    expect(first.body).toEqual(PARQUET.subarray(0, 100));
    const middle = await get("/figures.parquet", { range: "bytes=500-599" });
    expect(middle.body).toEqual(PARQUET.subarray(500, 600));
    const oneByte = await get("/figures.parquet", { range: "bytes=0-0" });
    expect([oneByte.status, oneByte.headers["content-range"], oneByte.body.length]).toEqual([
      206,
      `bytes 0-0/${size}`,
      1,
    ]);
    const pastTheEnd = await get("/figures.parquet", { range: `bytes=${size - 10}-${size + 1000}` });
    expect(pastTheEnd.headers["content-range"]).toBe(`bytes ${size - 10}-${size - 1}/${size}`);
    expect(pastTheEnd.body).toEqual(PARQUET.subarray(size - 10));
  });

  it("serve() answers a suffix range with the last bytes (a Parquet footer)", async () => {
    const size = PARQUET.length;
    const tail = await get("/figures.parquet", { range: "bytes=-8" });
    expect(tail.status).toBe(206);
    expect(tail.headers["content-range"]).toBe(`bytes ${size - 8}-${size - 1}/${size}`);
    expect(tail.body).toEqual(PARQUET.subarray(size - 8));
    expect(tail.body.subarray(-4).toString()).toBe("PAR1");
  });

  it("serve() answers 416 with Content-Range bytes */size for a range past the end", async () => {
    const size = PARQUET.length;
    for (const range of [`bytes=${size}-`, `bytes=${size + 5}-${size + 10}`, "bytes=-0"]) {
      const r = await get("/figures.parquet", { range });
      expect(r.status, range).toBe(416);
      expect(r.headers["content-range"], range).toBe(`bytes */${size}`);
    }
  });

  it("serve() sends the whole file for a range it does not serve (several ranges, other units, backwards) and never fails", async () => {
    for (const range of ["bytes=0-1,5-6", "items=0-5", "bytes=abc", "bytes=50-10"]) {
      const r = await get("/figures.parquet", { range });
      expect([200, 416], range).toContain(r.status);
      if (r.status === 200) expect(r.body, range).toEqual(PARQUET);
    }
    expect((await get("/figures.parquet")).status, "still serving").toBe(200);
  });

  it("serve() answers a range of a file with a precompressed copy from the identity bytes", async () => {
    const r = await get("/rows.csv", { range: "bytes=5-14", "accept-encoding": "br, gzip" });
    expect(r.status).toBe(206);
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(r.headers["content-range"]).toBe(`bytes 5-14/${Buffer.byteLength(CSV)}`);
    expect(r.body.toString()).toBe(CSV.slice(5, 15));
  });

  it("serve() ignores a range whose If-Range no longer matches and sends the whole file", async () => {
    const r = await get("/figures.parquet", { range: "bytes=0-9", "if-range": 'W/"stale"' });
    expect(r.status).toBe(200);
    expect(r.body).toEqual(PARQUET);
  });
});

describe("serve() under load", () => {
  it("serve() answers 200 concurrent requests with the right bytes", async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        i % 2 ? get("/figures.parquet") : get("/", { "accept-encoding": "br" }),
      ),
    );
    for (const [i, r] of answers.entries()) {
      expect(r.status).toBe(200);
      if (i % 2) expect(r.body).toEqual(PARQUET);
      else expect(r.headers["content-encoding"]).toBe("br");
    }
  });

  it("serve() closes the file of every aborted download and keeps answering", async () => {
    // This process is the server: count its descriptors open on the file being downloaded.
    const big = join(root, "big.arrow");
    const openFiles = () =>
      readdirSync("/proc/self/fd").filter((fd) => {
        try {
          return readlinkSync(join("/proc/self/fd", fd)) === big;
        } catch {
          return false; // closed while listing
        }
      }).length;
    const abortOne = () =>
      new Promise<void>((ok) => {
        const req = request({ host: "127.0.0.1", port: server.port, path: "/big.arrow" }, (res) => {
          res.once("data", () => {
            req.destroy();
            ok();
          });
        });
        req.on("error", () => ok());
        req.end();
      });
    for (let batch = 0; batch < 10; batch++) await Promise.all(Array.from({ length: 20 }, abortOne));
    // The server notices each closed socket a moment later.
    let open = openFiles();
    for (let wait = 0; wait < 50 && open > 0; wait++) {
      await new Promise((ok) => setTimeout(ok, 100));
      open = openFiles();
    }
    expect(open, "descriptors still open on the file after 200 aborted downloads").toBe(0);
    const whole = await get("/big.arrow");
    expect(whole.body.length).toBe(BIG.length);
  });
});

describe("serve() on the built site and `npm start`", () => {
  beforeAll(() => requireDist());
  const script = new URL("../scripts/serve.mjs", import.meta.url).pathname;

  /** Runs `node scripts/serve.mjs` with `env`, stopped after 30 s at most. */
  function start(env: Record<string, string>) {
    return spawn(process.execPath, [script], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 30_000,
    });
  }

  it("serve() answers ranges of the published Parquet file byte for byte", async () => {
    const site: Served = await serve({ root: DIST, port: 0 });
    try {
      const path = "/data/tables/figures.parquet";
      const bytes = readFileSync(join(DIST, path));
      const res = await fetch(new URL(path, site.url), { headers: { range: "bytes=0-99" } });
      expect(res.status).toBe(206);
      expect(res.headers.get("content-range")).toBe(`bytes 0-99/${statSync(join(DIST, path)).size}`);
      expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes.subarray(0, 100));
      const footer = await fetch(new URL(path, site.url), { headers: { range: "bytes=-8" } });
      expect(Buffer.from(await footer.arrayBuffer())).toEqual(bytes.subarray(-8));
      const headers = readFileSync(join(DIST, "_headers"), "utf8");
      const policy = /Content-Security-Policy: (.+)/.exec(headers)?.[1];
      expect(policy).toBeTruthy();
      expect(footer.headers.get("content-security-policy")).toBe(policy);
      expect((await fetch(new URL("/_headers", site.url))).status).toBe(404);
    } finally {
      await site.close();
    }
  });

  it("`node scripts/serve.mjs` prints the address it serves at, on the PORT given", async () => {
    const child = start({ PORT: "0", HOST: "127.0.0.1" });
    try {
      const line = await new Promise<string>((ok, fail) => {
        let out = "";
        child.stdout.on("data", (c) => {
          out += c;
          if (out.includes("\n")) ok(out.trim());
        });
        child.on("exit", (code) => fail(new Error(`exited ${code} before printing an address`)));
      });
      expect(line).toMatch(/^http:\/\/localhost:\d+\/$/);
      const port = Number(new URL(line).port);
      expect((await raw("/", [], "GET", port)).status).toBe(200);
    } finally {
      child.kill();
    }
  });

  it("`node scripts/serve.mjs` with a PORT in use says so in one line and exits 1", async () => {
    const busy = createServer();
    await new Promise<void>((ok) => busy.listen(0, "127.0.0.1", ok));
    const port = (busy.address() as { port: number }).port;
    try {
      for (const [env, message] of [
        [{ PORT: String(port), HOST: "127.0.0.1" }, new RegExp(`port ${port} is in use.*PORT`)],
        [{ PORT: "eighty" }, /PORT/],
      ] as const) {
        const child = start(env);
        let err = "";
        child.stderr.on("data", (c) => {
          err += c;
        });
        const code = await new Promise((ok) => child.on("exit", ok));
        expect(code, JSON.stringify(env)).toBe(1);
        expect(err.trim().split("\n"), err).toHaveLength(1);
        expect(err, JSON.stringify(env)).toMatch(message);
      }
    } finally {
      busy.close();
    }
  });
});
