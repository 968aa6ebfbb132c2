import type { Lang } from "@newarea/data";
import { NULL_TEXT } from "../render/nullDisplay.ts";

/** A result value as shown in a table: its text and whether it is a number (right-aligned) or null. */
export interface ShownValue {
  text: string;
  kind: "num" | "null" | "text";
}

/**
 * Returns how a value of a query result is shown: numbers grouped by three digits as SQL tools show them
 * (the raw value stays exact: up to 6 decimals), null as the site's dash, lists and structs as JSON. The
 * same in the built page and in the browser.
 */
export function formatCell(v: unknown, lang: Lang): ShownValue {
  if (v === null || v === undefined) return { text: NULL_TEXT, kind: "null" };
  if (typeof v === "number") {
    return {
      text: v.toLocaleString(lang === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 6 }),
      kind: "num",
    };
  }
  if (typeof v === "boolean") return { text: String(v), kind: "text" };
  if (typeof v === "object") return { text: JSON.stringify(v), kind: "text" };
  return { text: String(v), kind: "text" };
}
