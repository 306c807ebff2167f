import type { LocalDate } from "../calendar/index.js";
import type { Decimal } from "../money/index.js";
import type { OpeningBalanceEvent } from "./opening-event.js";
import type { PrepaymentHandling } from "./policy.js";

/**
 * Fields every stored loan event has. Events are applied in (effectiveDate, postedAt, id) order;
 * `postedAt` is a sequence number that breaks ties between events of one day (missing = 0) and
 * `id` breaks the rest, so the order never depends on the order events arrive in.
 *
 * @example
 * const base: LoanEventBase = { id: "pmt_1", effectiveDate: date("2026-02-01"), postedAt: 3 };
 */
export interface LoanEventBase {
  /** Caller-generated, unique per loan (e.g. `pmt_01J…`). */
  readonly id: string;
  /** The business date the event takes effect (may be in the past: a back-dated posting). */
  readonly effectiveDate: LocalDate;
  /** Tie-breaker within a day: a posting sequence number. */
  readonly postedAt?: number;
}

/**
 * Funds sent to the borrower: the whole loan or one tranche. `amountMinor` is the principal the
 * borrower owes from this disbursement. Fees taken at disbursement (an origination fee) are booked
 * to fee income when they are taken:
 *
 * - `deductedFeesMinor`: withheld from the proceeds (a deducted fee, or a financed one already in
 *   the principal); cash paid out is `amountMinor − deductedFeesMinor` (at least one minor unit).
 * - `prepaidFeesMinor`: paid by the borrower in cash at closing; the full `amountMinor` is paid out.
 *
 * Neither changes the principal owed or the interest. Minor units, ≥ 0.
 *
 * @example
 * const e: DisbursementEvent = { id: "dsb_1", type: "disbursement", effectiveDate: date("2026-01-01"), amountMinor: 1_000_000n, deductedFeesMinor: 50_000n };
 */
export interface DisbursementEvent extends LoanEventBase {
  readonly type: "disbursement";
  readonly amountMinor: bigint;
  /** Fees withheld from the proceeds, minor units (default 0). */
  readonly deductedFeesMinor?: bigint;
  /** Fees the borrower paid at closing, minor units (default 0). */
  readonly prepaidFeesMinor?: bigint;
}

/**
 * Money received from the borrower, any amount, any date. Minor units.
 *
 * @example
 * const e: PaymentEvent = { id: "pmt_1", type: "payment", effectiveDate: date("2026-02-01"), amountMinor: 84_990n };
 */
export interface PaymentEvent extends LoanEventBase {
  readonly type: "payment";
  readonly amountMinor: bigint;
  /** This payment's prepayment handling, one of the policy's `prepaymentChoices`; default the policy's. */
  readonly prepayment?: PrepaymentHandling;
}

/**
 * A payment returned (bounced): the loan is replayed as if it had never arrived, and the ledger
 * gets a reversing entry on this date. `nsf: true` charges the policy's NSF fee, or
 * `nsfFeeMinor` when given.
 *
 * @example
 * const e: PaymentReversalEvent = { id: "rev_1", type: "payment-reversal", effectiveDate: date("2026-02-05"), transactionId: "pmt_1", nsf: true };
 */
export interface PaymentReversalEvent extends LoanEventBase {
  readonly type: "payment-reversal";
  /** Id of the payment event being reversed. */
  readonly transactionId: string;
  /**
   * Minor units of the payment returned (a partial reversal: the loan replays as if the payment had been
   * that much smaller); absent: all of it that earlier reversals left.
   */
  readonly amountMinor?: bigint;
  readonly nsf?: boolean;
  readonly nsfFeeMinor?: bigint;
}

/**
 * A credit balance paid back to the borrower. Minor units, at most the credit balance.
 *
 * @example
 * const e: RefundEvent = { id: "rfd_1", type: "refund", effectiveDate: date("2026-03-02"), amountMinor: 15_010n };
 */
export interface RefundEvent extends LoanEventBase {
  readonly type: "refund";
  readonly amountMinor: bigint;
}

/**
 * A fee charged to the loan, due on its effective date. Its id is the charge id for waivers.
 *
 * @example
 * const e: FeeChargeEvent = { id: "fee_1", type: "fee-charge", effectiveDate: date("2026-01-10"), amountMinor: 5_000n, feeType: "document" };
 */
