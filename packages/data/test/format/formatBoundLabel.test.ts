import { expect, test } from "vitest";
import { formatBoundLabel } from "../../src/format/formatBoundLabel.ts";
import type { Bound } from "../../src/types.ts";

test.each<[Bound, string, string]>([
  ["exact", "精确", "exact"],
  ["at_least", "至少", "at least"],
  ["approx", "约", "about"],
  ["at_most", "不超过", "at most"],
  ["order_of_magnitude", "数量级", "order of magnitude"],
])("formatBoundLabel('%s', lang) is zh %s, en %s", (bound, zh, en) => {
  expect(formatBoundLabel(bound, "zh")).toBe(zh);
  expect(formatBoundLabel(bound, "en")).toBe(en);
});
