import type { LocalDate } from "../calendar/index.js";
import type { LifecycleStatus, LoanState } from "../servicing/index.js";

/**
 * What portfolio reporting needs of one loan as of a date: the figures a daily close stores per loan
 * (a `loan_snapshots` row), taken from a servicing `LoanState`. Money in minor units of `currency`.
 *
 * - `outstanding*Minor`: on the books as of `asOf` (interest here is interest due and unpaid);
 * - `accruedInterestMinor`: interest accrued but not yet due;
 * - `daysPastDue`: from the oldest installment unpaid after its due date;
 * - `isNonPerforming`: the product's rule (more than `nonPerformingAfterDays` past due).
 *
 * @example
 * const summary: LoanSummary = {
 *   loanId: "loan_1", asOf: date("2026-03-31"), currency: "USD", status: "active", daysPastDue: 0,
 *   isNonPerforming: false, principalMinor: 100_000n, interestMinor: 0n, feesMinor: 0n,
 *   penaltiesMinor: 0n, accruedInterestMinor: 410n,
 * };
 */
export interface LoanSummary {
  readonly loanId: string;
  readonly asOf: LocalDate;
  /** ISO 4217 code of every amount. */
  readonly currency: string;
  readonly status: LifecycleStatus;
  readonly daysPastDue: number;
  readonly isNonPerforming: boolean;
  readonly principalMinor: bigint;
  readonly interestMinor: bigint;
  readonly feesMinor: bigint;
  readonly penaltiesMinor: bigint;
  readonly accruedInterestMinor: bigint;
}

/**
 * The reporting summary of a replayed (or closed) loan state.
 *
 * @example
 * const summary = summarizeLoan("loan_1", unwrap(replay(loan, events, date("2026-03-31"))));
 */
export function summarizeLoan(loanId: string, state: LoanState): LoanSummary {
  return {
    loanId,
    asOf: state.asOf,
    currency: state.currency,
    status: state.status,
    daysPastDue: state.daysPastDue,
    isNonPerforming: state.isNonPerforming,
    principalMinor: state.outstanding.principalMinor,
    interestMinor: state.outstanding.interestMinor,
    feesMinor: state.outstanding.feesMinor,
    penaltiesMinor: state.outstanding.penaltiesMinor,
    accruedInterestMinor: state.accruedInterestMinor,
  };
}

/**
 * Whether the loan is in the reporting portfolio: on the books with money owed (`active`). Paid-off,
 * overpaid, closed, charged-off, written-off and pending loans are counted by status only.
 *
 * @example isInPortfolio(summary) // true for an active loan
 */
export function isInPortfolio(summary: LoanSummary): boolean {
  return summary.status === "active";
}
