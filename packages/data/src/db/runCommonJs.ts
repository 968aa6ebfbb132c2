import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import { makeDirs } from "../pipeline/makeDirs.ts";

// Through require: a named ES import of crc32 would fail to link on Node < 20.15, which lacks it.
const { crc32 } = createRequire(import.meta.url)("node:zlib") as { crc32?: (data: string) => number };

/**
 * Where V8's code cache for `source` lives: the user's own cache folder (not a shared temporary one, where
 * another user could leave compiled code to run), named by V8's version and the source's checksum (V8
 * itself checks little more than the source's length). Undefined where it cannot be named.
 */
function cacheFile(name: string, source: string): string | undefined {
  if (typeof crc32 !== "function") return undefined; // Node < 20.15
  const base = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  const sum = crc32(source).toString(16).padStart(8, "0");
  return join(base, "newarea-data", `${name}-v8-${process.versions.v8}-${sum}.bin`);
}

/** Writes V8's code cache of `script` (every function compiled so far), atomically; a failure is ignored. */
function saveCache(script: Script, file: string): void {
  try {
    // Not mkdirSync's recursive mode, which retries forever under /proc.
    makeDirs(dirname(file));
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    // A read-only home or a full disk: the next start compiles again, nothing worse.
  }
}

/**
 * Runs CommonJS `source` as Node's loader runs the file at `path` (its own require, module, __filename,
 * __dirname) and returns its exports. With `cacheName`, it compiles from V8's code cache when an earlier
 * process left one; otherwise the cache is written as this process exits, so that it holds the functions
 * the process compiled while it ran, not only the top level (which is all that Node's own compile cache
 * holds).
 */
export function runCommonJs<T>(path: string, source: string, cacheName?: string): T {
  const file = cacheName === undefined ? undefined : cacheFile(cacheName, source);
  let cachedData: Buffer | undefined;
  try {
    cachedData = file === undefined ? undefined : readFileSync(file);
  } catch {
    cachedData = undefined;
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: path, ...(cachedData ? { cachedData } : {}) });
  if (file !== undefined && (!cachedData || script.cachedDataRejected)) {
    process.once("exit", () => saveCache(script, file));
  }
  const module = { exports: {} as T };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(path), module, path, dirname(path));
  return module.exports;
}
