import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeDirs } from "./makeDirs.ts";
import {
  completeStaging,
  foreignEntries,
  isBuildFolder,
  MARKER,
  MARKER_TEXT,
  stagingFolders,
  stagingPath,
} from "./tablesFolder.ts";

/** The steps of replacing an output folder, in order ("writing" is reported by the writer, part-way). */
export const SWAP_STEPS = [
  "recovered",
  "tmp-created",
  "writing",
  "staged",
  "old-aside",
  "new-in",
  "old-unmarked",
  "done",
] as const;
export type SwapStep = (typeof SWAP_STEPS)[number];

/** Called at each step; the tests kill the process there to check that every instant is recoverable. */
export interface SwapHooks {
  step?(name: SwapStep): void;
}

/**
 * Replaces the folder `out` with one that `write(dir)` fills, so that a process killed at any instant
 * leaves the old or the new content usable: the new folder is written beside `out` (same parent, same
 * device, so renames are atomic) and marked complete, the old one is renamed aside, the new one renamed
 * in, and the old one deleted. Between the two renames `out` is missing for an instant; readers then find
 * the old folder beside it (see usableTablesDir) and the next run puts it back. Refuses, deleting nothing,
 * when `out` is a file or a folder a build did not make.
 */
export function replaceFolder(out: string, write: (dir: string) => void, hooks: SwapHooks = {}): void {
  recoverFolder(out);
  checkReplaceable(out);
  hooks.step?.("recovered");
  const tmp = stagingPath(out, "tmp");
  const old = stagingPath(out, "old");
  makeDirs(tmp);
  hooks.step?.("tmp-created");
  try {
    write(tmp);
    writeFileSync(join(tmp, MARKER), MARKER_TEXT);
  } catch (e) {
    removeBuildFolder(tmp);
    throw e;
  }
  hooks.step?.("staged");
  const hadOld = existsSync(out);
  if (hadOld) {
    renameSync(out, old);
    hooks.step?.("old-aside");
  }
  try {
    renameSync(tmp, out);
  } catch (e) {
    if (hadOld) renameSync(old, out);
    removeBuildFolder(tmp);
    throw e;
  }
  hooks.step?.("new-in");
  if (hadOld) removeBuildFolder(old, () => hooks.step?.("old-unmarked"));
  hooks.step?.("done");
}

/**
 * Puts right what an interrupted build left beside `out`: when `out` is missing, renames the complete
 * build beside it back (the old one first); then deletes the staging folders of dead processes that hold
 * only files a build writes. Throws when a live process is writing `out`.
 */
export function recoverFolder(out: string): void {
  const staging = stagingFolders(out);
  const busy = staging.find((s) => s.pid !== process.pid && isAlive(s.pid));
  if (busy) {
    throw new Error(
      `another build (process ${busy.pid}) is writing ${out}: wait for it to end, or, if no build is running, delete ${busy.path}`,
    );
  }
  if (!existsSync(out)) {
    const complete = completeStaging(out)[0];
    if (complete) renameSync(complete.path, out);
  }
  for (const s of stagingFolders(out)) {
    if (foreignEntries(s.path).length === 0) removeBuildFolder(s.path);
  }
}

function checkReplaceable(out: string): void {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) {
    throw new Error(`${out} is a file, not a folder: the tables need a folder of their own`);
  }
  if (isBuildFolder(out)) return;
  const foreign = foreignEntries(out);
  const shown = (foreign.length > 0 ? foreign : readdirSync(out)).slice(0, 3).join(", ");
  throw new Error(
    `${out} is not empty and was not made by a build (it holds ${shown}); refusing to replace it: choose a new or empty folder`,
  );
}

/** Deletes a folder a build made. The marker goes first, so a half-deleted folder never looks complete. */
function removeBuildFolder(dir: string, onUnmarked?: () => void): void {
  rmSync(join(dir, MARKER), { force: true });
  onUnmarked?.();
  rmSync(dir, { recursive: true, force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, under another user.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
