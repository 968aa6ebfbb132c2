// The static server for the built site (dist/): `npm start` runs it; tests and benches import serve().
// The HTTP of sending a file is `send` (the expressjs module behind express.static): ETag and
// Last-Modified with 304 and 412, byte ranges (206, 416, If-Range), HEAD, `..` and dotfiles refused,
// the file closed when a download is aborted. Around it, what a static host does: the `_headers`
// rules on every response, the precompressed `.br`/`.gz` copies the build writes (chosen with
// `negotiator`), a folder's index.html, same-origin folder redirects and 404.html.
import { readFileSync } from "node:fs";
import { createServer, STATUS_CODES } from "node:http";
import { extname, join, posix, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Negotiator from "negotiator";
import send from "send";

export const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".arrow": "application/vnd.apache.arrow.file",
  ".parquet": "application/vnd.apache.parquet",
};

// The copies integrations/precompress.mjs writes, best first: brotli is smaller than gzip for text.
const COPIES = { br: ".br", gzip: ".gz" };
const TEXT = "text/plain; charset=utf-8";

/**
 * Returns the rules of the `_headers` file in `root` (Netlify/Cloudflare format: a path pattern with `*`,
 * then indented `Name: value` lines), so that `npm start` sends what a static host would: the
 * Content-Security-Policy above all, which a worker script takes from its own response.
 */
