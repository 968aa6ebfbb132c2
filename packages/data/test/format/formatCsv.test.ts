import { csvParse } from "d3-dsv";
import { expect, test } from "vitest";
import { formatCsv } from "../../src/format/formatCsv.ts";

test("formatCsv() writes UTF-8 with a byte order mark, a header, \\n line ends and a final \\n", () => {
  expect(formatCsv(["a", "b"], [{ a: 1, b: "x" }])).toBe("\uFEFFa,b\n1,x\n");
  expect(formatCsv(["a"], [])).toBe("\uFEFFa\n");
});

test("formatCsv() quotes commas, quotes and line breaks, writes null as an empty field and objects as JSON", () => {
  const rows = [{ name: '超百亿元, "约"', note: "two\nlines", value: null, list: [1, 2] }];
  const text = formatCsv(["name", "note", "value", "list"], rows);
  expect(text).toBe('\uFEFFname,note,value,list\n"超百亿元, ""约""","two\nlines",,"[1,2]"\n');
  expect(csvParse(text.slice(1))[0]).toEqual({
    name: '超百亿元, "约"',
    note: "two\nlines",
    value: "",
    list: "[1,2]",
  });
});

test("formatCsv() keeps only the columns asked for, in their order", () => {
  expect(formatCsv(["b", "a"], [{ a: 1, b: 2, c: 3 }])).toBe("\uFEFFb,a\n2,1\n");
});
