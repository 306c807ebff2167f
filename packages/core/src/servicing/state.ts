import type { LocalDate } from "../calendar/index.js";
import type { JournalEntry, ReceiptParts } from "../ledger/index.js";
import type { Decimal } from "../money/index.js";
import type { ScheduleTerms } from "../schedule/index.js";
import type { ServicingPolicy } from "./policy.js";

/**
 * A loan to service: its validated terms and the servicing policy of its product.
 *
 * @example const loan: Loan = { terms, policy };
 */
export interface Loan {
  readonly terms: ScheduleTerms;
  readonly policy: ServicingPolicy;
}

/**
 * - `future`: not yet due; `due`: due today, unpaid; `partly-paid`: due today, partly paid;
 * - `overdue`: past its due date with principal or interest unpaid; `paid`: settled;
 * - `skipped`: a payment-holiday installment (nothing was due).
 *
 * @example
 * state.installments.filter((i) => i.status === "overdue").length
 */
export type InstallmentStatus = "paid" | "partly-paid" | "overdue" | "due" | "future" | "skipped";

/**
 * One installment of the current schedule. Under daily accrual the interest of an installment is
 * known only when it falls due (the interest actually accrued in its period), so a future
 * installment shows `plannedMinor`: the level payment (principal + interest) for level plans, the
 * planned principal for equal-principal and interest-only plans. Amounts in minor units.
 *
 * @example state.installments[0]?.status === "paid"
 */
export interface Installment {
  readonly number: number;
  readonly dueDate: LocalDate;
  readonly status: InstallmentStatus;
  /** `level`: `plannedMinor` is principal + interest; `principal`: it is the planned principal. */
  readonly kind: "level" | "principal";
  readonly plannedMinor: bigint;
  /** Flat-interest loans only: the installment's scheduled interest, minor units (0 otherwise). */
  readonly plannedInterestMinor: bigint;
  /** A fee due with this installment (from the terms), minor units. */
  readonly plannedFeesMinor: bigint;
  readonly hasFallenDue: boolean;
  readonly isSkipped: boolean;
  /** For a skipped installment: its period's interest is capitalized or deferred. */
  readonly holidayInterest?: "capitalize" | "defer";
  /** Interest grace: the period's interest is not collected here but carried to the next installment. */
  readonly isInterestDeferred: boolean;
  readonly principalDueMinor: bigint;
  readonly interestDueMinor: bigint;
  readonly principalPaidMinor: bigint;
  readonly interestPaidMinor: bigint;
  /** The date the installment became fully paid. */
  readonly paidDate?: LocalDate;
  readonly isLateFeeAssessed: boolean;
  /**
   * Arrears of this installment (principal + interest, minor units) moved into the new schedule by
   * a restructure that capitalized them; the installment then counts as settled (`paid`).
   */
  readonly capitalizedMinor?: bigint;
}

/**
 * A fee or penalty owed: charged by an event, per installment by the terms, a late fee, or an NSF fee.
 *
 * @example state.charges.find((c) => c.id === "late-fee:3")?.amountMinor
 */
export interface Charge {
  /** The fee-charge event id, `late-fee:<n>`, `installment-fee:<n>` or `<reversal id>:nsf`. */
  readonly id: string;
  readonly kind: "fee" | "penalty";
  readonly label: string;
  readonly dueDate: LocalDate;
  /** The installment a late or installment fee belongs to; allocation settles it with that installment. */
  readonly installmentNumber?: number;
  readonly amountMinor: bigint;
  readonly paidMinor: bigint;
  readonly waivedMinor: bigint;
  /** Moved to principal by a restructure that capitalized arrears, minor units. */
  readonly capitalizedMinor?: bigint;
}

/**
 * Principal, interest, fees and penalties in minor units, with their total.
 *
 * @example
 * state.overdue.interestMinor + state.overdue.principalMinor
 */
export interface Buckets {
  readonly principalMinor: bigint;
  readonly interestMinor: bigint;
  readonly feesMinor: bigint;
  readonly penaltiesMinor: bigint;
  readonly totalMinor: bigint;
}

/**
 * Where part of a receipt went: an installment (by number), a charge (by id), or the credit balance.
 *
 * @example
 * const line: AllocationLine = { target: 3, bucket: "interest", amountMinor: 2_571n };
 */
export interface AllocationLine {
  readonly target: number | string;
  readonly bucket: "principal" | "interest" | "fees" | "penalties" | "credit";
  readonly amountMinor: bigint;
}

/**
 * One entry of the loan's transaction history. For receipts, `allocation` splits `amountMinor`
 * exactly (its parts sum to it) and `lines` say where each part went.
 *
 * @example state.transactions.filter((t) => t.type === "payment")
 */