function headerRules(root) {
  let text = "";
  try {
    text = readFileSync(join(root, "_headers"), "utf8");
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
    } else if (rules.length > 0 && line.includes(":")) {
      const at = line.indexOf(":");
      rules[rules.length - 1].headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/**
 * Returns the headers the rules give `path`, split in two: the security headers every response carries
 * (errors and redirects too, nosniff always), and the Cache-Control only a file carries — a missing
 * `/_astro/` file must not be cached for a year.
 */
function headersFor(rules, path) {
  const all = {};
  for (const rule of rules) if (rule.pattern.test(path)) Object.assign(all, rule.headers);
  const { "cache-control": cache = "no-cache", ...security } = all;
  return { security: { ...security, "x-content-type-options": "nosniff" }, cache };
}

/**
 * Returns the request target's path, raw (still percent-encoded, as `send` wants it) and decoded and
 * normalised (`/a/b`, for the `_headers` rules and the names never served), and its query; undefined
 * for a target that is not a path (`http://host/…`, `*`), does not decode, or holds a NUL byte.
 */
function parseTarget(target = "") {
  if (!target.startsWith("/")) return undefined;
  const at = target.indexOf("?");
  const raw = at < 0 ? target : target.slice(0, at);
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  // Kept on a redirect only when it is plain printable ASCII: it goes into a header.
  const query = at < 0 || !/^\?[\x21-\x7e]*$/.test(target.slice(at)) ? "" : target.slice(at);
  return { raw, path: posix.normalize(decoded), query };
}

/** `_headers` is the host's configuration; a `.br`/`.gz` copy is only ever sent for its original's URL. */
const unlisted = (path) => posix.basename(path) === "_headers" || /\.(br|gz)$/.test(path);

/**
 * Returns a request handler serving the files under `base` with the `_headers` `rules`: `index.html`
 * for a folder, a redirect to the slash form of a folder, `404.html` when nothing matches, and a
 * `.br`/`.gz` sibling when the request accepts it.
 */
function staticHandler(base, rules) {
  let notFoundPage;
  try {
    notFoundPage = readFileSync(join(base, "404.html"));
  } catch {
    notFoundPage = undefined;
  }
  return (req, res) => {
    const target = parseTarget(req.url);
    const { security, cache } = headersFor(rules, target?.path ?? "/");
    for (const [name, value] of Object.entries(security)) res.setHeader(name, value);
    const reply = replier(req, res, notFoundPage);
    if (req.method !== "GET" && req.method !== "HEAD") return reply(405, { allow: "GET, HEAD" });
    if (!target) return reply(400);
    if (unlisted(target.path)) return reply(404);
    const file = target.raw.endsWith("/") ? `${target.raw}index.html` : target.raw;
    // A range is of the file's own bytes (what DuckDB and other engines read Parquet by), never of a copy.
    const encodings = req.headers.range
      ? []
      : new Negotiator(req).encodings(Object.keys(COPIES), { preferred: Object.keys(COPIES) });
    sendFile({ req, res, base, file, encodings, cache, query: target.query, reply });
  };
}

/**
 * Sends `file` (a raw URL path) through `send`: first its copy in the first of `encodings`, falling back
 * to the next when there is none, then the file itself.
 */
function sendFile(job) {
  const { req, res, base, file, cache, query, reply } = job;
  const [encoding, ...rest] = job.encodings;
  const suffix = COPIES[encoding] ?? "";
  send(req, `${file}${suffix}`, { root: base, index: false, dotfiles: "ignore", cacheControl: false })
    .on("headers", (_, path) => {
      const type = CONTENT_TYPES[extname(path.slice(0, path.length - suffix.length)).toLowerCase()];
      res.setHeader("content-type", type ?? "application/octet-stream");
      if (suffix) res.setHeader("content-encoding", encoding);
      res.setHeader("vary", "Accept-Encoding");
      res.setHeader("cache-control", cache);
    })
    .on("directory", (_, path) => {
      if (suffix) return sendFile({ ...job, encodings: rest }); // a folder named like a copy is no copy
      // Built from the folder found on disk, never from the request: one slash, then a path segment.
      const segments = relative(base, path).split(sep).filter(Boolean);
      const location = `/${segments.map((s) => `${encodeURIComponent(s)}/`).join("")}${query}`;
      reply(301, { location }, `Redirecting to ${location}\n`);
    })
    .on("error", (error) => {
      if (suffix && error.status === 404) sendFile({ ...job, encodings: rest });
      else reply(error.status ?? 500, error.headers);
    })
    .pipe(res);
}

/**
 * Returns reply(status, headers?, body?): an answer that is not a file, keeping the security headers
 * already set; 404 sends `404.html` when the site has one.
 */
function replier(req, res, notFoundPage) {
  return (status, headers = {}, body = `${STATUS_CODES[status] ?? status}\n`) => {
    if (res.headersSent) {
      res.destroy(); // a file failed halfway: the client must not take a truncated file for whole
      return;
    }
    for (const name of ["etag", "last-modified", "content-encoding", "content-range", "accept-ranges"])
      res.removeHeader(name);
    const page = status === 404 && notFoundPage;
    const bytes = page || Buffer.from(body);
    res.writeHead(status, {
      ...headers,
      "content-type": page ? CONTENT_TYPES[".html"] : TEXT,
      "content-length": bytes.length,
      "cache-control": "no-cache",
    });
    res.end(req.method === "HEAD" ? undefined : bytes);
  };
}

/**
 * Answers a request Node could not read (too large, malformed) itself, with the security headers: its
 * default answer carries none.
 */
function clientError(rules) {
  const { security } = headersFor(rules, "/");
  return (error, socket) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = { HPE_HEADER_OVERFLOW: 431, ERR_HTTP_REQUEST_TIMEOUT: 408 }[error.code] ?? 400;
    const body = `${STATUS_CODES[status]}\n`;
    const head = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      ...Object.entries(security).map(([name, value]) => `${name}: ${value}`),
      `content-type: ${TEXT}`,
      `content-length: ${Buffer.byteLength(body)}`,
      "connection: close",
    ];
    socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
  };
}

/**
 * Starts the server on `port` (0 picks a free one) and host; resolves with its address and a close().
 */
export async function serve({
  root = fileURLToPath(new URL("../dist/", import.meta.url)),
  port = 4321,
  host = "127.0.0.1",
} = {}) {
  const base = resolve(root);
  const rules = headerRules(base);
  const server = createServer(staticHandler(base, rules));
  server.on("clientError", clientError(rules));
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return {
    server,
    port: actual,
    url: `http://localhost:${actual}/`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/** Prints one line and exits 1. */
function fail(message) {
  console.error(`serve: ${message}`);
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const given = process.env.PORT || "4321";
  const port = Number(given);
  if (!/^\d+$/.test(given) || port > 65535) fail(`PORT must be a port number (0 to 65535), not "${given}"`);
  const root = fileURLToPath(new URL("../dist/", import.meta.url));
  try {
    readFileSync(join(root, "index.html"));
  } catch {
    fail("no dist/index.html; run `npm run build` first");
  }
  try {
    const { url } = await serve({ root, port, host: process.env.HOST ?? "localhost" });
    console.log(url);
  } catch (error) {
    if (error.code === "EADDRINUSE")
      fail(`port ${port} is in use; stop what uses it or set PORT to another port`);
    fail(error.message);
  }
}