export interface FeeChargeEvent extends LoanEventBase {
  readonly type: "fee-charge";
  readonly amountMinor: bigint;
  /** Free label, e.g. "document", "inspection". */
  readonly feeType?: string;
}

/**
 * Forgives part or all of a charge still unpaid: a fee (`chargeId` = the fee-charge event id),
 * a late fee (`late-fee:<installment number>`) or an NSF fee (`<reversal id>:nsf`).
 *
 * @example
 * const e: FeeWaiverEvent = { id: "wvr_1", type: "fee-waiver", effectiveDate: date("2026-01-12"), chargeId: "late-fee:1", amountMinor: 2_500n };
 */
export interface FeeWaiverEvent extends LoanEventBase {
  readonly type: "fee-waiver";
  readonly chargeId: string;
  readonly amountMinor: bigint;
}

/**
 * A new annual rate from the effective date: a fixed rate, or index + margin clamped to an
 * optional floor and cap (all percent a year, exact decimals).
 *
 * @example
 * const e: RateChangeEvent = { id: "rc_1", type: "rate-change", effectiveDate: date("2027-01-01"), rate: { kind: "indexed", indexRatePercent: dec("4.33"), marginPercent: dec("2.75"), capPercent: dec("9") } };
 */
export interface RateChangeEvent extends LoanEventBase {
  readonly type: "rate-change";
  readonly rate:
    | { readonly kind: "fixed"; readonly annualRatePercent: Decimal }
    | {
        readonly kind: "indexed";
        readonly indexRatePercent: Decimal;
        readonly marginPercent: Decimal;
        readonly floorPercent?: Decimal;
        readonly capPercent?: Decimal;
      };
}

/**
 * Payment holiday / deferral / forbearance: the next `installments` installments due on or after the
 * effective date are skipped and as many are added at the end. The interest they accrue is
 * `capitalize`d (added to principal at each skipped due date) or `defer`red (collected with the
 * last installment, never earning interest).
 *
 * @example
 * const e: PaymentHolidayEvent = { id: "hol_1", type: "payment-holiday", effectiveDate: date("2026-05-20"), installments: 3, interest: "capitalize" };
 */
export interface PaymentHolidayEvent extends LoanEventBase {
  readonly type: "payment-holiday";
  readonly installments: number;
  readonly interest: "capitalize" | "defer";
}

/**
 * Reschedule / restructure from the effective date: the installments not yet due are replaced by a
 * new schedule for the principal outstanding. Omitted fields keep their current value. The old
 * schedule is kept in `scheduleHistory`.
 *
 * @example
 * const e: RescheduleEvent = { id: "rs_1", type: "reschedule", effectiveDate: date("2026-06-10"), firstPaymentDate: date("2026-07-01"), numberOfPayments: 48 };
 */
export interface RescheduleEvent extends LoanEventBase {
  readonly type: "reschedule";
  readonly firstPaymentDate: LocalDate;
  readonly numberOfPayments: number;
  readonly annualRatePercent?: Decimal;
  /** A fixed installment (principal + interest, minor units) instead of a re-amortized one. */
  readonly installmentMinor?: bigint;
  /**
   * Restructure with capitalization of arrears: everything due and unpaid on the effective date
   * (overdue principal, interest, fees and penalties, penalty interest charged first) joins the
   * principal the new schedule amortizes, so the loan is current again. Interest, fees and
   * penalties become principal with a `capitalization:<event id>` journal entry; default false.
   */
  readonly capitalizeArrears?: boolean;
}

/**
 * Takes the loan off the books: every balance is charged off and interest stops accruing.
 *
 * @example
 * const e: ChargeOffEvent = { id: "co_1", type: "charge-off", effectiveDate: date("2026-08-01") };
 */
export interface ChargeOffEvent extends LoanEventBase {
  readonly type: "charge-off";
}

/**
 * Cash collected after a charge-off. Minor units.
 *
 * @example
 * const e: RecoveryEvent = { id: "rec_1", type: "recovery", effectiveDate: date("2026-10-01"), amountMinor: 50_000n };
 */
export interface RecoveryEvent extends LoanEventBase {
  readonly type: "recovery";
  readonly amountMinor: bigint;
}

