import { expect, test } from "vitest";
import { lineAfter, lineBefore, lineContext } from "../../src/text/lineContext.ts";

test("lineContext(text, start, end, width) stays on the line of the span", () => {
  const text = "第一行\n发展是第一要□,项目是第一支撑\n末行";
  const at = text.indexOf("□");
  expect(lineContext(text, at, at + 1)).toBe("是第一要□,项目是");
  expect(lineContext(text, at, at + 1, 1)).toBe("要□,");
  expect(lineContext("□", 0, 1)).toBe("□");
});

test("lineBefore(text, i) and lineAfter(text, i) stop at line breaks", () => {
  expect(lineBefore("甲\n乙丙", 4)).toBe("乙丙");
  expect(lineAfter("甲乙\n丙", 1)).toBe("乙");
});
