import { expect, test } from "vitest";
import { scanScrapedText } from "../../src/text/scanScrapedText.ts";

test("scanScrapedText(text) drops annotations and keeps the Traditional text around them", () => {
  expect(scanScrapedText("長(zhǎng)春新區(qū)").join("")).toBe("長春新區");
});

test("scanScrapedText(text) reads ?a)?b) as one lost character read b after a phantom read a", () => {
  expect(scanScrapedText("要?jiǎng)?wù),")).toEqual([
    "要",
    { kind: "lost_character", index: 1, raw: "?jiǎng)?wù)", pinyin: "wù", phantomPinyin: "jiǎng" },
    ",",
  ]);
});

test("scanScrapedText(text) leaves a question mark that is not damage alone", () => {
  expect(scanScrapedText("为什么?(人民时评)").join("")).toBe("为什么?(人民时评)");
  expect(scanScrapedText("a?b=1&c=2").join("")).toBe("a?b=1&c=2");
});

test("scanScrapedText(text) turns an eaten closing block tag into debris plus a line break when text follows", () => {
  expect(scanScrapedText("效?!?/p>截至")).toEqual([
    "效",
    { kind: "html_debris", index: 1, raw: "?!?/p>", replacement: "。" },
    "\n",
    "截至",
  ]);
  expect(scanScrapedText("效?/span>")).toEqual([
    "效",
    { kind: "html_debris", index: 1, raw: "?/span>", replacement: "" },
  ]);
});

test("scanScrapedText(text) breaks lines at closing block tags and <br> only where no break follows", () => {
  expect(scanScrapedText('甲</p>\n乙<br>丙<br />\n丁</div><div class="x">戊<b>己</b>').join("")).toBe(
    "甲\n乙\n丙\n丁\n戊己",
  );
});
