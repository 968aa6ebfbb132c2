import {
  type Bound,
  boundLabel,
  boundMeaning,
  type ConflictRow,
  formatAmount,
  formatDate,
  formatPeriod,
  type Lang,
  type LedgerRow,
  MEASURES,
  type MilestoneTimelineRow,
  measureLabel,
  type SourceRow,
  type Unit,
} from "@newarea/data";
import { escapeHtml } from "../render/escapeHtml.ts";
import { figureHtml } from "../render/renderProse.ts";
import { type ReadingWords, SUBJECT_PHRASES } from "./subjectPhrases.ts";

/** Where a subject page's links go. */
export interface SubjectLinks {
  /** The ledger line of a figure (`/sources/#fig-<id>`). */
  figureHref: (figureId: string) => string;
  /** The ledger line of a milestone (`/sources/#ms-<id>`). */
  milestoneHref: (milestoneId: string) => string;
  /** A subject's own page (`/parks/<id>/`). */
  subjectHref: (subjectId: string) => string;
}

/** Who published a figure or milestone, in the page's language. */
export interface SourceRef {
  id: string;
  publisher: string;
  title: string;
  /** The publication date in words, and as written in the data (ISO, as precise as known). */
  date: string;
  dateIso: string;
  primary: boolean;
}

/** A figure as a subject page shows it: the value printed, how exact it is, when, who said it and how it was read. */
export interface FigureEntry {
  id: string;
  measure: string;
  measureLabel: string;
  /** The raw value in base units, and the value as the site prints it. */
  value: number;
  unit: Unit;
  bound: Bound;
  text: string;
  boundLabel: string;
  boundMeaning: string;
  /** The period the figure describes, in words; null for a total with no period. */
  period: string | null;
  asWritten: string;
  readAs: string | null;
  location: string;
  note: string | null;
  source: SourceRef;
  href: string;
  later: boolean;
}

/** Figures of one measure, in order. */
export interface FigureGroup {
  measure: string;
  label: string;
  figures: FigureEntry[];
}

/** A milestone as a subject page shows it. */
export interface MilestoneEntry {
  id: string;
  date: string;
  dateIso: string;
  status: "planned" | "done";
  statusLabel: string;
  event: string;
  asWritten: string;
  location: string;
  note: string | null;
  source: SourceRef;
  href: string;
}

/** A disagreement between sources on one measure and period, spelled out reading by reading. */
export interface Disagreement {
  measure: string;
  label: string;
  period: string | null;
  /** The readings, lowest first, by figure id. */
  figureIds: string[];
  /** The sentence that lists every reading with who gave it (HTML). */
  html: string;
}

/** Returns the story's year: the year of the primary source, which decides what is a later report. */
export function storyYear(sources: readonly SourceRow[]): string {
  const primary = sources.find((s) => s.kind === "primary");
  if (!primary) throw new Error("the data has no primary source: the story's year is unknown");
  return primary.date.slice(0, 4);
}

/** Returns the source of a figure or milestone in `lang`. */
export function sourceRef(id: string, sources: readonly SourceRow[], lang: Lang): SourceRef {
  const s = sources.find((x) => x.id === id);
  if (!s) throw new Error(`unknown source "${id}"`);
  const zh = lang === "zh";
  return {
    id,
    publisher: zh ? s.publisher_zh : s.publisher_en,
    title: zh ? s.title_zh : s.title_en,
    date: formatPeriod(s.date, lang),
    dateIso: s.date,
    primary: s.kind === "primary",
  };
}

/** Returns a figure of the ledger as a subject page shows it. */
export function figureEntry(
  r: LedgerRow,
  sources: readonly SourceRow[],
  lang: Lang,
  links: SubjectLinks,
): FigureEntry {
  const zh = lang === "zh";
  return {
    id: r.figure_id,
    measure: r.measure,
    measureLabel: measureLabel(r.measure, lang),
    value: r.value,
    unit: r.unit,
    bound: r.bound,
    text: formatAmount(r, lang),
    boundLabel: boundLabel(r.bound, lang),
    boundMeaning: boundMeaning(r.bound, lang),
    period: r.period ? formatPeriod(r.period, lang) : null,
    asWritten: r.as_written,
    readAs: r.read_as,
    location: zh ? r.source_location_zh : r.source_location_en,
    note: zh ? r.note_zh : r.note_en,
    source: sourceRef(r.source_id, sources, lang),
    href: links.figureHref(r.figure_id),
    later: r.is_later,
  };
}

