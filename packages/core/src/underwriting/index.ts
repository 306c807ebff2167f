/**
 * @module underwriting
 * Affordability measures: debt-to-income, loan-to-value (with the agencies' rounding),
 * residual income (VA), payment shock, income normalized to monthly.
 */
export type { DebtToIncomeInput, DebtToIncomeResult, HousingPayment } from "./debt-to-income.js";
export { debtToIncome, housingPaymentMinor } from "./debt-to-income.js";
export type { IncomeFrequency, IncomeSource } from "./income-normalization.js";
export { incomePeriodsPerYear, monthlyIncomeMinor, normalizeIncomeToMonthly } from "./income-normalization.js";
export type {
  CombinedLoanToValueInput,
  LoanToValueInput,
  LoanToValueResult,
  PropertyValuation,
} from "./loan-to-value.js";
export { combinedLoanToValue, loanToValue } from "./loan-to-value.js";
export type { PaymentShockResult } from "./payment-shock.js";
export { paymentShock } from "./payment-shock.js";
export type { ProposedPayment } from "./proposed-payment.js";
export { monthlyPrincipalAndInterest } from "./proposed-payment.js";
export type { RatioRoundingSteps } from "./ratio.js";
export { fannieMaeLtvRounding, maxRatioScale, percentOf } from "./ratio.js";
export type { ResidualIncomeInput, ResidualIncomeResult } from "./residual-income.js";
export { residualIncome } from "./residual-income.js";
export type { VaRegion } from "./va-residual-income-table.js";
export { vaResidualIncomeGuideline, vaResidualIncomeTable } from "./va-residual-income-table.js";
