import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { copyFixture, edit } from "../helpers.ts";

// The CLI as users run it: the built file, on this process's Node.
const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd: tmpdir(), timeout: 60_000 });
  if (r.error) throw new Error(`newarea-data ${args.join(" ")}: ${r.error.message}`);
  return { code: r.status, out: r.stdout, err: r.stderr };
};

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
