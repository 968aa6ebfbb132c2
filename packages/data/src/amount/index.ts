export { AmountParseError } from "./AmountParseError.ts";
export { readChineseNumeral } from "./chineseNumeral.ts";
export { parseAmount } from "./parseAmount.ts";
