import { expect, test } from "vitest";
import { MEASURES, measureLabel } from "../src/measures.ts";

test("measureLabel(measure, lang) is the measure's name from MEASURES in that language", () => {
  expect(measureLabel("cluster_output_target", "zh")).toBe("产业集群规模目标");
  expect(measureLabel("cluster_output_target", "en")).toBe("industry cluster size target");
  for (const [key, spec] of Object.entries(MEASURES)) expect(measureLabel(key, "en")).toBe(spec.en);
});

test("measureLabel(unknown, lang) is the key itself, so that nothing is hidden", () => {
  expect(measureLabel("not_a_measure", "zh")).toBe("not_a_measure");
});
