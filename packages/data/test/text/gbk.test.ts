import { expect, test } from "vitest";
import { gbkBytes, phantomCharacter } from "../../src/text/gbk.ts";

test("gbkBytes(char) gives the two GBK bytes of a character, undefined for ASCII", () => {
  expect(gbkBytes("要")).toEqual([0xd2, 0xaa]);
  expect(gbkBytes("務")).toEqual([0x84, 0xd5]);
  expect(gbkBytes("a")).toBeUndefined();
});

test("phantomCharacter(before, lost) rebuilds the mirror's straddling matches 獎 and 購", () => {
  // 要 D2 AA + 務 84 D5: AA 84 is 獎 (jiǎng). 百 B0 D9 + 強 8F 8A: D9 8F is 購 (gòu).
  expect(phantomCharacter("要", "務")).toBe("獎");
  expect(phantomCharacter("百", "強")).toBe("購");
  // 步 B2 BD + 決 9B 51: BD 9B is 經 (jīng), the `?jīng)Q` other pages of the mirror show.
  expect(phantomCharacter("步", "決")).toBe("經");
  expect(phantomCharacter(")", "務")).toBeUndefined();
});