export interface Transaction {
  /**
   * The event id, or a derived id (`late-fee:3`, `capitalization:7`, `<disbursement id>:deducted-fee`,
   * `<disbursement id>:prepaid-fee`: a `disbursement-fee` taken at disbursement, already paid).
   */
  readonly id: string;
  readonly type:
    | "disbursement"
    | "disbursement-fee"
    | "payment"
    | "credit-application"
    | "payment-reversal"
    | "refund"
    | "fee-charge"
    | "fee-waiver"
    | "late-fee"
    | "nsf-fee"
    | "penalty-interest"
    | "prepayment-fee"
    | "capitalization"
    | "rate-change"
    | "payment-holiday"
    | "reschedule"
    | "charge-off"
    | "recovery"
    | "write-off"
    | "opening-balance"
    | "settlement-forgiveness";
  readonly date: LocalDate;
  readonly amountMinor: bigint;
  readonly allocation?: ReceiptParts;
  readonly lines?: ReadonlyArray<AllocationLine>;
  /** Set on a payment that a later reversal returned (the payment no longer counts). */
  readonly reversedById?: string;
}

/**
 * - `pending`: nothing disbursed; `active`: money owed; `paid-off`: nothing owed either way;
 * - `overpaid`: nothing owed and a credit balance held for the borrower;
 * - `closed`: paid off after an overpayment whose credit was refunded;
 * - `charged-off`: off the books, collection continues; `written-off`: final;
 * - `settled`: closed by a settlement, the agreed lesser amount paid and the rest forgiven (final).
 *
 * @example
 * state.status === "paid-off"
 */
export type LifecycleStatus =
  | "pending"
  | "active"
  | "paid-off"
  | "overpaid"
  | "closed"
  | "charged-off"
  | "written-off"
  | "settled";

/**
 * The whole loan as of `asOf` (after that day's events; interest accrued up to, not including,
 * `asOf`). Plain data; money in minor units of `currency`. Replay's own cursors (accrual, late-fee
 * and allocation positions) are not part of it: they are internal to servicing (`working.ts`).
 *
 * @example
 * const state = unwrap(replay(loan, events, date("2026-06-30")));
 * state.daysPastDue; state.delinquencyBucket; state.outstanding.totalMinor;
 */
export interface LoanState {
  readonly loan: Loan;
  readonly asOf: LocalDate;
  readonly currency: string;
  readonly status: LifecycleStatus;
  readonly annualRatePercent: Decimal;
  readonly disbursedMinor: bigint;
  /** Outstanding (on the books) per bucket; interest here is interest due and unpaid. */
  readonly outstanding: Buckets;
  /** The part of `outstanding` past its due date. */
  readonly overdue: Buckets;
  /** Interest accrued but not yet due, rounded by the terms' interest rounding mode. */
  readonly accruedInterestMinor: bigint;
  /** Interest deferred by a payment holiday, due with the last installment. */
  readonly deferredInterestMinor: bigint;
  /** Money held for the borrower (overpayments), minor units. */
  readonly creditBalanceMinor: bigint;
  readonly daysPastDue: number;
  readonly delinquencyBucket: string;
  readonly isNonPerforming: boolean;
  readonly nextDue: { readonly date: LocalDate; readonly amountMinor: bigint } | null;
  readonly installments: ReadonlyArray<Installment>;
  readonly charges: ReadonlyArray<Charge>;
  readonly transactions: ReadonlyArray<Transaction>;
  readonly journal: ReadonlyArray<JournalEntry>;
  /** Earlier versions of the schedule, each with the date it stopped applying. */
  readonly scheduleHistory: ReadonlyArray<{
    readonly replacedOn: LocalDate;
    readonly installments: ReadonlyArray<Installment>;
  }>;
  /** Balances taken off the books by a charge-off, and what was recovered since. */
  readonly chargedOff: Buckets | null;
  readonly recoveredMinor: bigint;
  /** Principal on which interest accrues: not yet due plus due and unpaid, minor units. */
  readonly principalBalanceMinor: bigint;
  /** Credit balances paid back by refund events, minor units. */
  readonly refundedMinor: bigint;
  /** Principal owed but not yet due (future installments), minor units. */
  readonly principalNotDueMinor: bigint;
  /** The current level installment (principal + interest) of a level plan, minor units. */
  readonly levelInstallmentMinor: bigint;
  /** Penalty interest accrued on overdue principal and not yet charged, minor units. */
  readonly accruedPenaltyMinor: bigint;
}
