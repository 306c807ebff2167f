/**
 * @module servicing
 * The loan as an ordered list of events. `replay(loan, events, asOf)` gives the full state
 * (balances, accrued interest, schedule, days past due, delinquency bucket, journal); `closeDay`
 * advances a replayed state by a day; `quotePayoff` prices a payoff. Corrections are reversing
 * events, never edits.
 */
export { accrualDenominator, periodInterestMinor, rateScale, toRateUnits } from "./accrual.js";
export { levelInstallment } from "./amortize.js";
export { feeAmount } from "./charges.js";
export type { Checkpoint, CheckpointedState } from "./checkpoint.js";
export {
  CHECKPOINT_FORMAT,
  decodeCheckpoint,
  encodeCheckpoint,
  replayToCheckpoint,
  resumeFromCheckpoint,
  validateEventFromCheckpoint,
  validateEventToCheckpoint,
} from "./checkpoint.js";
export type { ContractPlan, PlanRow } from "./contract.js";
export { adjustedDueDate, contractPlan, nthDueDate } from "./contract.js";
export type {
  ChargeOffEvent,
  DisbursementEvent,
  FeeChargeEvent,
  FeeWaiverEvent,
  LoanEvent,
  LoanEventBase,
  LoanEventType,
  PaymentEvent,
  PaymentHolidayEvent,
  PaymentReversalEvent,
  RateChangeEvent,
  RecoveryEvent,
  RefundEvent,
  RescheduleEvent,
  ScraProtectionEvent,
  SettlementForgivenessEvent,
  SettlementTermEvent,
  WriteOffEvent,
} from "./events.js";
export { compareEvents } from "./events.js";
export type {
  OpeningBalanceEvent,
  OpeningCharge,
  OpeningChargeOff,
  OpeningDueInstallment,
  OpeningScheduledInstallment,
} from "./opening-event.js";
export { openingBalanceOf } from "./opening-of.js";
export type { PayoffQuote } from "./payoff.js";
export { payoffOf, quotePayoff, validateEvent } from "./payoff.js";
export { legacyFlatReschedule, pinnedPolicy } from "./pinned-policy.js";
export type { FeeRule, ServicingPolicy } from "./policy.js";
export { policyFromProduct } from "./product-policy.js";
export { closeDay, replay } from "./replay.js";
export { paymentsNetOfReversals } from "./reversal.js";
export type { ScraInput, ScraPlan } from "./scra.js";
export { planScraProtection, SCRA_RATE_CAP_PERCENT, scraProtectedThrough } from "./scra.js";
export { settlementBalanceOf } from "./settlement-forgiveness.js";
export type {
  AllocationLine,
  Buckets,
  Charge,
  Installment,
  InstallmentStatus,
  LifecycleStatus,
  Loan,
  LoanState,
  Transaction,
} from "./state.js";
