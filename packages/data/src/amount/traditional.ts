/**
 * The Traditional characters of the amount vocabulary (the words of `LEXICON`, the numeral characters, 几 and
 * 数) and their Simplified forms, one character for one. A test checks that it agrees with OpenCC and that
 * every Traditional spelling OpenCC gives of a lexicon word reads like the Simplified one.
 *
 * A table rather than OpenCC itself: the parser (and `newarea-data parse-amount`) must start fast, and
 * loading OpenCC's dictionaries takes longer than the whole parse. One character for one keeps every
 * position in the text, so tokens can quote the text as written.
 */
const TRADITIONAL: Readonly<Record<string, string>> = {
  萬: "万",
  億: "亿",
  兩: "两",
  點: "点",
  幾: "几",
  數: "数",
  過: "过",
  於: "于",
  餘: "余",
  約: "约",
  將: "将",
  內: "内",
  級: "级",
  幣: "币",
  個: "个",
  項: "项",
  臺: "台",
  輛: "辆",
  戶: "户",
  棟: "栋",
  頃: "顷",
  畝: "亩",
  長: "长",
  減: "减",
  較: "较",
  // 公裡 and 公裏 for 公里 are common over-conversions of 平方公里.
  裡: "里",
  裏: "里",
};

const TRADITIONAL_CHARS = new RegExp(`[${Object.keys(TRADITIONAL).join("")}]`, "g");

/** Returns the text with the Traditional characters of the amount vocabulary in Simplified form; the same length. */
export function simplifyAmountChars(text: string): string {
  return text.replace(TRADITIONAL_CHARS, (c) => TRADITIONAL[c] ?? c);
}

/** The pairs of the table, Traditional first, for tests and documentation. */
export const TRADITIONAL_PAIRS: readonly (readonly [string, string])[] = Object.entries(TRADITIONAL);
