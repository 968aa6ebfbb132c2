import type { Scaled } from "./renderScaled.ts";

/** Returns `-` for a negative rendering, `+` for a positive one when `signed`, and otherwise nothing. */
export function signOf(scaled: Scaled, signed: boolean | undefined): string {
  if (scaled.negative) return "-";
  return signed && scaled.digits !== "0" ? "+" : "";
}
