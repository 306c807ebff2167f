/**
 * @module collections
 * Collections rules, pure: Regulation F's call limits (7 attempts in 7 days, 7 days after a
 * conversation, 8 a.m.-9 p.m. in the borrower's time zone, read through Intl) and promises to pay
 * marked kept or broken as of a business date; settlements (a lesser amount accepted) planned and followed.
 */
export type { CallDecision, CallRecord, CallRefusalCode } from "./call-frequency.js";
export { checkCallAllowed, regulationFLimits } from "./call-frequency.js";
export type { LocalReading } from "./instant.js";
export { checkTimeZone, epochMillisecondsOf, localReading } from "./instant.js";
export type { PromiseOutcome, PromisePayment, PromiseToPay } from "./promises.js";
export { evaluatePromises } from "./promises.js";
export type {
  SettlementInstallment,
  SettlementPlan,
  SettlementProgress,
  SettlementQuote,
  SettlementReceipt,
  SettlementTerms,
  SettlementWatch,
} from "./settlements.js";
export { planSettlement, settlementProgress } from "./settlements.js";
