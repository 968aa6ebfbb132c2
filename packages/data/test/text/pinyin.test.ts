import { expect, test } from "vitest";
import { isPinyinSyllable } from "../../src/text/pinyin.ts";

test("isPinyinSyllable(text) accepts toned syllables, composed or decomposed", () => {
  for (const s of ["zhǎng", "qū", "xiàng", "lǜ", "chuàng", "zha\u030cng"])
    expect(isPinyinSyllable(s)).toBe(true);
});

test("isPinyinSyllable(text) rejects toneless Latin, capitals, Han and several words", () => {
  for (const s of ["good", "GMP", "Zhǎng", "北京", "zhǎng chūn", ""]) expect(isPinyinSyllable(s)).toBe(false);
});
