import { type NewareaDB, openDatabase, QUERIES } from "@newarea/data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkReaderSql } from "../src/notebook/checkReaderSql.ts";
import { formatCell, LONG_VALUE } from "../src/notebook/formatCell.ts";
import { NOTEBOOK_MEMORY_LIMIT, ROW_CAP, readerMessage, runCell } from "../src/notebook/runCell.ts";
import { countParams, sqlTokens } from "../src/notebook/sqlTokens.ts";
import { OUTSIDE_PROBES, WRITE_PROBES } from "./fixtures/readerSqlProbes.ts";

let db: NewareaDB;
beforeAll(() => {
  db = openDatabase({ sandbox: true });
});
afterAll(() => db?.close());
const query = (sql: string, params: readonly unknown[] = []) => db.queryOne(sql, params);

describe("sqlTokens", () => {
  it("sqlTokens() skips comments and keeps a ; or ? inside strings and quoted names", () => {
    const t = sqlTokens(`select 'a;b?', "c;d" -- x; y ?\n /* ; ? */ from t where x = ?;`);
    expect(t.filter((x) => x.kind === "semicolon")).toHaveLength(1);
    expect(t.filter((x) => x.kind === "param")).toHaveLength(1);
    expect(t.find((x) => x.kind === "string")?.text).toBe("a;b?");
    expect(t.find((x) => x.kind === "quoted")?.text).toBe("c;d");
  });

  it("countParams() counts the ? of every named query as QUERIES lists its parameters", () => {
    for (const [name, q] of Object.entries(QUERIES)) expect(countParams(q.sql), name).toBe(q.params.length);
  });
});

describe("checkReaderSql", () => {
  it("checkReaderSql() lets every named query and ordinary reads through", () => {
    for (const [name, q] of Object.entries(QUERIES)) expect(checkReaderSql(q.sql), name).toBeUndefined();
    for (const sql of [
      "select 1",
      "  WITH x AS (select 1) select * from x;",
      "FROM figures",
      "(select * from figures)",
      "DESCRIBE figures",
      "SUMMARIZE figures",
      "EXPLAIN select 1",
      "select 'https://example.org' as address, '/etc' as path",
      "select * from figures where note like '%.csv%'",
    ]) {
      expect(checkReaderSql(sql), sql).toBeUndefined();
    }
  });

  it("checkReaderSql() refuses ATTACH, COPY, INSTALL, LOAD, SET and writes, naming the statement", () => {
    for (const word of [
      "ATTACH",
      "COPY",
      "INSTALL",
      "LOAD",
      "SET",
      "PRAGMA",
      "CREATE",
      "INSERT",
      "DROP",
      "EXPORT",
      "IMPORT",
      "CALL",
    ]) {
      expect(checkReaderSql(`${word.toLowerCase()} something`)).toEqual({ reason: "statement", word });
    }
    expect(checkReaderSql("explain analyze copy t to 'x'")).toEqual({ reason: "statement", word: "COPY" });
    expect(checkReaderSql("-- a comment\n/* another */ attach 'x.db'")).toEqual({
      reason: "statement",
      word: "ATTACH",
    });
  });

  it("checkReaderSql() refuses every probe that reaches past the story's tables (the pages' Chromium tests run the same list)", () => {
    for (const sql of OUTSIDE_PROBES) expect(checkReaderSql(sql), sql).toBeDefined();
  });

  it("checkReaderSql() refuses functions that read files or URLs, and files or URLs in place of a table", () => {
    expect(checkReaderSql("select * from read_csv('/etc/passwd')")).toEqual({
      reason: "function",
      name: "read_csv",
    });
    expect(checkReaderSql("select * from READ_PARQUET ('x.parquet')")).toEqual({
      reason: "function",
      name: "read_parquet",
    });
    expect(checkReaderSql("select * from parquet_scan('x')")).toEqual({
      reason: "function",
      name: "parquet_scan",
    });
    expect(checkReaderSql("select * from glob('*')")).toEqual({ reason: "function", name: "glob" });
    expect(checkReaderSql("select * from 'https://example.org/x.parquet'")).toEqual({
      reason: "file",
      text: "https://example.org/x.parquet",
    });
    expect(checkReaderSql("select * from figures join '/etc/passwd' on true")).toEqual({
      reason: "file",
      text: "/etc/passwd",
    });
    expect(checkReaderSql('select * from "data.csv"')).toEqual({ reason: "file", text: "data.csv" });
  });

  it("checkReaderSql() takes one statement at a time, and says when there is none", () => {
    expect(checkReaderSql("select 1; attach 'x'")).toEqual({ reason: "several" });
    expect(checkReaderSql("select 1;;")).toBeUndefined();
    expect(checkReaderSql("  -- nothing\n")).toEqual({ reason: "empty" });
    expect(checkReaderSql("select ';attach'")).toBeUndefined();
    // DuckDB nests block comments: what follows `/* /* */` is still a comment, and the `;` is real.
    expect(checkReaderSql("select 1 as a /* /* */, '*/; drop view milestones; --'")).toEqual({
      reason: "several",
    });
  });

  it("checkReaderSql() refuses a write after a WITH list, naming it", () => {
    for (const word of ["DELETE", "UPDATE", "INSERT"]) {
      expect(checkReaderSql(`with a as (select 1), b as (select (2)) ${word} x`)).toEqual({
        reason: "statement",
        word,
      });
    }
    expect(checkReaderSql("with a as (select 1 as delete) select * from a")).toBeUndefined();
  });
});