/**
 * Final: the loan is written off (charged off first if it was not) and closed.
 *
 * @example
 * const e: WriteOffEvent = { id: "wo_1", type: "write-off", effectiveDate: date("2027-01-01") };
 */
export interface WriteOffEvent extends LoanEventBase {
  readonly type: "write-off";
}

/**
 * Servicemembers Civil Relief Act protection (50 U.S.C. § 3937) starts or ends on the effective date.
 * While it lasts, no late fee is assessed, no penalty interest accrues, a charge-off or write-off is
 * refused (`scra_protected`), and so is a rate change above the 6 % cap. The cap itself is a separate
 * rate-change event (see `planScraProtection`), so the interest history stays one kind of event.
 *
 * @example
 * const e: ScraProtectionEvent = { id: "scra_1", type: "scra-protection", effectiveDate: date("2026-03-01"), phase: "start" };
 */
export interface ScraProtectionEvent extends LoanEventBase {
  readonly type: "scra-protection";
  readonly phase: "start" | "end";
}

/**
 * A settlement agreed on the loan (`start`, the day it was agreed) or ended without completing (`end`: broken).
 * While one runs, money paid ahead of schedule is not charged the prepayment fee: the settlement's payments go
 * toward an agreed lesser amount, so no payoff or prepayment of the contract's schedule is being bought. A
 * completed settlement needs no `end`: its forgiveness closes the loan.
 *
 * @example
 * const e: SettlementTermEvent = { id: "sts_1", type: "settlement", effectiveDate: date("2026-08-01"), phase: "start", settlementId: "stl_1" };
 */
export interface SettlementTermEvent extends LoanEventBase {
  readonly type: "settlement";
  readonly phase: "start" | "end";
  /** The settlement agreed or ended. */
  readonly settlementId: string;
}

/**
 * A settlement completed: the borrower paid the agreed lesser amount, and everything still owed on
 * the effective date is forgiven. On a loan on the books, a credit balance is set off first, then
 * principal, interest (accrued to the date), fees and penalties leave the books to the credit-loss
 * expense (`forgivenessLines`); on a charged-off loan what was not recovered is forgiven (already off
 * the books: no posting). The loan's status becomes `settled` (final).
 *
 * @example
 * const e: SettlementForgivenessEvent = { id: "sfg_1", type: "settlement-forgiveness", effectiveDate: date("2026-09-01"), settlementId: "stl_1" };
 */
export interface SettlementForgivenessEvent extends LoanEventBase {
  readonly type: "settlement-forgiveness";
  /** The settlement it completes. */
  readonly settlementId: string;
}

/**
 * Everything that can be stored against a loan. Interest accrual, installments falling due and
 * late fees are not stored: `replay` derives them from the terms and policy.
 *
 * @example
 * const events: LoanEvent[] = [
 *   { id: "dsb_1", type: "disbursement", effectiveDate: date("2026-01-01"), amountMinor: 1_000_000n },
 *   { id: "pmt_1", type: "payment", effectiveDate: date("2026-02-01"), amountMinor: 86_066n },
 * ];
 */
export type LoanEvent =
  | DisbursementEvent
  | PaymentEvent
  | PaymentReversalEvent
  | RefundEvent
  | FeeChargeEvent
  | FeeWaiverEvent
  | RateChangeEvent
  | PaymentHolidayEvent
  | RescheduleEvent
  | ChargeOffEvent
  | RecoveryEvent
  | WriteOffEvent
  | OpeningBalanceEvent
  | ScraProtectionEvent
  | SettlementTermEvent
  | SettlementForgivenessEvent;

/** The `type` of a stored event. @example const t: LoanEventType = "payment"; */
export type LoanEventType = LoanEvent["type"];

/**
 * The total order events are applied in: effective date, then `postedAt`, then id.
 *
 * @example [...events].sort(compareEvents)
 */
export function compareEvents(a: LoanEventBase, b: LoanEventBase): number {
  if (a.effectiveDate !== b.effectiveDate) return a.effectiveDate < b.effectiveDate ? -1 : 1;
  const pa = a.postedAt ?? 0;
  const pb = b.postedAt ?? 0;
  if (pa !== pb) return pa - pb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
