import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const MODULE = fileURLToPath(new URL("../../src/db/runCommonJs.ts", import.meta.url));
// A child process (the cache is written as a process exits) runs a CommonJS source through runCommonJs.
const CHILD = `import { runCommonJs } from ${JSON.stringify(MODULE)};
const m = runCommonJs("/virtual/answer.cjs", "module.exports = { answer: () => require('node:path').sep + 42 };", "answer");
console.log(m.answer());`;

function run(cacheHome: string): string {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", CHILD], {
    encoding: "utf8",
    env: { ...process.env, XDG_CACHE_HOME: cacheHome },
    timeout: 30_000,
  });
  if (r.error || r.status !== 0) throw new Error(`child: ${r.error?.message ?? r.stderr.trim()}`);
  return r.stdout.trim();
}

test("runCommonJs(path, source, name) runs the source, writes V8's code cache at exit and uses it next time", () => {
  const home = mkdtempSync(join(tmpdir(), "newarea-v8cache-"));
  expect(run(home)).toBe("/42");
  const dir = join(home, "newarea-data");
  const [file] = readdirSync(dir);
  expect(file).toMatch(/^answer-v8-.+-[0-9a-f]{8}\.bin$/);
  const path = join(dir, file as string);
  const written = statSync(path).mtimeMs;
  expect(readFileSync(path).length).toBeGreaterThan(100);
  // Accepted: not written again.
  expect(run(home)).toBe("/42");
  expect(statSync(path).mtimeMs).toBe(written);
  // A damaged cache is rejected by V8, the source compiles as if there were none, and a good one replaces it.
  const damaged = Buffer.from("not a code cache");
  writeFileSync(path, damaged);
  expect(run(home)).toBe("/42");
  expect(readFileSync(path).equals(damaged)).toBe(false);
  expect(readFileSync(path).length).toBeGreaterThan(100);
});

test("runCommonJs(path, source, name) runs the source where no cache can be written, without retrying forever", () => {
  expect(run("/proc/newarea-no-such-folder")).toBe("/42");
});
