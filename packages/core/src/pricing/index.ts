/**
 * @module pricing
 * Cost-of-credit figures: the APR by Regulation Z Appendix J (actuarial method), the EU APRC
 * (Directive 2008/48/EC Annex I), and the TILA disclosure figures (amount financed, finance
 * charge, total of payments).
 */
export type {
  AprAccuracyInput,
  AprTransaction,
  FinanceChargeAccuracyInput,
  FinanceChargeTolerance,
} from "./accuracy.js";
export {
  aprTolerancePercent,
  classifyAprTransaction,
  financeChargeTolerance,
  irregularAprTolerancePercent,
  isAprAccurate,
  isFinanceChargeAccurate,
  regularAprTolerancePercent,
} from "./accuracy.js";
export type { AprInput, AprResult, CashFlow } from "./apr.js";
export { aprScale, computeApr } from "./apr.js";
export type { AprcInput, AprcResult } from "./aprc.js";
export { aprcScale, computeAprc } from "./aprc.js";
export type { AprcTime } from "./aprc-time.js";
export { type AprcTimeUnit, type AprcUnitTime, aprcTime, aprcTimeIn, aprcTimeUnitFor } from "./aprc-time.js";
export type { Disclosure, DisclosureInput, MilitaryAprCheck, MilitaryAprInput } from "./disclosure.js";
export { checkMilitaryApr, disclose, militaryAprLimitPercent } from "./disclosure.js";
export type { PaymentForAprInput, RateForPaymentInput } from "./inverse.js";
export { paymentForApr, rateForPayment } from "./inverse.js";
export type { OddFirstPeriodMode, OddFirstPeriodTolerance, RegularFirstPeriod } from "./odd-first-period.js";
export { oddFirstPeriodTolerance, regularFirstPeriodStart, regularizeFirstPeriod } from "./odd-first-period.js";
export type { UnitPeriod } from "./unit-period.js";
export { unitPeriodsPerYear } from "./unit-period.js";
