/**
 * Where in a source a figure or a milestone was read, in words a reader can use to find it. The data files
 * hold one of these terms in their `location` column; the tables carry it in Chinese and in English. The
 * list is closed on purpose: a location names a place in the published report, never one of our own files.
 */
export const LOCATIONS = {
  "body text": { zh: "正文", en: "body text" },
  summary: { zh: "摘要", en: "summary" },
  "no copy": { zh: "未找到报道副本，未能核对", en: "not checked: no copy of the report found" },
} as const satisfies Record<string, { zh: string; en: string }>;

/** A location in both languages. */
export interface Location {
  zh: string;
  en: string;
}

/**
 * Returns a location term (`line 4`, `body text`, `summary`, `no copy`) in Chinese and English, or
 * undefined when the term is not in the vocabulary. `line N` is the N-th line (1-based) of the primary text
 * as we transcribed it.
 */
export function readLocation(term: string): Location | undefined {
  const line = /^line ([1-9][0-9]*)$/.exec(term);
  if (line) return { zh: `第${line[1]}行`, en: `line ${line[1]}` };
  return Object.hasOwn(LOCATIONS, term) ? LOCATIONS[term as keyof typeof LOCATIONS] : undefined;
}

/** The vocabulary as a sentence, for error messages and documentation. */
export const LOCATION_TERMS = ["line N", ...Object.keys(LOCATIONS)].join(", ");
