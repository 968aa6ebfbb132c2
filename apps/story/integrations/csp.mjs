// The site's Content-Security-Policy. After the build it reads every page, hashes the page's inline
// scripts, <style> elements (Plot puts one in each chart) and style attributes, and writes the policy as
// a <meta http-equiv> at the top of the page's <head>, and the union of all pages' hashes as the header
// of `_headers` (Netlify/Cloudflare format; scripts/serve.mjs sends it too). A worker script takes its
// policy from its own response headers, never from a page's <meta>: the header is what lets
// DuckDB-WASM's worker compile WebAssembly (`'wasm-unsafe-eval'`), and only that — no `'unsafe-eval'`.
// List this integration BEFORE precompress(): it rewrites the pages.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The policy before hashes: everything from this origin only, nothing inline unless hashed. */
export const BASE_POLICY = {
  "default-src": ["'none'"],
  "script-src": ["'self'", "'wasm-unsafe-eval'"],
  "style-src": ["'self'"],
  "style-src-attr": [],
  "img-src": ["'self'"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'"],
  "manifest-src": ["'self'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
};

// Only a header can say these: a <meta> policy ignores them and the browser logs an error.
const HEADER_ONLY = { "frame-ancestors": ["'none'"] };

/**
 * The `_headers` rules whose pages any site may put in an iframe: the embeds. Their policy is the site's
 * with `frame-ancestors *`; it comes after the `/*` rule, and a host that sends the last matching rule's
 * value of a header (Netlify, scripts/serve.mjs) sends it for these paths.
 */
export const FRAMABLE = ["/embed/*", "/en/embed/*"];

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#34": '"' };

/** Decodes the character references an attribute value or SVG text may hold. */
function decode(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    return ENTITIES[name] ?? whole;
  });
}

const hash = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * Returns the hashes a page needs: its inline scripts, its <style> elements and its style attributes.
 * A <style> inside an SVG has its character references decoded by the HTML parser: both forms are hashed
 * (a hash that matches nothing allows nothing).
 */
export function pageHashes(html) {
  const scripts = new Set();
  const styles = new Set();
  const attrs = new Set();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = m[1] ?? "";
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    const runs = !type || type === "module" || type.includes("javascript");
    if (runs && !/\bsrc\s*=/i.test(attributes) && m[2]) scripts.add(hash(m[2]));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    styles.add(hash(m[1] ?? ""));
    styles.add(hash(decode(m[1] ?? "")));
  }
  for (const m of html.matchAll(/\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi))
    attrs.add(hash(decode(m[1] ?? m[2] ?? "")));
  return { scripts, styles, attrs };
}

/**
 * Returns the policy text with the given hashes; `header` adds the directives only a header can carry,
 * `framable` lets any site frame the page.
 */
export function policyText({ scripts, styles, attrs }, { header = false, framable = false } = {}) {
  const p = structuredClone(BASE_POLICY);
  p["script-src"].push(...[...scripts].sort());
  p["style-src"].push(...[...styles].sort());
  p["style-src-attr"] = attrs.size ? ["'unsafe-hashes'", ...[...attrs].sort()] : ["'none'"];
  const all = header ? { ...p, ...HEADER_ONLY, ...(framable ? { "frame-ancestors": ["*"] } : {}) } : p;
  return Object.entries(all)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

/**
 * Puts `policies` (path pattern → policy) into `_headers`, each under its rule, keeping everything else the
 * file says; a rule the file lacks is added at the end (`/*` at the top).
 */
function withHeader(headersFile, policies) {
  let lines = headersFile.split("\n").filter((l) => !/^\s+Content-Security-Policy:/i.test(l));
  for (const [path, policy] of Object.entries(policies)) {
    const line = `  Content-Security-Policy: ${policy}`;
    const at = lines.findIndex((l) => l.trim() === path);
    if (at >= 0) lines.splice(at + 1, 0, line);
    else if (path === "/*") lines = [path, line, "", ...lines];
    else lines.push("", path, line);
  }
  return lines.join("\n");
}

/** Returns the Astro integration that writes the Content-Security-Policy into every page and `_headers`. */
export function csp() {
  return {
    name: "newarea:csp",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const site = { scripts: new Set(), styles: new Set(), attrs: new Set() };
        let pages = 0;
        for await (const path of htmlFiles(root)) {
          const html = await readFile(path, "utf8");
          const hashes = pageHashes(html);
          for (const k of Object.keys(site)) for (const h of hashes[k]) site[k].add(h);
          const meta = `<meta http-equiv="content-security-policy" content="${policyText(hashes)}">`;
          const existing = /<meta http-equiv="content-security-policy"[^>]*>/i;
          // Right after the charset (which must stay in the first 1024 bytes), before anything inline.
          const charset = /<meta charset="utf-8"\s*\/?>/i;
          const out = existing.test(html)
            ? html.replace(existing, meta)
            : html.replace(charset.test(html) ? charset : /<head>/i, (m) => `${m}${meta}`);
          if (!out.includes(meta)) throw new Error(`csp: no <head> in ${path}`);
          await writeFile(path, out);
          pages++;
        }
        const headersPath = join(root, "_headers");
        const current = existsSync(headersPath) ? await readFile(headersPath, "utf8") : "";
        const policies = { "/*": policyText(site, { header: true }) };
        for (const path of FRAMABLE) policies[path] = policyText(site, { header: true, framable: true });
        await writeFile(headersPath, withHeader(current, policies));
        logger.info(
          `Content-Security-Policy in ${pages} pages and _headers (${site.scripts.size} script, ${site.styles.size} style, ${site.attrs.size} style-attribute hashes)`,
        );
      },
    },
  };
}
