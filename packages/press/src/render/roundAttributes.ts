/**
 * Rounds the numbers in an element's attributes, and its descendants', to two decimals (Plot writes
 * `85.32000000000001`, `0.9284615384615384em`): a hundredth of a pixel is below what any screen shows,
 * and the page carries every chart several times (per step in <noscript>, per section as the stage's
 * drawing), so shorter numbers are fewer bytes. Text content, keys, labels and addresses are left as written.
 */
export function roundAttributes(root: Element): void {
  for (const el of [root, ...root.querySelectorAll("*")]) {
    for (const { name, value } of [...el.attributes]) {
      // Keys, labels and addresses are words, not measures: `data-key="f-1.309"` stays.
      if (/^(data-|aria-|id$|class$|href$)/.test(name)) continue;
      const short = value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
      if (short !== value) el.setAttribute(name, short);
    }
  }
}
