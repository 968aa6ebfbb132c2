import type { Bound, DatePrecision, Lang, SourceRow } from "@newarea/data";
import { formatAmount, formatDate, formatPeriod, measureLabel } from "@newarea/data/format";
import { escapeHtml } from "../render/escapeHtml.ts";
import type { LedgerHref } from "../render/renderProse.ts";

/** What the tip of a mark says about a figure or a milestone: any chart row with these columns. */
interface TipRow {
  subject_id?: string | null;
  measure?: string;
  name_zh?: string;
  name_en?: string;
  subject_name_zh?: string;
  subject_name_en?: string;
  figure_id?: string | null;
  milestone_id?: string;
  value?: number | null;
  unit?: string;
  bound?: Bound | null;
  as_written?: string | null;
  source_id?: string | null;
  source_date?: string | null;
  date?: string;
  precision?: DatePrecision;
  status?: "planned" | "done";
  event_zh?: string;
  event_en?: string;
}

/** Where a tip links: the figure's line in the ledger, and the park's page when there is one. */
export interface TipLinks {
  ledgerHref: LedgerHref;
  /** The page of a park or project, by subject id; no link when absent. */
  parkHref?: ((subjectId: string) => string) | undefined;
}

const WORDS = {
  zh: {
    bound: {
      exact: "确数",
      at_least: "下限",
      at_most: "上限",
      approx: "约数",
      order_of_magnitude: "数量级",
    },
    asWritten: "原文",
    ledger: "核查表",
    park: "园区页",
    done: "已完成",
    planned: "计划",
    none: "未披露",
    sep: "，",
    paren: ["（", "）"],
  },
  en: {
    bound: {
      exact: "exact",
      at_least: "lower bound",
      at_most: "upper bound",
      approx: "approximate",
      order_of_magnitude: "order of magnitude",
    },
    asWritten: "as written",
    ledger: "ledger",
    park: "park page",
    done: "done",
    planned: "planned",
    none: "not disclosed",
    sep: ", ",
    paren: [" (", ")"],
  },
} as const;

/** Returns the key's rows: a subject's (or a measure's) rows, narrowed by the item after `/` when it names one. */
function rowsOf(rows: readonly TipRow[], key: string): TipRow[] {
  const [head = "", item] = key.split("/");
  const own = rows.filter((r) => r.subject_id === head || (!r.subject_id && r.measure === head));
  if (item === undefined) return own;
  const ids = new Set(item.split("+"));
  const narrowed = own.filter(
    (r) =>
      (r.figure_id && ids.has(r.figure_id)) ||
      (r.milestone_id && ids.has(r.milestone_id)) ||
      (r.source_id && ids.has(r.source_id)),
  );
  return narrowed.length > 0 ? narrowed : own;
}

/** Returns one line of a tip: the figure or date, its bound or status, as written, source and date, ledger link. */
function line(r: TipRow, lang: Lang, sources: ReadonlyMap<string, SourceRow>, links: TipLinks): string {
  const w = WORDS[lang];
  const source = r.source_id ? sources.get(r.source_id) : undefined;
  const publisher = source ? (lang === "zh" ? source.publisher_zh : source.publisher_en) : "";
  const when = r.source_date ?? source?.date;
  const from = [publisher, when ? formatPeriod(when, lang) : ""].filter(Boolean).join(w.sep);
  let head: string;
  let detail: string;
  let href: string | undefined;
  if (r.milestone_id && r.date && r.precision) {
    const event = lang === "zh" ? r.event_zh : r.event_en;
    head = `${escapeHtml(formatDate(r.date, r.precision, lang))}${event ? `${w.sep}${escapeHtml(event)}` : ""}`;
    detail = r.status ? w[r.status] : "";
    href = links.ledgerHref({ id: r.milestone_id, kind: "date", value: r.date, text: "", format: "" });
  } else if (r.figure_id && typeof r.value === "number" && r.bound) {
    const amount = { value: r.value, unit: (r.unit ?? "CNY") as "CNY", bound: r.bound };
    const measure = r.measure ? `${escapeHtml(measureLabel(r.measure, lang))}${w.sep}` : "";
    head = `${measure}<b>${escapeHtml(formatAmount(amount, lang))}</b>`;
    detail = w.bound[r.bound];
    href = links.ledgerHref({
      id: r.figure_id,
      kind: "figure",
      value: String(r.value),
      text: "",
      format: "",
    });
  } else {
    return `<li>${w.none}</li>`;
  }
  const written = r.as_written
    ? `${w.asWritten} <q lang="zh-Hans">${escapeHtml(r.as_written)}</q>${w.sep}`
    : "";
  const ledger = href ? ` <a href="${escapeHtml(href)}">${w.ledger}</a>` : "";
  const [open, close] = w.paren;
  const bound = detail ? `<span class="tip-bound">${open}${escapeHtml(detail)}${close}</span>` : "";
  return `<li>${head}${bound}<br><span class="tip-from">${written}${escapeHtml(from)}</span>${ledger}</li>`;
}

/**
 * Returns the tip of each mark key (`subject`, `subject/item`): what a reader sees on tapping, hovering
 * or reaching the mark by keyboard — each figure formatted, its bound, the words as written, the source
 * and its date, and a link to the figure's ledger line; the park's page for a subject. A `subject/item`
 * key gets its own tip only when it says less than its subject's, which the browser falls back to.
 */
export function markTips(
  rows: readonly TipRow[],
  keys: readonly string[],
  lang: Lang,
  sources: readonly SourceRow[],
  links: TipLinks,
): Record<string, string> {
  const bySource = new Map(sources.map((s) => [s.id, s]));
  const tips: Record<string, string> = {};
  const html = (key: string, own: TipRow[]) => {
    const first = own[0];
    const name = first
      ? lang === "zh"
        ? (first.name_zh ?? first.subject_name_zh)
        : (first.name_en ?? first.subject_name_en)
      : undefined;
    const title = name ?? (first?.measure ? measureLabel(first.measure, lang) : key);
    const subject = first?.subject_id;
    const park =
      subject && links.parkHref
        ? ` <a href="${escapeHtml(links.parkHref(subject))}">${WORDS[lang].park}</a>`
        : "";
    const lines = own.map((r) => line(r, lang, bySource, links)).join("");
    return `<p class="tip-name">${escapeHtml(title)}${park}</p><ul>${lines}</ul>`;
  };
  for (const key of keys) {
    const head = key.split("/")[0] as string;
    const own = rowsOf(rows, key);
    if (own.length === 0) continue;
    const text = html(key, own);
    if (key !== head && tips[head] === undefined) {
      const whole = rowsOf(rows, head);
      if (whole.length > 0) tips[head] = html(head, whole);
    }
    if (key === head || tips[head] !== text) tips[key] = text;
  }
  return tips;
}
