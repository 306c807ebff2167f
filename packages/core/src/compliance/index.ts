export type { Citation, ComplianceCheckResult } from "./check-result.js";
export { parsePercent } from "./check-result.js";
export type { MilitaryLendingInput } from "./military-lending.js";
export { checkMilitaryAnnualPercentageRate } from "./military-lending.js";
export type { GeneralQmPriceInput, LienStatus, RateSpreadInput } from "./price-checks.js";
export {
  checkGeneralQmPriceThreshold,
  checkHigherPricedCoveredTransaction,
  checkHigherPricedMortgageLoan,
} from "./price-checks.js";
export type { LienSpreadThresholds, QmPriceThresholdTable } from "./price-thresholds.js";
export {
  higherPricedCoveredTransactionThresholds,
  higherPricedMortgageLoanThresholds,
  militaryLendingActCap,
  qmPriceThresholdTables,
} from "./price-thresholds.js";
export type { CreditorBusinessDays } from "./trid-business-days.js";
export {
  creditorClosedOnFederalHolidays,
  generalBusinessDays,
  tridFixedDateHolidays,
  tridSpecificBusinessDayCitation,
  tridSpecificBusinessDays,
} from "./trid-business-days.js";
export type { DisclosureDeliveryMethod } from "./trid-timing.js";
export {
  checkClosingDisclosureTiming,
  checkLoanEstimateTiming,
  disclosureReceivedDate,
  loanEstimateDeadline,
  tridTimingRules,
} from "./trid-timing.js";
