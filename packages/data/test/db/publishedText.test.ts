import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { openDatabase } from "../../src/node.ts";
import { findDataDir } from "../../src/pipeline/buildData.ts";
import { TABLE_NAMES, TABLES } from "../../src/tables.ts";

// Every text a page may print, as published (dist/tables, built from data/ by `npm run build`).
const db = openDatabase();
afterAll(() => db.close());

/** Every published text cell but `as_written` (the source's own words), with where it stands. */
async function publishedText(): Promise<{ at: string; column: string; text: string }[]> {
  const cells: { at: string; column: string; text: string }[] = [];
  for (const table of TABLE_NAMES) {
    const columns = TABLES[table].filter((c) => c.type === "string" && c.name !== "as_written");
    const rows = await db.query<Record<string, string | null>>(`select * from ${table}`);
    for (const row of rows) {
      const id = row.figure_id ?? row.milestone_id ?? row.id;
      for (const c of columns) {
        const text = row[c.name];
        if (text) cells.push({ at: `${table}/${id}.${c.name}`, column: c.name, text });
      }
    }
  }
  return cells;
}

// A file of the repository or of the material the project started from: by extension, by name, or by path.
const FILE_NAME =
  /[\w.-]+\.(?:md|txt|csv|tsv|ya?ml|json|ts|mjs|js|astro|arrow|parquet)\b|secondary-sources|seed file|\b000_[0-9a-f]|(?:^|[\s(`'"“])(?:data|raw|sources|packages|apps|scripts)\/\S/i;

test("FILE_NAME finds the names we used to leak, and leaves web addresses alone", () => {
  for (const leak of [
    "secondary-sources.md, The area as a whole, row 6",
    "seed file 000_fb62e7c060175eee.txt",
    "see data/README.md",
    "in raw/figures.csv",
  ]) {
    expect(leak).toMatch(FILE_NAME);
  }
  for (const address of [
    "jl.cri.cn/n/20230508/632c7c11-f5f0-489a-ce1d-aa0da580929f.html",
    "feifanbio.com/cn/newsroom.html?id=7",
    "district.ce.cn/…/t20220518_37592798.shtml",
  ]) {
    expect(address).not.toMatch(FILE_NAME);
  }
});

test("no published text column of any table names a file of ours (as_written, the source's words, aside)", async () => {
  const leaks = (await publishedText()).filter((c) => FILE_NAME.test(c.text));
  expect(leaks).toEqual([]);
});

test("the data diary, published as a page, names no file of ours", () => {
  const dataDir = findDataDir(import.meta.dirname);
  expect(dataDir).not.toBeNull();
  const diary = readFileSync(join(dataDir ?? "", "README.md"), "utf8");
  const leaks = diary.split("\n").filter((line) => FILE_NAME.test(line));
  expect(leaks).toEqual([]);
});

// Latin words a Chinese text may carry: names that have no Chinese form in our texts. Keep it short.
const LATIN_NAMES = new Set(["GenSci", "WeChat", "Xinhua"]);
// A web address is an address, not a word: `jl.cri.cn/n/2023…`, `jintiankansha.me`.
const ADDRESS = /(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s，。；：、（）“”]*)?/gi;

test("every *_zh text has no Latin word of four letters or more but an allowed name", async () => {
  const zh = (await publishedText()).filter((c) => c.column.endsWith("_zh"));
  expect(zh.length).toBeGreaterThan(100);
  const words = zh.flatMap((c) =>
    (c.text.replace(ADDRESS, "").match(/[A-Za-z]{4,}/g) ?? [])
      .filter((w) => !LATIN_NAMES.has(w))
      .map((w) => `${c.at}: ${w}`),
  );
  expect(words).toEqual([]);
});

const CJK = "\\u3400-\\u9fff\\uf900-\\ufaff";
// Half-width punctuation touching a Chinese character: `长春:`, `(原标题未存,此为本项目自拟)`.
const HALF_WIDTH = new RegExp(`[${CJK}][,:;!?()]|[,:;!?()][${CJK}]`);

test("HALF_WIDTH finds half-width punctuation beside Chinese and leaves numbers and names alone", () => {
  expect("长春:特色产业园").toMatch(HALF_WIDTH);
  expect("(原标题未存,此为本项目自拟)").toMatch(HALF_WIDTH);
  expect("总投资45亿元!长春").toMatch(HALF_WIDTH);
  expect("一期3.698加二期5.302").not.toMatch(HALF_WIDTH);
  expect("今天看啥（jintiankansha.me），聚合网站").not.toMatch(HALF_WIDTH);
});

test("every *_zh text, titles included, uses full-width punctuation beside Chinese characters", async () => {
  const zh = (await publishedText()).filter((c) => c.column.endsWith("_zh"));
  const bad = zh.filter((c) => HALF_WIDTH.test(c.text)).map((c) => `${c.at}: ${c.text}`);
  expect(bad).toEqual([]);
});
