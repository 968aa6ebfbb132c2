import { existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * Creates `dir` and any missing parents, one mkdir each, and throws at the first that fails. Node's own
 * `mkdirSync(dir, { recursive: true })` retries forever where the kernel answers ENOENT for a parent that
 * exists (`/proc/x`); this walks up at most once per path segment, so it always ends.
 */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  while (!existsSync(at)) {
    missing.unshift(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  if (existsSync(at) && !statSync(at).isDirectory()) throw new Error(`cannot create ${dir}: ${at} is a file`);
  for (const path of missing) {
    try {
      mkdirSync(path);
    } catch (e) {
      // Someone else made it meanwhile: fine, as long as it is a folder.
      if ((e as NodeJS.ErrnoException).code === "EEXIST" && statSync(path).isDirectory()) continue;
      throw new Error(`cannot create ${path}: ${(e as Error).message}`);
    }
  }
}
