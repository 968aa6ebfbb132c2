import { twToCn } from "./twToCn.ts";

// opencc-js 1.4.2 deletes characters of the Private Use Area (U+E000–U+F8FF); some Chinese sites put rare
// characters there, so they are passed around the converter rather than lost.
const PRIVATE_USE = /([\ue000-\uf8ff]+)/;

/**
 * Returns the text written in Simplified characters as used in mainland China. The mirror writes Taiwan
 * forms (為, 啟, 眾, and 著 for 着), so this is OpenCC's Taiwan → mainland conversion, which is its generic
 * Traditional → Simplified conversion preceded by mapping Taiwan variants: it turns 盯著 into 盯着 while
 * keeping 著作者. Characters the converter does not know pass through unchanged.
 */
export function toSimplified(text: string): string {
  return text
    .split(PRIVATE_USE)
    .map((part, i) => (i % 2 === 1 ? part : twToCn(part)))
    .join("");
}
