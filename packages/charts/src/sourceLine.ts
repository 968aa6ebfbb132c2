import type { Lang } from "@newarea/data";
import type { PublisherName } from "./ChartDescription.ts";
import { joinList } from "./localize.ts";

type Publishers = Readonly<Record<string, PublisherName>>;

/** Returns the publisher's name for a source id in `lang`, or the id itself when `sources` does not name it. */
export function publisherName(id: string, lang: Lang, sources: Publishers = {}): string {
  const known = sources[id];
  return known === undefined ? id : typeof known === "string" ? known : known[lang];
}

/**
 * Returns the source line naming each publisher once, in first-seen order: zh `来源：甲报、乙网`,
 * en `Sources: A Daily and B Net`.
 */
export function sourceLine(sourceIds: Iterable<string | null>, lang: Lang, sources: Publishers = {}): string {
  const names: string[] = [];
  for (const id of sourceIds) {
    const name = id === null ? undefined : publisherName(id, lang, sources);
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  if (lang === "zh") return `来源：${names.join("、")}`;
  return `${names.length === 1 ? "Source" : "Sources"}: ${joinList(names, lang)}`;
}

/** The source ids of a chart's rows, in order: what sourceLine() names. */
export function sourceIds(rows: readonly { source_id: string | null }[]): (string | null)[] {
  return rows.map((r) => r.source_id);
}
