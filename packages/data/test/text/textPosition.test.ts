import { expect, test } from "vitest";
import { characterBefore, textPosition } from "../../src/text/textPosition.ts";

test("textPosition(text, index) is 1-based and counts columns in characters", () => {
  expect(textPosition("甲乙", 0)).toEqual({ line: 1, column: 1 });
  expect(textPosition("甲\n𠀀乙", 4)).toEqual({ line: 2, column: 2 });
  expect(textPosition("a\r\nb\rc", 5)).toEqual({ line: 3, column: 1 });
});

test("characterBefore(text, index) returns a whole code point, or '' at the start", () => {
  expect(characterBefore("甲𠀀?", 3)).toBe("𠀀");
  expect(characterBefore("要?", 1)).toBe("要");
  expect(characterBefore("?", 0)).toBe("");
});
