import { expect, test } from "vitest";
import { type KnownWord, suggestedCharacter, suggestLostCharacter } from "../../src/text/knownWords.ts";

test("suggestLostCharacter(before, after, pinyin) finds the word the neighbours and reading fit", () => {
  const word = suggestLostCharacter("发展是第一要", ",项目", "wù");
  expect(word?.word).toBe("要务");
  expect(word && suggestedCharacter(word)).toBe("务");
  expect(suggestLostCharacter("公布“百", "县”榜单", "qiáng")?.traditional).toBe("強");
});

test("suggestLostCharacter(before, after, pinyin) refuses a reading that does not fit", () => {
  expect(suggestLostCharacter("发展是第一要", ",项目", "wú")).toBeUndefined();
  expect(suggestLostCharacter("一个", "字", "wù")).toBeUndefined();
});

test("suggestLostCharacter(before, after, pinyin, words) refuses when fitting words disagree", () => {
  const words: KnownWord[] = [
    { word: "要务", at: 1, pinyin: "wù", traditional: "務" },
    { word: "要物", at: 1, pinyin: "wù", traditional: "物" },
  ];
  expect(suggestLostCharacter("第一要", "", "wù", words)).toBeUndefined();
  expect(suggestLostCharacter("第一要", "", "wu\u0300", words.slice(0, 1))?.word).toBe("要务");
});
