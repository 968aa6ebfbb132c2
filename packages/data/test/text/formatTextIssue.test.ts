import { expect, test } from "vitest";
import { formatTextIssue } from "../../src/text/formatTextIssue.ts";

test("formatTextIssue(issue) writes a lost character with its reading, phantom and suggestion", () => {
  expect(
    formatTextIssue({
      kind: "lost_character",
      line: 2,
      column: 11,
      index: 72,
      raw: "?jiǎng)?wù)",
      pinyin: "wù",
      phantomPinyin: "jiǎng",
      phantom: "獎",
      suggestion: "务",
      outputIndex: 29,
      context: "是第一要□,项目是",
    }),
  ).toBe(
    '2:11 lost_character "?jiǎng)?wù)" read wù (phantom 獎 jiǎng), probably 务, shown in “是第一要□,项目是”',
  );
});

test("formatTextIssue(issue) writes html debris and what replaced it", () => {
  const base = { kind: "html_debris", line: 3, column: 192, index: 291, outputIndex: 141 } as const;
  expect(formatTextIssue({ ...base, raw: "?!?/p>", replacement: "。", context: "提质提效。" })).toBe(
    '3:192 html_debris "?!?/p>" replaced by 。, shown in “提质提效。”',
  );
  expect(formatTextIssue({ ...base, raw: "?/p>", replacement: "", context: "好。" })).toBe(
    '3:192 html_debris "?/p>" removed, shown in “好。”',
  );
});
