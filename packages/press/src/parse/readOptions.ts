import { DocumentError, type Point } from "../DocumentError.ts";

const OPTION = /^([A-Za-z][\w-]*)=(\S+)$/;

/**
 * Reads `key=value` words (a code fence's words after its language); throws a DocumentError at `at`
 * for a word of another shape or a key given twice.
 */
export function readOptions(words: readonly string[], at: Point, file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const word of words) {
    const m = OPTION.exec(word);
    if (!m)
      throw new DocumentError(
        file,
        at,
        `cannot read "${word}": options are written key=value, without spaces`,
      );
    const [, key = "", value = ""] = m;
    if (Object.hasOwn(out, key)) throw new DocumentError(file, at, `option "${key}" is given twice`);
    out[key] = value;
  }
  return out;
}
