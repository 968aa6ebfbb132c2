import { DIMMED_OPACITY } from "./palette.ts";

/** Returns a row's opacity: dimmed when another subject is highlighted, full otherwise. */
export function rowOpacity(highlight: string | undefined, id: string): number {
  return highlight !== undefined && id !== highlight ? DIMMED_OPACITY : 1;
}

/**
 * Returns the opacity channel for marks whose data carry `opacity`: a channel only when a subject is
 * highlighted, so an ordinary chart carries no opacity attributes.
 */
export function opacityChannel(highlight: string | undefined) {
  return highlight === undefined ? undefined : ({ value: "opacity", scale: null } as const);
}

export type OpacityChannel = ReturnType<typeof opacityChannel>;
