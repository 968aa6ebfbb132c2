import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, vi } from "vitest";
import { copyFixture, edit, encodeLegacy } from "../helpers.ts";

// Each command starts a process (and a query, DuckDB): seconds each, a minute on a machine shared by many.
vi.setConfig({ testTimeout: 120_000 });

// The CLI as users run it: its bin script (which runs the built dist/cli.cjs), on this process's Node.
const CLI = fileURLToPath(new URL("../../bin/newarea-data.cjs", import.meta.url));
const run = (...args: string[]) => spawnCli([process.execPath, CLI, ...args], 60_000);

/**
 * Runs the CLI with a time limit and, so that a command reading without a bound fails here instead of
 * exhausting the machine's memory, a 2 GB address-space limit (for commands that start no DuckDB).
 */
const runWithin = (timeout: number, ...args: string[]) =>
  spawnCli(["sh", "-c", 'ulimit -v 2000000; exec "$@"', "sh", process.execPath, CLI, ...args], timeout);

function spawnCli([command, ...args]: string[], timeout: number) {
  const r = spawnSync(command as string, args, { encoding: "utf8", cwd: tmpdir(), timeout });
  if (r.error) throw new Error(`${args.join(" ")}: ${r.error.message}`);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Expects exit 1 with one line on stderr matching `reason`. */
function expectRefusal(r: ReturnType<typeof run>, reason: RegExp): void {
  expect(r.code, r.err).toBe(1);
  expect(r.err.trim().split("\n"), r.err).toHaveLength(1);
  expect(r.err).toMatch(reason);
}

test("newarea-data query 'select …' --format json prints an array of row objects, exit 0", () => {
  const r = run("query", "select figure_id, value from figures where figure_id = ?", "--format", "json");
  // No parameter given for ?: DuckDB's error, exit 1, one line.
  expect(r.code).toBe(1);
  expect(r.err.trim().split("\n")).toHaveLength(1);
  const ok = run("query", "select count(*) as n from subjects", "--format", "json");
  expect(ok.code).toBe(0);
  expect(JSON.parse(ok.out)[0].n).toBeGreaterThan(0);
});

test("newarea-data query … --format csv and table print the same rows", () => {
  const csv = run("query", "select id, kind from subjects order by id", "--format", "csv");
  const table = run("query", "select id, kind from subjects order by id");
  expect(csv.code).toBe(0);
  const ids = csv.out
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split(",")[0]);
  expect(ids.length).toBeGreaterThan(1);
  for (const id of ids) expect(table.out).toContain(id as string);
  expect(table.out).toMatch(new RegExp(`\\(${ids.length} rows\\)`));
});

test("newarea-data query with bad SQL exits 1 with DuckDB's reason on one line", () => {
  const r = run("query", "select nope from figures");
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/^newarea-data: .*nope/);
  expect(r.err.trim().split("\n")).toHaveLength(1);
});

test("newarea-data parse-amount '超百亿元' --json gives an open lower bound", () => {
  const r = run("parse-amount", "超百亿元", "--json");
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out)).toMatchObject({ value: 1e10, unit: "CNY", bound: "at_least" });
});

test("newarea-data parse-amount with unreadable text exits 1 quoting it", () => {
  const r = run("parse-amount", "很多钱");
  expect(r.code).toBe(1);
  expect(r.err).toContain("很多钱");
});

test("newarea-data parse-amount '１０８０億元' --json reads Traditional script and full-width digits", () => {
  const r = run("parse-amount", "１０８０億元", "--json");
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out)).toEqual({
    value: 108_000_000_000,
    unit: "CNY",
    currency: "CNY",
    bound: "exact",
    text: "１０８０億元",
  });
});

test("newarea-data parse-amount '亿元' exits 1: a unit with no number", () => {
  const r = run("parse-amount", "亿元");
  expect(r.code).toBe(1);
  expect(r.out).toBe("");
  expect(r.err).toBe('newarea-data: cannot read amount "亿元": no number before "亿元"\n');
});

test("newarea-data parse-amount '99…9亿元' --json exits 1 and prints no null or Infinity", () => {
  const text = `${"9".repeat(400)}亿元`;
  const r = run("parse-amount", text, "--json");
  expect(r.code).toBe(1);
  expect(r.out).toBe("");
  expect(r.err).toContain("too large to hold exactly");
  expect(r.err).not.toMatch(/Infinity|null/);
});

test("newarea-data with wrong usage exits 2 and prints the usage", () => {
  for (const args of [
    [],
    ["frobnicate"],
    ["query"],
    ["query", "select 1", "--format", "xml"],
    ["export"],
    ["parse-amount"],
  ]) {
    const r = run(...args);
    expect(r.code, args.join(" ")).toBe(2);
    expect(r.err + r.out).toContain("usage: newarea-data");
  }
});

