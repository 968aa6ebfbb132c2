// Measure names are words for readers too; listed here so that charts and pages reach them without the query layer.
export { MEASURES, type Measure, measureLabel } from "../measures.ts";
export type { AmountLike, FormatAmountOptions } from "./AmountLike.ts";
export { amountTickFormat } from "./amountTickFormat.ts";
export { formatAmount } from "./formatAmount.ts";
export { formatDate } from "./formatDate.ts";
export { formatPeriod } from "./formatPeriod.ts";
