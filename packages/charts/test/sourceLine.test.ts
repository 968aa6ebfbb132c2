import { describe, expect, it } from "vitest";
import { publisherName, sourceLine } from "../src/sourceLine.ts";

const sources = { a: { zh: "甲报", en: "A Daily" }, b: "B Net" };

describe("sourceLine(ids, lang, sources)", () => {
  it("sourceLine names each publisher once, in first-seen order", () => {
    expect(sourceLine(["a", "b", "a", null], "zh", sources)).toBe("来源：甲报、B Net");
    expect(sourceLine(["a", "b", "a"], "en", sources)).toBe("Sources: A Daily and B Net");
  });

  it("sourceLine says Source for one publisher and shows unknown ids as they are", () => {
    expect(sourceLine(["x-2023"], "en")).toBe("Source: x-2023");
  });

  it("publisherName picks the reader's language", () => {
    expect(publisherName("a", "en", sources)).toBe("A Daily");
    expect(publisherName("b", "zh", sources)).toBe("B Net");
  });
});