test("newarea-data clean-text <file> prints clean text on stdout and issues on stderr", () => {
  const file = join(mkdtempSync(join(tmpdir(), "newarea-clean-")), "in.txt");
  writeFileSync(file, "長(zhǎng)春新區(qū)發(fā)展是第一要?jiǎng)?wù)。\n");
  const r = run("clean-text", file);
  expect(r.code).toBe(0);
  expect(r.out).toContain("长春新区");
  expect(r.out).not.toMatch(/zhǎng|qū/);
  expect(r.err).toContain("jiǎng");
  expect(run("clean-text", "/nonexistent.txt").code).toBe(1);
});

test("newarea-data build --data <bad> exits 1 naming file and line, and export copies one format", () => {
  const dir = copyFixture();
  const out = join(dir, "..", "out");
  expect(run("build", "--data", dir, "--out", out).code).toBe(0);
  edit(dir, "raw/figures.csv", "175亿元,", "很多钱,");
  const bad = run("build", "--data", dir, "--out", out);
  expect(bad.code).toBe(1);
  expect(bad.err).toContain("data/raw/figures.csv:5:");
  expect(JSON.parse(readFileSync(join(out, "figures.json"), "utf8"))).toHaveLength(7);
  const exp = join(dir, "..", "exported");
  expect(run("export", "--format", "parquet", "--out", exp).code).toBe(0);
  expect(readdirSync(exp).sort()).toEqual([
    "figures.parquet",
    "milestones.parquet",
    "sources.parquet",
    "subjects.parquet",
  ]);
});

test("newarea-data build --out <folder of other files> exits 1 on one line and deletes nothing", () => {
  const dir = copyFixture();
  const out = join(dir, "..", "mine");
  mkdirSync(out);
  writeFileSync(join(out, "notes.txt"), "mine\n");
  expectRefusal(run("build", "--data", dir, "--out", out), /mine is not empty and was not made by a build/);
  expect(readdirSync(out)).toEqual(["notes.txt"]);
  expect(readdirSync(join(dir, ".."))).toEqual(["data", "mine"]);
});

test("newarea-data build --out <the data folder, or inside it> exits 1 and leaves raw/ and sources/", () => {
  const dir = copyFixture();
  expectRefusal(run("build", "--data", dir, "--out", dir), /is the data folder/);
  expectRefusal(run("build", "--data", dir, "--out", join(dir, "raw")), /inside the data folder/);
  expectRefusal(run("build", "--data", dir, "--out", join(dir, "..")), /holds the data folder/);
  expect(readdirSync(dir).sort()).toEqual(["raw", "sources"]);
  expect(readdirSync(join(dir, "raw")).sort()).toEqual(["figures.csv", "milestones.csv", "subjects.csv"]);
});

test("newarea-data build --out <a file> exits 1 and leaves the file", () => {
  const dir = copyFixture();
  const file = join(dir, "..", "tables");
  writeFileSync(file, "a file\n");
  expectRefusal(run("build", "--data", dir, "--out", file), /is a file/);
  expect(readFileSync(file, "utf8")).toBe("a file\n");
});

test("newarea-data build --out /proc/x fails at once with the reason instead of retrying forever", () => {
  const dir = copyFixture();
  const started = Date.now();
  expectRefusal(runWithin(20_000, "build", "--data", dir, "--out", "/proc/x"), /cannot create .*\/proc\/x/);
  expect(Date.now() - started).toBeLessThan(20_000);
  expectRefusal(
    runWithin(20_000, "export", "--format", "csv", "--out", "/proc/x"),
    /cannot create .*\/proc\/x/,
  );
});

test("newarea-data build with a GBK-encoded raw/subjects.csv exits 1 naming file, line, byte and the iconv command", () => {
  const dir = copyFixture();
  const path = join(dir, "raw", "subjects.csv");
  const gbk = encodeLegacy("gbk", readFileSync(path, "utf8"));
  writeFileSync(path, gbk);
  const out = join(dir, "..", "out");
  const r = run("build", "--data", dir, "--out", out);
  expect(r.code).toBe(1);
  // The first byte that is not ASCII, on line 2 (the header is ASCII).
  const offset = gbk.findIndex((b) => b >= 0x80);
  expect(r.err).toMatch(
    new RegExp(
      `data/raw/subjects\\.csv:2: not valid UTF-8 at byte offset ${offset} .*iconv -f GB18030 -t UTF-8`,
    ),
  );
  expect(existsSync(out)).toBe(false);
});

