import type { AccountingBasis } from "../ledger/index.js";
import type { Decimal, RoundingMode } from "../money/index.js";
import type { AllocationBucket, DelinquencyBucket, feeBasesByFee } from "../products/index.js";

/**
 * A fee that is a flat amount, or a percent of a base with optional caps, in minor units.
 *
 * @example
 * const late: FeeRule = { type: "percent", percent: dec("5"), minMinor: 1500n, maxMinor: 5000n, rounding: "half-up" };
 */
export type FeeRule =
  | { readonly type: "flat"; readonly amountMinor: bigint }
  | {
      readonly type: "percent";
      /** Percent of the base (`5` is 5 %). For a late fee the base is the installment's unpaid principal + interest. */
      readonly percent: Decimal;
      readonly minMinor?: bigint;
      /** Upper cap on one fee, minor units. */
      readonly maxMinor?: bigint;
      readonly rounding: RoundingMode;
    };

/**
 * Exactly what `replay` needs from a loan product to service a loan. A mapper from a product
 * definition (products/) fills it; it is plain data so it can be stored beside the loan.
 *
 * - `waterfall`: the buckets a payment settles, first to last (each once).
 * - `allocation`: `vertical` settles the oldest due item fully (every bucket) before the next;
 *   `horizontal` settles each bucket across all due items, oldest first, before the next bucket.
 * - `overpayment`: money beyond what is due is `apply-to-principal` (a prepayment), held as a
 *   credit that settles later installments as they fall due (`hold-as-credit`), or held for a
 *   `refund` event (never applied automatically).
 * - `prepayment`: after a principal prepayment, keep the installment and finish earlier
 *   (`reduce-term`), keep the term and re-amortize a lower installment (`reduce-installment`), or
 *   take the amount off the next installments in order (`reschedule-next-repayments`).
 * - `lateFee`: charged once per installment still unpaid (principal or interest) after
 *   `graceDays` days past its due date, dated due date + grace days + 1.
 * - `nonPerformingAfterDays`: the loan is non-performing once MORE than this many days past due
 *   (Basel: 90), the same rule as the product definition's `delinquency.nonPerformingAfterDays`.
 *
 * @example
 * const policy: ServicingPolicy = {
 *   waterfall: ["penalties", "fees", "interest", "principal"], allocation: "vertical",
 *   overpayment: "apply-to-principal", prepayment: "reduce-term",
 *   lateFee: { rule: { type: "flat", amountMinor: 2500n }, graceDays: 15 },
 *   delinquencyBuckets: [{ name: "current", minDaysPastDue: 0, maxDaysPastDue: 0 }, { name: "1-30", minDaysPastDue: 1 }],
 *   nonPerformingAfterDays: 90, accountingBasis: "accrual",
 * };
 */
export interface ServicingPolicy {
  readonly waterfall: ReadonlyArray<AllocationBucket>;
  readonly allocation: "vertical" | "horizontal";
  readonly overpayment: "apply-to-principal" | "hold-as-credit" | "refund";
  readonly prepayment: PrepaymentHandling;
  /** Prepayment handlings a payment may choose for itself (its `prepayment`); none unless listed. */
  readonly prepaymentChoices?: ReadonlyArray<PrepaymentHandling>;
  readonly lateFee?: {
    readonly rule: FeeRule;
    readonly graceDays: number;
    /**
     * What a percent late fee is taken of: the late installment's unpaid `principal`, its unpaid
     * `principal-and-interest` (the default), or the loan's whole `overdue-amount` (every fallen-due installment's
     * unpaid principal and interest plus unpaid fees and penalties) on the day it is assessed.
     */
    readonly base?: "principal" | "principal-and-interest" | "overdue-amount";
    /**
     * The day the fee is dated: `day-after-grace` (the default, due date + grace days + 1) or `last-grace-day`
     * (due date + grace days, at its end: a payment that day still avoids it). Either way it is decided after the
     * last grace day's payments, so a replay shows it from the day after the grace period.
     */
    readonly assessment?: "day-after-grace" | "last-grace-day";
  };
  /** The fee charged when a reversal says `nsf: true` and gives no amount of its own. */
  readonly nsfFee?: FeeRule;
  readonly delinquencyBuckets: ReadonlyArray<DelinquencyBucket>;
  readonly nonPerformingAfterDays: number;
  readonly accountingBasis: AccountingBasis;
  /**
   * Penalty interest on overdue principal (product `latePayment.penaltyRatePercent`), in rate units
   * of 10^-10 percent a year (`toRateUnits`), from `graceDays` days past the due date. Omit for none.
   */
  readonly penaltyInterest?: { readonly rateUnits: bigint; readonly graceDays: number };
  /**
   * Prepayment fee (product `fees.prepayment`): charged on principal repaid ahead of schedule, as a
   * percent of the `prepaid-amount` or of the `outstanding-principal` before the prepayment.
   */
  readonly prepaymentFee?: { readonly rule: FeeRule; readonly base: (typeof feeBasesByFee.prepayment)[number] };
  /**
   * After the final due date, interest on unpaid principal keeps accruing and falls due at each
   * regular period (`each-period`, the default: an interest-only installment per period of the
   * loan's frequency) or only with the payoff (`at-payoff`).
   */
  readonly interestAfterMaturity?: "each-period" | "at-payoff";
  /**
   * The interest a payoff quote charges: accrued to the payoff date (`to-payoff-date`, the default) or the whole
   * current period's, to its due date (`to-period-end`). After the last due date both are the same.
   */
  readonly payoffInterest?: "to-payoff-date" | "to-period-end";
  /**
   * When accrued interest is rounded to the minor unit: once per period (`per-period`, the default: the period's
   * exact interest rounded when it falls due) or per sub-period between balance (or rate) changes
   * (`per-sub-period`: each span's interest rounded when the balance changes, the rounded spans summed).
   */
  readonly interestRounding?: "per-period" | "per-sub-period";
  /**
   * A flat-interest loan's reschedule: `flat` (the default) charges a new flat interest on the new terms at the
   * event's rate or the loan's current one (`flatRescheduleRows`); `declining-balance` re-amortizes in level
   * installments with interest accruing daily on the balance, at the event's rate or the loan's. `legacy`: loans
   * stored before `flat` became the default (their stored policy has no `flatReschedule`; `legacyFlatReschedule`
   * reads them so) keep what their replays always gave: level installments at the event's rate, accruing on the
   * balance, and without a rate no interest on the new installments.
   */
  readonly flatReschedule?: "flat" | "declining-balance" | "legacy";
  /**
   * The periodic statement's contents (`mortgage` for a product of `productType: "mortgage"`): it adds Regulation Z
   * § 1026.41's (explanation of amount due, past payments, the delinquency box). Omit for `standard`.
   */
  readonly statementFormat?: "standard" | "mortgage";
  /**
   * The largest credit balance a new payment may leave (product `maxCreditBalance`), minor units; checked
   * by `validateEvent` when a payment is added, never on replay. Omit for no limit (loans boarded before
   * products had the field).
   */
  readonly maxCreditBalanceMinor?: bigint;
}

/** What a principal prepayment does to the installments (see `ServicingPolicy.prepayment`). */
export type PrepaymentHandling = "reduce-term" | "reduce-installment" | "reschedule-next-repayments";
