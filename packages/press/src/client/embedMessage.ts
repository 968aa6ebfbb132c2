// The two messages between an embed page (/embed/<step>/, in an iframe) and the page that embeds it. Both
// scripts import this file, so that the shape is written once; the host checks every message against it.

/** Sent by an embed page to its parent on load and whenever its content changes height. */
export const HEIGHT_MESSAGE = "newarea-embed:height";
/** Sent by the host script to each embed when it starts, in case the embed loaded (and spoke) before it. */
export const ASK_MESSAGE = "newarea-embed:ask";
/** No chart is taller than this: a larger height is not from one of our pages. */
export const MAX_HEIGHT = 20_000;

/** The message an embed page sends: the height of its content in CSS pixels. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

/** Returns the height a message carries, rounded up to a whole pixel, or undefined for anything else. */
export function readHeight(data: unknown): number | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const { type, height } = data as Record<string, unknown>;
  if (type !== HEIGHT_MESSAGE || typeof height !== "number" || !Number.isFinite(height)) return undefined;
  if (height <= 0 || height > MAX_HEIGHT) return undefined;
  return Math.ceil(height);
}

/** Says whether a message asks for the embed's height. */
export function isAsk(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as { type?: unknown }).type === ASK_MESSAGE;
}