describe("the engine's sandbox (the second layer)", () => {
  it("openDatabase({ sandbox: true }) refuses what checkReaderSql refuses, should the page's check be bypassed", async () => {
    for (const sql of [
      "ATTACH 'other.duckdb' AS other",
      "COPY (select 1) TO 'out.csv'",
      "EXPORT DATABASE 'out'",
      "LOAD httpfs",
      "SELECT * FROM read_csv('/etc/passwd')",
      "SELECT * FROM 'https://example.org/x.csv'",
    ]) {
      await expect(query(sql), sql).rejects.toThrow(/Permission Error: .* disabled/);
    }
    await expect(query("SET enable_external_access = true")).rejects.toThrow(/configuration has been locked/);
    // INSTALL is accepted and does nothing (no download: autoinstall and external access are off); what
    // would use an extension, LOAD, is refused above.
    await query("INSTALL httpfs").catch(() => []);
    await expect(query("LOAD httpfs")).rejects.toThrow(/disabled/);
    expect(await query("select count(*) as n from figures")).toEqual([{ n: expect.any(Number) }]);
  });
});

describe("runCell", () => {
  it("runCell() gives a named query's rows in the query's own order, with its columns and count", async () => {
    const expected = await db.named("investment_by_subject");
    const got = await runCell(query, QUERIES.investment_by_subject.sql);
    expect(got.rows).toEqual(expected);
    expect(got.count).toBe(expected.length);
    expect(got.columns).toEqual(Object.keys(expected[0] ?? {}));
  });

  it("runCell() binds the parameters the SQL still has and ignores the rest", async () => {
    const sql = QUERIES.milestones_timeline.sql;
    const got = await runCell(query, sql, ["2023-04-01", "2024-12-31"]);
    expect(got.rows).toEqual(await db.named("milestones_timeline", ["2023-04-01", "2024-12-31"]));
    const edited = await runCell(query, "select count(*) as n from milestones", ["2023-04-01", "2024-12-31"]);
    expect(edited.rows).toEqual([{ n: expect.any(Number) }]);
  });

  it(`runCell() keeps ${ROW_CAP} rows of a long result and counts them all`, async () => {
    const got = await runCell(query, "select range as i from range(2500) order by i desc;");
    expect(got.count).toBe(2500);
    expect(got.rows).toHaveLength(ROW_CAP);
    expect(got.rows[0]).toEqual({ i: 2499 });
    expect(got.rows.at(-1)).toEqual({ i: 1500 });
  });

  it("runCell() names the columns of an empty result, and survives a trailing comment", async () => {
    const got = await runCell(query, "select subject_id, value from figures where false -- none");
    expect(got).toEqual({ columns: ["subject_id", "value"], rows: [], count: 0 });
  });

  it("runCell() runs DESCRIBE, SHOW and SUMMARIZE as subqueries, and EXPLAIN on the wrapped query", async () => {
    const got = await runCell(query, "DESCRIBE figures");
    expect(got.rows.map((r) => r.column_name)).toContain("as_written");
    expect((await runCell(query, "SHOW TABLES")).count).toBeGreaterThanOrEqual(4);
    expect((await runCell(query, "SUMMARIZE figures")).count).toBeGreaterThan(5);
    expect((await runCell(query, "EXPLAIN select 1 as x")).columns).toContain("explain_value");
  });

  it("runCell() refuses anything DuckDB does not read as one query, and the data stays as published", async () => {
    const before = await query("select count(*) as n, sum(value) as s from figures");
    for (const sql of WRITE_PROBES) {
      await expect(runCell(query, sql), sql).rejects.toMatchObject({
        name: "CellError",
        kind: "notOneQuery",
      });
    }
    expect(await query("select count(*) as n, sum(value) as s from figures")).toEqual(before);
    expect(await query("select upper('abc') as u, (select count(*) from milestones) > 0 as m")).toEqual([
      { u: "ABC", m: true },
    ]);
  });

  it("runCell() stops a query that needs more than the notebook's memory with a memory error", async () => {
    const sql =
      "select k, count(*) from (select a.range * 100000 + b.range as k from range(100000) a, range(100000) b) group by k";
    const memoryDb = openDatabase({ sandbox: true, memoryLimit: NOTEBOOK_MEMORY_LIMIT });
    try {
      await expect(runCell((s, p) => memoryDb.queryOne(s, p), sql)).rejects.toMatchObject({ kind: "memory" });
      expect(await memoryDb.query("select count(*) as n from milestones")).toEqual([
        { n: expect.any(Number) },
      ]);
    } finally {
      await memoryDb.close();
    }
  }, 60_000);

  it("readerMessage() numbers the reader's own lines and shows DuckDB-WASM's repeated excerpt once", () => {
    const excerpt = "LINE 10: select nope\n                ^";
    expect(readerMessage(`Parser Error: x\n\n${excerpt}\n\n${excerpt}`)).toBe(
      "Parser Error: x\n\nLINE 9: select nope\n               ^",
    );
  });

  it("runCell() reports DuckDB's error on the reader's own lines", async () => {
    await expect(runCell(query, "select nope from figures")).rejects.toThrow(
      /LINE 1: select nope from figures/,
    );
  });

  it(`formatCell() shows a text longer than ${LONG_VALUE} characters by its start and its length`, () => {
    const shown = formatCell("x".repeat(50_000_000), "en");
    expect(shown.text.length).toBeLessThan(LONG_VALUE + 60);
    expect(shown.text).toContain("50,000,000 characters");
    expect(formatCell("y".repeat(LONG_VALUE + 1), "zh").text).toContain("共 501 个字符");
  });
});
