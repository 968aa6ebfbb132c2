import { expect, test } from "vitest";
import { DataError } from "../../src/pipeline/DataError.ts";
import { decodeText, firstInvalidUtf8 } from "../../src/pipeline/decodeText.ts";
import { encodeLegacy } from "../helpers.ts";

/** The one problem decodeText reports for `bytes`, formatted as the CLI prints it. */
function problem(bytes: Uint8Array, file = "data/raw/subjects.csv"): DataError["details"][number] {
  try {
    decodeText(bytes, file);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    const details = (e as DataError).details;
    expect(details).toHaveLength(1);
    return details[0] as DataError["details"][number];
  }
  throw new Error("decodeText accepted the bytes");
}

test("decodeText(UTF-8 bytes) returns the text; a BOM is dropped", () => {
  expect(decodeText(Buffer.from("id,name_zh\n长春新区\n"), "f")).toBe("id,name_zh\n长春新区\n");
  expect(decodeText(Buffer.from("\uFEFFid,name_zh\n"), "f")).toBe("id,name_zh\n");
});

test("decodeText(GBK bytes) names file, line and byte offset and suggests converting from GB18030 with iconv", () => {
  const text =
    "id,name_zh,name_en\narea,长春新区,Changchun New Area\npark,精细化工产业园,Fine Chemical Park\n";
  const d = problem(encodeLegacy("gbk", text));
  expect(d.file).toBe("data/raw/subjects.csv");
  expect(d.line).toBe(2);
  // "id,name_zh,name_en\n" is 19 bytes, "area," 5 more: the first GBK byte is at offset 24.
  expect(d.reason).toMatch(/not valid UTF-8 at byte offset 24\b/);
  expect(d.reason).toMatch(/GB18030/);
  expect(d.reason).toContain("iconv -f GB18030 -t UTF-8 subjects.csv > subjects.utf8.csv");
});

test("decodeText(Big5 bytes) suggests converting from Big5", () => {
  const text = "id,name_zh\narea,長春新區\npark,精細化工產業園\nproject,長光衛星二期項目\n";
  const d = problem(encodeLegacy("big5", text));
  expect(d.line).toBe(2);
  expect(d.reason).toMatch(/Big5/);
  expect(d.reason).toContain("iconv -f BIG5 -t UTF-8 subjects.csv > subjects.utf8.csv");
});

test("decodeText(UTF-16 with its BOM, as Excel saves 'Unicode text') suggests converting from UTF-16", () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("id,name_zh\n长春\n", "utf16le")]);
  const d = problem(bytes);
  expect(d.line).toBe(1);
  expect(d.reason).toMatch(/UTF-16/);
  expect(d.reason).toContain("iconv -f UTF-16 -t UTF-8");
});

test("decodeText(bytes with a NUL) refuses a binary file, naming the offset", () => {
  const d = problem(Buffer.from("ab\ncd\u0000ef"), "x.bin");
  expect(d).toMatchObject({ file: "x.bin", line: 2 });
  expect(d.reason).toMatch(/binary.*NUL byte at byte offset 5/);
});

test("decodeText(bytes in no known encoding) says to save the file as UTF-8", () => {
  const d = problem(Uint8Array.of(0x61, 0x0a, 0x62, 0xff, 0xff, 0xff));
  expect(d.line).toBe(2);
  expect(d.reason).toMatch(/not valid UTF-8 at byte offset 3/);
  expect(d.reason).toMatch(/save it as UTF-8/);
});

test("firstInvalidUtf8(bytes) finds overlong forms, surrogates, stray and truncated sequences", () => {
  expect(firstInvalidUtf8(Buffer.from("长春 ok 🙂"))).toBe(-1);
  expect(firstInvalidUtf8(Uint8Array.of(0x41, 0xc0, 0x80))).toBe(1); // overlong NUL
  expect(firstInvalidUtf8(Uint8Array.of(0xe0, 0x80, 0x80))).toBe(0); // overlong
  expect(firstInvalidUtf8(Uint8Array.of(0x41, 0xed, 0xa0, 0x80))).toBe(1); // surrogate
  expect(firstInvalidUtf8(Uint8Array.of(0x80))).toBe(0); // stray continuation
  expect(firstInvalidUtf8(Uint8Array.of(0x41, 0x42, 0xe9, 0x95))).toBe(2); // truncated at the end
  expect(firstInvalidUtf8(Uint8Array.of(0xf4, 0x90, 0x80, 0x80))).toBe(0); // beyond U+10FFFF
});
