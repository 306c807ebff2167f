export { BANK_STATEMENT_LABELS, isNsfFeeLine, parseBankStatement } from "./bank-statement.js";
export { type DateRange, parseDateRangeText, parseDateText } from "./date-text.js";
export { boxOf, type FieldBox, fieldOf, type ParsedField, type PayFrequency } from "./fields.js";
export { inferPayFrequency, monthlyIncomeFromPay, readPayFrequency } from "./frequency.js";
export { groupLines, normalizeLabel, type TextItem, type TextLine } from "./layout.js";
export { findInColumn, findLabeled, LAYOUT_CONFIDENCE, type LabelLayout, type Located } from "./locate.js";
export { moneyIn, parseMoneyText } from "./money-text.js";
export { PAY_STUB_LABELS, parsePayStub, withDerivedPayFields } from "./pay-stub.js";
export { incomeVarianceBasisPoints } from "./variance.js";
