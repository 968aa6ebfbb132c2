import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { expect, test } from "vitest";
import { guessEncoding } from "../../src/pipeline/guessEncoding.ts";
import { encodeLegacy, FIXTURE } from "../helpers.ts";

const simplified = ["subjects.csv", "figures.csv", "milestones.csv"]
  .map((f) => readFileSync(join(FIXTURE, "raw", f), "utf8"))
  .join("");
const traditional = OpenCC.Converter({ from: "cn", to: "tw" })(simplified);

/** Keeps the characters an encoding has, as a spreadsheet saving in it would (dropping the rest). */
const encodable = (label: "gbk" | "big5", text: string) =>
  [...text]
    .filter((c) => {
      try {
        encodeLegacy(label, c);
        return true;
      } catch {
        return false;
      }
    })
    .join("");

test("guessEncoding(the fixture's CSVs saved as GBK) is GB18030", () => {
  expect(guessEncoding(encodeLegacy("gbk", simplified))).toBe("GB18030");
});

test("guessEncoding(the fixture's CSVs in Traditional characters saved as Big5) is BIG5", () => {
  const text = encodable("big5", traditional);
  expect(text.length).toBeGreaterThan(traditional.length * 0.95);
  expect(guessEncoding(encodeLegacy("big5", text))).toBe("BIG5");
});

test("guessEncoding(Traditional characters saved as GBK) is still GB18030", () => {
  expect(guessEncoding(encodeLegacy("gbk", encodable("gbk", traditional)))).toBe("GB18030");
});

test("guessEncoding(a few characters) tells GBK from Big5 already", () => {
  expect(guessEncoding(encodeLegacy("gbk", "长春"))).toBe("GB18030");
  expect(guessEncoding(encodeLegacy("big5", "長春"))).toBe("BIG5");
});

test("guessEncoding(bytes neither encoding can read) is undefined", () => {
  expect(guessEncoding(Uint8Array.of(0x61, 0xff, 0xfe, 0xff))).toBeUndefined();
  expect(guessEncoding(Uint8Array.of(0xa4, 0x20))).toBeUndefined();
});
