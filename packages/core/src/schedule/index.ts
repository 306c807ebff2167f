export type {
  Amortization,
  BusinessDayAdjustment,
  Frequency,
  InstallmentRounding,
  InterestCalculation,
  InterestMethod,
  ScheduleTerms,
  ScheduleTermsInput,
} from "./terms.js";
export { maxAnnualRatePercent, maxNumberOfPayments, maxRateDecimals, validateScheduleTerms } from "./terms.js";
