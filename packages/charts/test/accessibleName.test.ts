import { describe, expect, it } from "vitest";
import type { ChartDescription } from "../src/ChartDescription.ts";
import { accessibleName } from "../src/plotBase.ts";

const described = (subtitle: string, alt: string, source: string) =>
  ({ title: "T", subtitle, alt, source, table: { columns: [], rows: [] } }) as unknown as ChartDescription;

describe("accessibleName(description)", () => {
  it("ends a subtitle without a full stop with one before the next sentence, in English", () => {
    expect(
      accessibleName(described("CNY, on one axis", "Largest first.", "Source: A Daily")).ariaDescription,
    ).toBe("CNY, on one axis. Largest first. Source: A Daily.");
  });

  it("ends Chinese sentences with 。 and joins them without spaces", () => {
    expect(
      accessibleName(described("人民币元，同一坐标轴", "按最高数字排列。", "来源：长春日报")).ariaDescription,
    ).toBe("人民币元，同一坐标轴。按最高数字排列。来源：长春日报。");
  });
});
