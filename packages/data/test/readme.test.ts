import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
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
