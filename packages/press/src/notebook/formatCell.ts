import type { Lang } from "@newarea/data";
import { NULL_TEXT } from "../render/nullDisplay.ts";
import { NB_UI } from "./ui.ts";

/** A value longer than this many characters is shown by its start and its length. */
export const LONG_VALUE = 500;

/** Returns text as shown in a table: whole, or its first LONG_VALUE characters and its length. */
function shorten(text: string, lang: Lang): string {
  if (text.length <= LONG_VALUE) return text;
  return `${text.slice(0, LONG_VALUE)}…${NB_UI[lang].longValue(text.length)}`;
}

/** A result value as shown in a table: its text and whether it is a number (right-aligned) or null. */
export interface ShownValue {
  text: string;
  kind: "num" | "null" | "text";
}

/**
 * Returns how a value of a query result is shown: numbers grouped by three digits as SQL tools show them
 * (the raw value stays exact: up to 6 decimals), null as the site's dash, lists and structs as JSON, a
 * very long text by its start and its length (drawing 50 MB of text would stall the page). The same in
 * the built page and in the browser.
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
  if (typeof v === "object") return { text: shorten(JSON.stringify(v), lang), kind: "text" };
  return { text: shorten(String(v), lang), kind: "text" };
}
