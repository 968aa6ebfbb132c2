import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { readTextFile } from "../../src/pipeline/readTextFile.ts";

const scratch = () => mkdtempSync(join(tmpdir(), "newarea-read-"));

test("readTextFile(path, file, max) reads a UTF-8 file up to the limit", () => {
  const path = join(scratch(), "a.txt");
  writeFileSync(path, "长春新区\n");
  expect(readTextFile(path, "a.txt", 13)).toBe("长春新区\n");
});

test("readTextFile(path over the limit) refuses, saying the size and the limit", () => {
  const path = join(scratch(), "big.txt");
  writeFileSync(path, "x".repeat(101));
  expect(() => readTextFile(path, "big.txt", 100)).toThrow(
    /big\.txt:1: .*101 bytes.*over the limit of 100 bytes/,
  );
});

test("readTextFile('/dev/zero') refuses a device at once instead of reading forever", () => {
  expect(existsSync("/dev/zero")).toBe(true);
  expect(() => readTextFile("/dev/zero", "/dev/zero", 100)).toThrow(/not a regular file \(a device\)/);
});

test("readTextFile(a FIFO) refuses without waiting for a writer", () => {
  const fifo = join(scratch(), "pipe");
  const made = spawnSync("mkfifo", [fifo], { timeout: 10_000 });
  expect(made.status).toBe(0);
  expect(() => readTextFile(fifo, "pipe", 100)).toThrow(/not a regular file \(a named pipe\)/);
});

test("readTextFile(a folder) and readTextFile(a missing file) refuse, naming the file", () => {
  const dir = join(scratch(), "folder");
  mkdirSync(dir);
  expect(() => readTextFile(dir, "folder", 100)).toThrow(/folder:1: not a regular file \(a folder\)/);
  expect(() => readTextFile(join(dir, "nope.csv"), "nope.csv", 100)).toThrow(/nope\.csv:1: no such file/);
});
