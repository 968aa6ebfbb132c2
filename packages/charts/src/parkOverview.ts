import type { SubjectOverviewRow } from "@newarea/data";
import type { ChartOptions } from "./ChartDescription.ts";
import { describeParkOverview, type ParkOverviewOptions } from "./describeParkOverview.ts";
import { drawInvestmentRows } from "./investmentScale.ts";
import { knownPhrase, type OverviewSubject, parkOverviewModel } from "./parkOverviewModel.ts";

/** Pixels a phase's name is set in under its park, per level. */
const INDENT = 14;

/**
 * Draws every park, project and zone on one horizontal axis of yuan, as `investmentScale` draws investment
 * (bars, open-ended floors, ranges where sources disagree, 未披露), in reading order: parks and projects by
 * what is known, each with its phases under it (names set in), zones last; under each row, in small type,
 * how many figures and milestones the sources give and how many later reports there are. Returns Plot's SVG.
 */
export function parkOverview(
  rows: readonly SubjectOverviewRow[],
  options: ParkOverviewOptions & ChartOptions,
): SVGElement | HTMLElement {
  const subjects = parkOverviewModel(rows, options.lang);
  const byId = new Map<string, OverviewSubject>(subjects.map((s) => [s.id, s]));
  return drawInvestmentRows(subjects, options.description ?? describeParkOverview(rows, options), options, {
    indent: (id) => (byId.get(id)?.depth ?? 0) * INDENT,
    note: (s) => {
      const known = byId.get(s.id);
      return known ? knownPhrase(known, options.lang) : undefined;
    },
  });
}
