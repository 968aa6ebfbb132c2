import { expect, test } from "vitest";
import { parseCsv } from "../../src/pipeline/csv.ts";

const H = ["a", "b"] as const;

test("parseCsv(text) keeps quoted commas, quotes and newlines, with the line each record starts on", () => {
  const recs = parseCsv('a,b\n"x, y","say ""hi"""\n"multi\nline",2\n3,4\n', "f.csv", H);
  expect(recs).toEqual([
    { line: 2, fields: { a: "x, y", b: 'say "hi"' } },
    { line: 3, fields: { a: "multi\nline", b: "2" } },
    { line: 5, fields: { a: "3", b: "4" } },
  ]);
});

test("parseCsv(text) drops a BOM, CRLF line ends and blank lines", () => {
  expect(parseCsv("\uFEFFa,b\r\n1,2\r\n\r\n", "f.csv", H)).toEqual([{ line: 2, fields: { a: "1", b: "2" } }]);
});

test("parseCsv(text) with a wrong header names the file, line 1 and the expected header", () => {
  expect(() => parseCsv("a,c\n1,2\n", "f.csv", H)).toThrow(
    'f.csv:1: value "a,c": header must be exactly: a,b',
  );
});

test("parseCsv(text) with too many fields names the line and suggests quoting", () => {
  expect(() => parseCsv("a,b\n1,2\n1,2,3\n", "f.csv", H)).toThrow(
    'f.csv:3: expected 2 fields, found 3 (a comma inside a value needs "double quotes")',
  );
});

test("parseCsv(text) with an unclosed quote names the line the quote opens on", () => {
  expect(() => parseCsv('a,b\n1,2\n"open,3\n4,5\n', "f.csv", H)).toThrow(
    "f.csv:3: a quoted field is never closed",
  );
});
