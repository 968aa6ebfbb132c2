import type { RenderFunction } from "@observablehq/plot";

/**
 * A mark's key names what it stands for, the same in every state of a chart: the subject id for a row's
 * name, value label, bar or range (`fine-chemical-park`), and `<subject id>/<figure or milestone id>` for
 * what is drawn per figure or milestone (`optics-valley/f-0042`). All a subject draws is found with
 * `[data-key="id"], [data-key^="id/"]`; the same thing in two states is the same class and key.
 */
export type MarkKey = string;

/** Returns the key of a thing drawn for a subject: the subject id, then the id of the figure or milestone, if any. */
export function markKey(subjectId: string, itemId?: string): MarkKey {
  return itemId === undefined ? subjectId : `${subjectId}/${itemId}`;
}

/**
 * Returns the `render` option that sets `data-key` on each element a Plot mark draws over `data` (the
 * same array the mark is given) to the `key` of the datum it stands for. Plot binds each element to its
 * index in the data (d3's `__data__`), which survives the mark's own filtering and sorting.
 */
export function keyed(data: readonly { key: MarkKey }[]): { render: RenderFunction } {
  return {
    render(index, scales, values, dimensions, context, next) {
      const g = next ? next(index, scales, values, dimensions, context) : null;
      for (const el of g?.children ?? []) {
        const i = (el as Element & { __data__?: unknown }).__data__;
        const d = typeof i === "number" ? data[i] : undefined;
        if (d !== undefined) el.setAttribute("data-key", d.key);
      }
      return g;
    },
  };
}