test("newarea-data clean-text refuses a device, a FIFO and a folder at once, on one line", () => {
  const scratch = mkdtempSync(join(tmpdir(), "newarea-clean-"));
  const fifo = join(scratch, "pipe");
  expect(spawnSync("mkfifo", [fifo], { timeout: 10_000 }).status).toBe(0);
  expectRefusal(
    runWithin(20_000, "clean-text", "/dev/zero"),
    /\/dev\/zero:1: not a regular file \(a device\)/,
  );
  expectRefusal(runWithin(20_000, "clean-text", fifo), /pipe:1: not a regular file \(a named pipe\)/);
  expectRefusal(runWithin(20_000, "clean-text", scratch), /not a regular file \(a folder\)/);
});

test("newarea-data clean-text refuses a file over 10 MB, a binary file and a GBK file, each with its reason", () => {
  const scratch = mkdtempSync(join(tmpdir(), "newarea-clean-"));
  const big = join(scratch, "big.txt");
  writeFileSync(big, "长".repeat(3_400_000)); // 10.2 MB of UTF-8
  expectRefusal(
    runWithin(60_000, "clean-text", big),
    /big\.txt:1: .*over the limit of 10,000,000 bytes \(10 MB\)/,
  );
  const bin = join(scratch, "a.bin");
  writeFileSync(bin, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
  expectRefusal(run("clean-text", bin), /a\.bin:1: binary file \(a NUL byte at byte offset 6\)/);
  const gbk = join(scratch, "gbk.txt");
  writeFileSync(gbk, encodeLegacy("gbk", "长春新区发展是第一要务。\n"));
  const r = run("clean-text", gbk);
  expectRefusal(r, /gbk\.txt:1: not valid UTF-8 at byte offset 0.*iconv -f GB18030 -t UTF-8 gbk\.txt/);
  expect(r.out).toBe("");
});

test("newarea-data query reads local files; query --sandbox refuses them and writes nothing", () => {
  // Each refusal the sandbox makes is checked on the API in test/db/node.test.ts; here, that the flag
  // reaches it, on one read and one write.
  const scratch = mkdtempSync(join(tmpdir(), "newarea-sandbox-"));
  const csv = join(scratch, "local.csv");
  writeFileSync(csv, "a,b\n1,2\n3,4\n");
  const open = run("query", `select count(*) as n from read_csv('${csv}')`, "--format", "json");
  expect(open.code, open.err).toBe(0);
  expect(JSON.parse(open.out)).toEqual([{ n: 2 }]);
  const copied = join(scratch, "copied.csv");
  for (const sql of ["select * from read_csv('/etc/passwd')", `COPY (select 1 as x) TO '${copied}'`]) {
    const r = run("query", "--sandbox", sql);
    expect(r.code, `${sql}: ${r.out}`).toBe(1);
    expect(r.err, sql).toMatch(/^newarea-data: .*disabled/);
    expect(r.err.trim().split("\n"), sql).toHaveLength(1);
  }
  expect(readdirSync(scratch)).toEqual(["local.csv"]);
}, 180_000);

test("newarea-data --help says query reads local files, what --sandbox does, and the clean-text limit", () => {
  const r = run("--help");
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/--sandbox/);
  expect(r.out).toMatch(/local files/);
  expect(r.out).toMatch(/10 MB/);
  expect(r.out).toMatch(/--out .*refuse|refuses/);
});

test("newarea-data writes its output whole into a pipe, and stops quietly when the reader goes (| head)", () => {
  // 200,000 rows (1.3 MB) through a pipe into `reader`: more than a pipe holds, so writing waits for it.
  const piped = (reader: string) =>
    spawnCli(
      ["bash", "-c", `set -o pipefail; "$@" | ${reader}`, "bash", process.execPath, CLI].concat([
        "query",
        "select range from range(200000)",
        "--format",
        "csv",
      ]),
      60_000,
    );
  const all = piped("wc -l");
  expect(all.err).toBe("");
  expect(all.out.trim()).toBe("200001");
  expect(all.code).toBe(0);
  // The reader stops after two lines: exit 0, nothing on stderr (no EPIPE stack trace).
  const head = piped("head -n 2");
  expect(head.err).toBe("");
  expect(head.out).toBe("range\n0\n");
  expect(head.code).toBe(0);
});

test("newarea-data query 'LOAD <extension>' fails at once with DuckDB's reason instead of hanging", () => {
  for (const sql of ["LOAD json", "LOAD '/tmp/newarea-no-such.duckdb_extension.wasm'"]) {
    const r = spawnCli([process.execPath, CLI, "query", sql], 30_000);
    expect(r.code, r.err).toBe(1);
    expect(r.err).toMatch(/^newarea-data: IO Error: Extension .+ is not available\n$/);
  }
});
