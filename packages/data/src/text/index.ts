export { formatTextIssue } from "./formatTextIssue.ts";
export { type NormalizedText, type NormalizeOptions, normalizeText } from "./normalizeText.ts";
export { stripBoilerplate } from "./stripBoilerplate.ts";
export {
  type HtmlDebrisIssue,
  LOST_CHARACTER_PLACEHOLDER,
  type LostCharacterIssue,
  type TextIssue,
} from "./TextIssue.ts";
export { toSimplified } from "./toSimplified.ts";
