export type { AmountLike, FormatAmountOptions } from "./AmountLike.ts";
export { amountTickFormat } from "./amountTickFormat.ts";
export { formatAmount } from "./formatAmount.ts";
export { formatBoundLabel } from "./formatBoundLabel.ts";
export { formatDate } from "./formatDate.ts";
export { formatNumber } from "./formatNumber.ts";
