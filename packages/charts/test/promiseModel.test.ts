import { MEASURES } from "@newarea/data/format";
import { describe, expect, it } from "vitest";
import { PROMISE_COLORS, promiseAmount, promiseMeasureColor, promiseUpper } from "../src/promiseModel.ts";
import { PROMISE_ROWS } from "./fixtures/outputPromises.ts";

const cluster = PROMISE_ROWS.find((r) => r.measure === "cluster_output_target");
const capacity = PROMISE_ROWS.find((r) => r.measure === "new_capacity_value");

describe("promiseModel", () => {
  it("promiseUpper(百亿级) is ten times its value; an exact figure is its own upper end", () => {
    if (!cluster || !capacity) throw new Error("fixture");
    expect(promiseUpper(cluster)).toBe(1e11);
    expect(promiseUpper(capacity)).toBe(3e10);
  });

  it("promiseAmount(百亿级) spells out the decade it spans", () => {
    if (!cluster) throw new Error("fixture");
    expect(promiseAmount(cluster, "zh")).toBe("百亿元量级（100亿–1000亿元）");
    expect(promiseAmount(cluster, "en")).toBe(
      "on the order of CNY 10 billion (CNY 10 billion to CNY 100 billion)",
    );
  });

  it("PROMISE_COLORS colours measures MEASURES lists; promiseMeasureColor greys any other", () => {
    for (const m of Object.keys(PROMISE_COLORS)) expect(Object.keys(MEASURES)).toContain(m);
    expect(promiseMeasureColor("something_else")).toBe("#8a8f98");
  });
});
