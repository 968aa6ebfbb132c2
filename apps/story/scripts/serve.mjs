// A tiny static server for the built site (dist/): no dependencies, precompressed files when the
// browser accepts them, content types for the data formats we publish. `npm start` runs it.
import { createReadStream, readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

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
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".arrow": "application/vnd.apache.arrow.file",
  ".parquet": "application/vnd.apache.parquet",
};

// Preferred first: brotli is smaller than gzip for text.
const ENCODINGS = [
  ["br", ".br"],
  ["gzip", ".gz"],
];

async function fileAt(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? s : undefined;
  } catch {
    return undefined;
  }
}

async function isDirectory(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Returns the encodings the request accepts (q=0 means refused). */
function accepted(header = "") {
  const ok = new Set();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) ok.add(name);
  }
  return ok;
}

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
 * Returns a request handler serving the files under `root`: `index.html` for a folder, a redirect to
 * the slash form of a folder, `404.html` when nothing matches, and a `.br`/`.gz` sibling when the
 * browser accepts it.
 */
export function staticHandler(root) {
  const base = resolve(root);
  const rules = headerRules(base);
  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end("bad request");
      return;
    }
    // Never leave the root: normalise, then check the prefix.
    let path = normalize(join(base, pathname));
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    if (await isDirectory(path)) {
      if (!pathname.endsWith("/")) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, "index.html");
    }
    let status = 200;
    let info = await fileAt(path);
    if (!info) {
      status = 404;
      path = join(base, "404.html");
      info = await fileAt(path);
      if (!info) {
        res.writeHead(404, { "content-type": CONTENT_TYPES[".txt"] }).end("not found");
        return;
      }
    }
    const headers = {
      "content-type": CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream",
      "x-content-type-options": "nosniff",
      vary: "accept-encoding",
      "cache-control": pathname.startsWith("/_astro/") ? "public, max-age=31536000, immutable" : "no-cache",
    };
    const ok = accepted(String(req.headers["accept-encoding"] ?? ""));
    for (const [name, suffix] of ENCODINGS) {
      if (!ok.has(name)) continue;
      const compressed = await fileAt(path + suffix);
      if (compressed) {
        path += suffix;
        info = compressed;
        headers["content-encoding"] = name;
        break;
      }
    }
    headers["content-length"] = String(info.size);
    for (const rule of rules) if (rule.pattern.test(url.pathname)) Object.assign(headers, rule.headers);
    res.writeHead(status, headers);
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    createReadStream(path)
      .on("error", () => res.destroy())
      .pipe(res);
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
  const server = createServer(staticHandler(root));
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(process.env.PORT ?? 4321);
  const root = fileURLToPath(new URL("../dist/", import.meta.url));
  if (!(await isDirectory(root))) {
    console.error("serve: no dist/ folder; run `npm run build` first");
    process.exit(1);
  }
  const { url } = await serve({ root, port, host: process.env.HOST ?? "localhost" });
  console.log(url);
}
