import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { expect, test } from "vitest";
import { DataError, formatDetail } from "../../src/pipeline/DataError.ts";

const detail = { file: "data/raw/figures.csv", line: 4, column: "value", value: "亿元", reason: "no number" };

test("DataError carries its details and names each as file:line", () => {
  const e = new DataError([detail]);
  expect(e.message).toBe(`1 problem in data:\n  ${formatDetail(detail)}`);
  expect(e.name).toBe("DataError");
  expect(e).toBeInstanceOf(Error);
});

test("a DataError made by another copy of the module is still a DataError (the CLI's bundle catches the API's)", () => {
  // Another copy of the class, as dist/cli.cjs holds one and dist/pipeline/DataError.js another.
  const source = readFileSync(new URL("../../dist/pipeline/DataError.js", import.meta.url), "utf8");
  const exports: { DataError?: typeof DataError } = {};
  runInNewContext(`${source.replace(/^export /gm, "")}\nexports.DataError = DataError;`, {
    exports,
    Symbol,
    Error,
  });
  const Other = exports.DataError as typeof DataError;
  expect(Other).not.toBe(DataError);
  expect(new Other([detail])).toBeInstanceOf(DataError);
  expect(new DataError([detail])).toBeInstanceOf(Other);
  // Nothing else passes for one.
  expect(new Error("1 problem in data")).not.toBeInstanceOf(DataError);
  expect({ name: "DataError", details: [] }).not.toBeInstanceOf(DataError);
  expect(null).not.toBeInstanceOf(DataError);
});
