import type { Bound, Lang } from "../types.ts";

const LABELS: Record<Lang, Record<Bound, string>> = {
  zh: { exact: "精确", at_least: "至少", approx: "约", at_most: "不超过", order_of_magnitude: "数量级" },
  en: {
    exact: "exact",
    at_least: "at least",
    approx: "about",
    at_most: "at most",
    order_of_magnitude: "order of magnitude",
  },
};

/** Returns a short word for a bound, for legends and tables: zh `至少`, en `at least`. */
export function formatBoundLabel(bound: Bound, lang: Lang): string {
  return LABELS[lang][bound];
}
