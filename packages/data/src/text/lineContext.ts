/** Returns the text from the start of the line up to UTF-16 offset `index`. */
export function lineBefore(text: string, index: number): string {
  return text.slice(text.lastIndexOf("\n", index - 1) + 1, index);
}

/** Returns the text from UTF-16 offset `index` up to the end of the line. */
export function lineAfter(text: string, index: number): string {
  const end = text.indexOf("\n", index);
  return text.slice(index, end === -1 ? text.length : end);
}

/**
 * Returns `text.slice(start, end)` with up to `width` characters of its line either side: enough to find the
 * spot, short enough to read in a report.
 */
export function lineContext(text: string, start: number, end: number, width = 4): string {
  const before = Array.from(lineBefore(text, start)).slice(-width).join("");
  const after = Array.from(lineAfter(text, end)).slice(0, width).join("");
  return before + text.slice(start, end) + after;
}
