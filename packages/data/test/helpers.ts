import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The small documented fixture: 2 sources, 4 subjects, 7 figures (one disagreement), 3 milestones. */
export const FIXTURE = fileURLToPath(new URL("./fixtures/data/", import.meta.url));

/** Copies the fixture data folder to a fresh temporary `data/` and returns its path. */
export function copyFixture(): string {
  const root = mkdtempSync(join(tmpdir(), "newarea-"));
  const dir = join(root, "data");
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Rewrites one file of a data folder: replaces `from` with `to` (which must be found) or appends a line. */
export function edit(dataDir: string, file: string, from: string | null, to: string): void {
  const path = join(dataDir, file);
  const text = readFileSync(path, "utf8");
  if (from === null) {
    writeFileSync(path, `${text}${to}\n`);
    return;
  }
  if (!text.includes(from)) throw new Error(`fixture ${file} has no ${JSON.stringify(from)}`);
  writeFileSync(path, text.replace(from, to));
}
