import { expect, test } from "vitest";
import { AmountParseError } from "../../src/amount/AmountParseError.ts";

test("new AmountParseError(text, reason) quotes the text and says why", () => {
  const error = new AmountParseError("一些钱", "no number found");
  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe("AmountParseError");
  expect(error.message).toBe('cannot read amount "一些钱": no number found');
  expect(error.text).toBe("一些钱");
  expect(error.reason).toBe("no number found");
});
