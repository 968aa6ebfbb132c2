import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { AmountParseError } from "../src/amount/AmountParseError.ts";
import { parseAmount } from "../src/amount/parseAmount.ts";
import { MEASURES } from "../src/measures.ts";
import { TABLES } from "../src/tables.ts";

// A table cell holding the name in backticks, however the table is padded.
const cell = (name: string) => new RegExp(`\\|\\s*\`${name}\`\\s*\\|`);
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

test("README.md documents every column of every table and every measure", () => {
  for (const [table, columns] of Object.entries(TABLES)) {
    const section = readme.split(`### \`${table}\``)[1]?.split("###")[0] ?? "";
    for (const c of columns) expect(section, `${table}.${c.name}`).toMatch(cell(c.name));
  }
  for (const m of Object.keys(MEASURES)) expect(readme).toMatch(cell(m));
});

/** The rows of the Markdown tables in `section`, as cells, header and rule left out. */
function tableRows(section: string): string[][] {
  return section
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|\s*-/.test(line) && !/^\|\s*written\s*\|/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim()),
    );
}
const quoted = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? "");
const amountForms = readme.split("### Amount forms")[1]?.split("\n## ")[0] ?? "";

test("README.md's amount forms read as its table says, and its errors fail with the reason it gives", () => {
  const rows = tableRows(amountForms);
  expect(rows.length).toBeGreaterThan(20);
  for (const [written = "", ...rest] of rows) {
    const texts = quoted(written);
    expect(texts.length, written).toBeGreaterThan(0);
    for (const text of texts) {
      if (rest.length === 3) {
        const [value, unit, bound] = rest;
        expect(parseAmount(text), text).toMatchObject({ value: Number(value), unit, bound });
      } else {
        expect(() => parseAmount(text), text).toThrow(new AmountParseError(text, rest[0] ?? ""));
      }
    }
  }
});
