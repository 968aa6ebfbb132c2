import { describe, expect, it } from "vitest";
import { periodLabel } from "../src/periodLabel.ts";

describe("periodLabel(period, lang)", () => {
  it("periodLabel('2023-H1') is the first half of 2023", () => {
    expect(periodLabel("2023-H1", "zh")).toBe("2023年上半年");
    expect(periodLabel("2023-H1", "en")).toBe("first half of 2023");
  });

  it("periodLabel is null for no period or an unknown shape", () => {
    expect(periodLabel(null, "zh")).toBeNull();
    expect(periodLabel("Jan–Apr 2023", "en")).toBeNull();
  });
});
