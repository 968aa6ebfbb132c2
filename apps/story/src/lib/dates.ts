import { formatDate } from "@newarea/data/format";
import type { Lang } from "./i18n.ts";

/** Returns an ISO date as precise as written (`2023`, `2023-08`, `2023-05-08`) for readers of `lang`. */
export function formatDateLoose(date: string, lang: Lang): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatDate(date, "day", lang);
  if (/^\d{4}-\d{2}$/.test(date)) return formatDate(date, "month", lang);
  if (/^\d{4}$/.test(date)) return formatDate(date, "year", lang);
  return date;
}