// Total investment first (what the pages are about), then the measures in the vocabulary's order.
const MEASURE_ORDER = ["total_investment", ...Object.keys(MEASURES).filter((m) => m !== "total_investment")];

/** Returns figures grouped by measure (total investment first), each group by value, then source date. */
export function groupFigures(figures: readonly FigureEntry[]): FigureGroup[] {
  const groups = new Map<string, FigureEntry[]>();
  const sorted = [...figures].sort(
    (a, b) =>
      MEASURE_ORDER.indexOf(a.measure) - MEASURE_ORDER.indexOf(b.measure) ||
      a.value - b.value ||
      a.source.dateIso.localeCompare(b.source.dateIso) ||
      a.id.localeCompare(b.id),
  );
  for (const f of sorted) groups.set(f.measure, [...(groups.get(f.measure) ?? []), f]);
  return [...groups.values()].map((fs) => ({
    measure: fs[0]?.measure ?? "",
    label: fs[0]?.measureLabel ?? "",
    figures: fs,
  }));
}

/** Returns a milestone as a subject page shows it. */
export function milestoneEntry(
  m: MilestoneTimelineRow,
  sources: readonly SourceRow[],
  lang: Lang,
  links: SubjectLinks,
): MilestoneEntry {
  const zh = lang === "zh";
  return {
    id: m.milestone_id,
    date: formatDate(m.date, m.precision, lang),
    dateIso: m.date,
    status: m.status,
    statusLabel: SUBJECT_PHRASES[lang].status[m.status],
    event: zh ? m.event_zh : m.event_en,
    asWritten: m.as_written,
    location: zh ? m.source_location_zh : m.source_location_en,
    note: zh ? m.note_zh : m.note_en,
    source: sourceRef(m.source_id, sources, lang),
    href: links.milestoneHref(m.milestone_id),
  };
}

/** Returns text as written in a source, quoted, in its own language (a few sources are English pages). */
export function quoteHtml(text: string): string {
  const lang = /\p{Script=Han}/u.test(text) ? "zh-Hans" : "en";
  return `<q lang="${lang}">${escapeHtml(text)}</q>`;
}

/** Returns a figure printed in a sentence, linked to its ledger line, with its id and raw value. */
export function figureInText(f: FigureEntry): string {
  return figureHtml({ id: f.id, kind: "figure", value: String(f.value), text: f.text, format: "" }, f.href);
}

/** Returns the words of a reading for the sentences: who gave it, the text as written and the figure printed. */
export function readingWords(f: FigureEntry): ReadingWords {
  return {
    publisher: escapeHtml(f.source.publisher),
    date: escapeHtml(f.source.date),
    primary: f.source.primary,
    later: f.later,
    written: quoteHtml(f.asWritten),
    figure: figureInText(f),
    writtenDiffers: f.asWritten !== f.text,
  };
}

/**
 * Returns every disagreement on a subject (the `conflicts` rows of one subject) as sentences listing each
 * reading with who gave it, one per measure and period, in the order `conflicts` gives them.
 */
export function disagreements(
  conflicts: readonly ConflictRow[],
  entries: ReadonlyMap<string, FigureEntry>,
  lang: Lang,
): Disagreement[] {
  const groups = new Map<string, ConflictRow[]>();
  for (const c of conflicts) {
    const key = `${c.measure}|${c.period ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((rows) => {
    const first = rows[0] as ConflictRow;
    const readings = rows
      .map((r) => {
        const entry = entries.get(r.figure_id);
        if (!entry)
          throw new Error(`conflicts lists figure "${r.figure_id}", which the ledger does not have`);
        return entry;
      })
      .sort((a, b) => a.value - b.value || a.source.dateIso.localeCompare(b.source.dateIso));
    const label = measureLabel(first.measure, lang);
    const period = first.period ? formatPeriod(first.period, lang) : null;
    return {
      measure: first.measure,
      label,
      period,
      figureIds: readings.map((f) => f.id),
      html: SUBJECT_PHRASES[lang].disagreement(
        escapeHtml(label),
        escapeHtml(period ?? ""),
        readings.map(readingWords),
      ),
    };
  });
}
