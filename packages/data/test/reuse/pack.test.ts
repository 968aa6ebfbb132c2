import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

// Never the network: the packed tarball installs with `npm ci --offline` from a lockfile made out of the
// repository's own, so every dependency comes from what `npm ci` already put in the npm cache (tarballs are
// cached by integrity; the registry's package documents are not, hence a lockfile rather than `npm install`).
const PKG = fileURLToPath(new URL("../..", import.meta.url));
const ROOT_LOCK = fileURLToPath(new URL("../../../../package-lock.json", import.meta.url));
const WORKSPACE = "packages/data";

/** Runs a command with a time limit; a failure is one line naming the command and its last error line. */
function run(file: string, args: string[], cwd: string, timeout = 120_000): string {
  try {
    return execFileSync(file, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout });
  } catch (e) {
    const err = e as { signal?: string; stderr?: string; message: string };
    const lines = (err.stderr ?? "").split("\n").filter((l) => l.trim() && !/complete log/.test(l));
    const why =
      err.signal === "SIGTERM"
        ? `timed out after ${timeout / 1000} s`
        : (lines.find((l) => /ENOTCACHED|error/i.test(l)) ??
          lines.at(-1) ??
          err.message.split("\n")[0] ??
          "");
    const hint = /ENOTCACHED/.test(why)
      ? " — the npm cache lacks a dependency: run `npm ci` with the same npm_config_cache first"
      : "";
    throw new Error(`${file} ${args.join(" ")} (in ${cwd}): ${why}${hint}`);
  }
}
const npm = (args: string[], cwd: string) =>
  run("npm", [...args, "--no-audit", "--no-fund", "--offline", "--ignore-scripts"], cwd);

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** Returns the lock path that Node's resolution finds for `name` required from the package at `from`. */
function resolveIn(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  for (let dir = from; ; ) {
    const candidate = `${dir ? `${dir}/` : ""}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (dir === "") return undefined;
    // One package up: `node_modules/a/node_modules/b` → `node_modules/a`; a workspace folder → the root.
    const i = dir.lastIndexOf("node_modules/");
    dir = i < 0 ? "" : dir.slice(0, Math.max(0, i - 1));
  }
}

/**
 * Returns a lockfile for an app whose only dependency is the tarball: the tarball's entry, then every
 * runtime dependency of the workspace, at the same places as in the repository's lockfile.
 */
function appLockfile(tarball: string, integrity: string): object {
  const root = JSON.parse(readFileSync(ROOT_LOCK, "utf8")) as { packages: Record<string, LockEntry> };
  const all = root.packages;
  const own = all[WORKSPACE];
  if (!own) throw new Error(`${ROOT_LOCK} has no ${WORKSPACE}`);
  const out: Record<string, LockEntry> = {};
  const queue: [string, Record<string, string>][] = [[WORKSPACE, { ...own.dependencies }]];
  while (queue.length > 0) {
    const [from, deps] = queue.shift() as [string, Record<string, string>];
    for (const name of Object.keys(deps)) {
      const at = resolveIn(all, from, name);
      if (!at) throw new Error(`${ROOT_LOCK}: ${name} (needed by ${from}) is not in the lockfile`);
      const target = at.startsWith(`${WORKSPACE}/`)
        ? `node_modules/@newarea/data/${at.slice(WORKSPACE.length + 1)}`
        : at;
      if (out[target]) continue;
      const { dev: _dev, ...entry } = all[at] as LockEntry;
      out[target] = entry;
      queue.push([at, { ...entry.dependencies, ...entry.optionalDependencies }]);
    }
  }
  const { devDependencies: _devDeps, ...published } = own;
  return {
    name: "reuse-check",
    lockfileVersion: 3,
    requires: true,
    packages: {
      "": { name: "reuse-check", dependencies: { "@newarea/data": `file:${tarball}` } },
      "node_modules/@newarea/data": { ...published, resolved: `file:${tarball}`, integrity },
      ...out,
    },
  };
}

test("npm pack of @newarea/data installs offline into a folder outside the repository and a plain Node script queries it", () => {
  const work = mkdtempSync(join(tmpdir(), "newarea-reuse-"));
  const packed = JSON.parse(npm(["pack", "--json", "--pack-destination", work], PKG))[0] as {
    filename: string;
    files: { path: string }[];
  };
  // What ships: the built code and tables, the CLI shim, the README; nothing temporary.
  expect(packed.files.map((f) => f.path).filter((p) => /tmp|\.old/.test(p))).toEqual([]);
  const tarball = join(work, packed.filename);
  const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
  const app = join(work, "app");
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({
      name: "reuse-check",
      private: true,
      type: "module",
      dependencies: { "@newarea/data": `file:${tarball}` },
    }),
  );
  writeFileSync(join(app, "package-lock.json"), JSON.stringify(appLockfile(tarball, integrity), null, 1));
  npm(["ci"], app);
  writeFileSync(
    join(app, "index.mjs"),
    `import { openDatabase, parseAmount, formatAmount } from "@newarea/data";
const db = openDatabase();
const rows = await db.query("select subject_id, value, bound from figures where measure = ? order by value desc", ["total_investment"]);
const amount = parseAmount("超百亿元");
console.log(JSON.stringify({ n: rows.length, top: rows[0], amount, zh: formatAmount(amount, "zh") }));
await db.close();
`,
  );
  const out = JSON.parse(run(process.execPath, ["index.mjs"], app, 60_000));
  expect(out.n).toBeGreaterThan(5);
  expect(out.top.value).toBeGreaterThanOrEqual(175e8);
  expect(out.amount).toMatchObject({ value: 1e10, bound: "at_least" });
  expect(out.zh).toMatch(/100亿元|百亿元/);
  const bin = join(app, "node_modules", ".bin", "newarea-data");
  const cli = run(process.execPath, [bin, "parse-amount", "约178亿元", "--json"], app, 60_000);
  expect(JSON.parse(cli)).toMatchObject({ value: 178e8, bound: "approx" });
}, 300_000);

test("npm pack --dry-run of @newarea/data holds no temporary folder, even while a stale one sits in dist/", () => {
  // What an interrupted build leaves: its staging folder and the previous tables set aside.
  const stale = ["tables.tmp-99999998", "tables.old-99999999"].map((name) => join(PKG, "dist", name));
  try {
    for (const dir of stale) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "figures.arrow"), "stale");
      writeFileSync(join(dir, ".newarea-tables"), "stale");
    }
    const packed = JSON.parse(npm(["pack", "--dry-run", "--json"], PKG))[0] as { files: { path: string }[] };
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain("dist/tables/figures.arrow");
    // The CLI as npm links it: the bin script, the one-file CLI it runs, DuckDB's bundle and export plans.
    for (const f of ["bin/newarea-data.cjs", "dist/cli.cjs", "dist/vendor/duckdb-exports.json"])
      expect(paths).toContain(f);
    expect(paths.filter((p) => /\.(tmp|old)-/.test(p))).toEqual([]);
  } finally {
    for (const dir of stale) rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
