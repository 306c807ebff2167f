import type { LocalDate } from "../calendar/index.js";
import type { Decimal } from "../money/index.js";

/**
 * What a borrower owes at the end of a day, minor units: principal outstanding (due or not), interest
 * (due, accrued and deferred), fees and penalties, and unapplied funds held for the borrower (which
 * reduce the total). `totalMinor = principalMinor + interestMinor + feesMinor − unappliedMinor`.
 *
 * @example const b: StatementBalances = { principalMinor: 918_436n, interestMinor: 0n, feesMinor: 0n, unappliedMinor: 0n, totalMinor: 918_436n };
 */
export interface StatementBalances {
  readonly principalMinor: bigint;
  readonly interestMinor: bigint;
  readonly feesMinor: bigint;
  readonly unappliedMinor: bigint;
  readonly totalMinor: bigint;
}

/**
 * The kinds of statement line: the loan's transactions, the period's interest (one line on the
 * statement date) and an `adjustment` when balances were recomputed for an earlier period (a back-dated
 * event, or a reversal that replays the loan as if its payment never arrived).
 */
export type StatementLineType =
  | "opening-balance"
  | "disbursement"
  | "disbursement-fee"
  | "payment"
  | "payment-reversal"
  | "credit-application"
  | "refund"
  | "interest"
  | "fee"
  | "late-fee"
  | "nsf-fee"
  | "penalty-interest"
  | "prepayment-fee"
  | "installment-fee"
  | "fee-waiver"
  | "capitalization"
  | "rate-change"
  | "payment-holiday"
  | "reschedule"
  | "charge-off"
  | "recovery"
  | "write-off"
  | "settlement-forgiveness"
  | "adjustment";

/**
 * One line of the statement: what happened, its amount and how it moved each balance (signed minor
 * units: + owes more, − owes less; `unappliedMinor` + means more held for the borrower).
 *
 * @example line.change.totalMinor === -line.amountMinor // a payment
 */
export interface StatementLine {
  /** The transaction id (`pmt_…`, `late-fee:2`, `interest:<date>`, `adjustment:<date>`). */
  readonly id: string;
  readonly date: LocalDate;
  readonly type: StatementLineType;
  readonly description: string;
  /** The transaction's own amount (≥ 0), minor units. */
  readonly amountMinor: bigint;
  readonly change: StatementBalances;
  /** For a payment that a later reversal returned: the reversal's id. */
  readonly reversedById?: string;
}

/** Principal, interest, escrow, fees and unapplied (suspense) parts of an amount, minor units. @example parts.totalMinor */
export interface PaymentParts {
  readonly principalMinor: bigint;
  readonly interestMinor: bigint;
  /** Lendstack holds no escrow: always 0, shown because Regulation Z asks for the line. */
  readonly escrowMinor: bigint;
  readonly feesMinor: bigint;
  readonly unappliedMinor: bigint;
  readonly totalMinor: bigint;
}

/**
 * What to pay by `dueDate`: the next installment (its principal/interest split estimated for daily
 * accrual, assuming it is paid on its due date), what fell due and is unpaid, fees and penalties due,
 * less unapplied funds the next due date will use. Minor units.
 */
export interface AmountDue {
  readonly dueDate: LocalDate | null;
  readonly installmentNumber: number | null;
  readonly regularPayment: PaymentParts;
  /** Principal and interest fallen due by the statement date and unpaid. */
  readonly pastDueMinor: bigint;
  readonly feesDueMinor: bigint;
  /** Unapplied funds the next due date applies (0 when the policy keeps them for a refund). */
  readonly unappliedCreditMinor: bigint;
  readonly totalMinor: bigint;
  /** The late fee charged if the installment is still unpaid after the grace period. */
  readonly lateFee: { readonly amountMinor: bigint; readonly chargedOn: LocalDate } | null;
}

/** One past due date of the delinquency history (§ 1026.41(d)(8)(iii)). @example row.remainingMinor */
export interface DelinquencyHistoryRow {
  readonly dueDate: LocalDate;
  readonly installmentNumber: number;
  readonly dueMinor: bigint;
  readonly paidMinor: bigint;
  readonly remainingMinor: bigint;
}

/** The delinquency information box of 12 CFR 1026.41(d)(8), when the borrower is more than 45 days delinquent. */
export interface DelinquencyInformation {
  readonly delinquentSince: LocalDate;
  readonly daysDelinquent: number;
  readonly history: ReadonlyArray<DelinquencyHistoryRow>;
  readonly amountToBringCurrentMinor: bigint;
  readonly riskNotice: string;
  readonly lossMitigationNotice: string;
  readonly foreclosureNotice: string;
  readonly counselingNotice: string;
}

/**
 * § 1026.41(d)(5): money received and held unapplied (a suspense or unapplied funds account) at the statement date,
 * and what must happen for it to be applied.
 */
export interface PartialPaymentInformation {
  /** Held unapplied at the statement date, minor units. */
  readonly unappliedMinor: bigint;
  /** The part of the payments since the last statement kept unapplied, minor units. */
  readonly receivedSinceLastStatementMinor: bigint;
  readonly explanation: string;
}

/** The Regulation Z § 1026.41 contents of a mortgage statement. @example statement.mortgage?.delinquency */
export interface MortgageDisclosures {
  /** § 1026.41(d)(2): the regular payment's parts, fees charged since the last statement, the past due amount. */
  readonly explanationOfAmountDue: {
    readonly regularPayment: PaymentParts;
    readonly feesSinceLastStatementMinor: bigint;
    readonly pastDueMinor: bigint;
    readonly totalDueMinor: bigint;
  };
  /** § 1026.41(d)(3): payments received since the last statement and this year, as applied. */
  readonly paymentsSinceLastStatement: PaymentParts;
  readonly paymentsYearToDate: PaymentParts;
  /** § 1026.41(d)(5): null when nothing is held unapplied. */
  readonly partialPayment: PartialPaymentInformation | null;
  /** § 1026.41(d)(7): outstanding principal, current rate, whether a prepayment penalty applies. */
  readonly outstandingPrincipalMinor: bigint;
  readonly hasPrepaymentPenalty: boolean;
  readonly delinquency: DelinquencyInformation | null;
}

/**
 * A periodic statement: the period it covers (the days after the previous statement date through the
 * statement date), opening and closing balances, every line in between, interest and fees charged in
 * the period and this year, what is due next, and for mortgages the Regulation Z § 1026.41 contents.
 * Closing balances equal opening balances plus the lines' changes, bucket by bucket.
 */
export interface Statement {
  readonly format: StatementFormat;
  readonly currency: string;
  readonly statementDate: LocalDate;
  readonly periodStart: LocalDate;
  readonly periodEnd: LocalDate;
  readonly annualRatePercent: Decimal;
  readonly opening: StatementBalances;
  readonly closing: StatementBalances;
  readonly lines: ReadonlyArray<StatementLine>;
  readonly chargesMinor: bigint;
  readonly creditsMinor: bigint;
  readonly interestChargedMinor: bigint;
  readonly feesChargedMinor: bigint;
  readonly interestChargedYearToDateMinor: bigint;
  readonly feesChargedYearToDateMinor: bigint;
  readonly amountDue: AmountDue;
  readonly daysPastDue: number;
  readonly mortgage: MortgageDisclosures | null;
}

/** `standard`, or `mortgage` for the Regulation Z § 1026.41 contents. @example const f: StatementFormat = "mortgage"; */
export type StatementFormat = "standard" | "mortgage";
