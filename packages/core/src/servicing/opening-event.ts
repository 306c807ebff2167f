import type { LocalDate } from "../calendar/index.js";
import type { Decimal } from "../money/index.js";

/**
 * An installment that fell due on or before the opening date and is still unpaid: what is left of
 * its principal and interest (minor units). `isLateFeeAssessed` says its late-fee check has run
 * (its fee, if any, is among the opening charges).
 *
 * @example const due: OpeningDueInstallment = { dueDate: date("2026-06-01"), principalMinor: 80_000n, interestMinor: 4_995n, isLateFeeAssessed: true };
 */
export interface OpeningDueInstallment {
  readonly dueDate: LocalDate;
  readonly principalMinor: bigint;
  readonly interestMinor: bigint;
  readonly isLateFeeAssessed: boolean;
}

/**
 * An installment not yet due, as servicing plans it: `level` rows collect `plannedMinor` of
 * principal + interest, `principal` rows `plannedMinor` of principal plus the interest accrued
 * (flat loans: plus `plannedInterestMinor`). `holidayInterest` marks a payment-holiday row.
 *
 * @example const row: OpeningScheduledInstallment = { dueDate: date("2026-07-01"), kind: "level", plannedMinor: 84_995n };
 */
export interface OpeningScheduledInstallment {
  readonly dueDate: LocalDate;
  readonly kind: "level" | "principal";
  readonly plannedMinor: bigint;
  readonly plannedInterestMinor?: bigint;
  readonly plannedFeesMinor?: bigint;
  readonly isInterestDeferred?: boolean;
  readonly holidayInterest?: "capitalize" | "defer";
}

/**
 * A fee or penalty owed on the opening date (what is left of it, minor units). `installmentDueDate`
 * ties a late or installment fee to its installment (vertical allocation settles them together).
 *
 * @example const fee: OpeningCharge = { kind: "penalty", label: "late fee", dueDate: date("2026-06-17"), amountMinor: 2_500n, installmentDueDate: date("2026-06-01") };
 */
export interface OpeningCharge {
  readonly kind: "fee" | "penalty";
  readonly label: string;
  readonly dueDate: LocalDate;
  readonly amountMinor: bigint;
  readonly installmentDueDate?: LocalDate;
}

/**
 * A loan the source system had already charged off when it was migrated: the opening's balances are
 * what it charged off (they do not change after a charge-off), `date` is the day it did, and
 * `recoveredMinor` what it had recovered since (minor units). The loan opens, is charged off at once (the
 * charge-off's journal entry dated on the opening, its transaction on `date`, as Metro 2 reports it),
 * records what was recovered as one recovery `<opening id>:recovery` on the opening date (journal: cash
 * against recoveries income, as a recovery posted here), and takes recoveries from then on.
 *
 * @example const chargedOff: OpeningChargeOff = { date: date("2026-03-31"), recoveredMinor: 20_000n };
 */
export interface OpeningChargeOff {
  readonly date: LocalDate;
  readonly recoveredMinor: bigint;
}

/**
 * A loan boarded mid-life from its balances on a migration date (`effectiveDate`), instead of a
 * disbursement: the first event of such a loan, and nothing else may be dated on or before it. The
 * state it opens equals a replay to that date: the day's events are in the balances, interest is
 * accrued up to (not including) it. From then on the loan accrues, falls due, charges late fees and
 * allocates payments exactly as any other. Amounts in minor units.
 *
 * - `principalMinor`: principal outstanding, due (`due[].principalMinor`) and not yet due;
 * - `accrualStartDate`: start of the current interest period (the last due date, or the
 *   disbursement date in the first period); day counts run from it, as for any loan;
 * - `accruedInterestMinor`: interest accrued in that period up to the opening date, not yet due;
 * - `exact`: Lendstack's own unrounded accrual cursors (a Lendstack-to-Lendstack move), which then
 *   replace the rounded accruals (they must round to them): the sub-minor-unit rest is kept, so the
 *   next installment's interest is the cent the original loan would have charged;
 * - `gridStartDate`: a due date of the loan's due-date grid (its frequency) used for dates added
 *   later (holidays, interest periods after maturity); default the terms' first payment date.
 *
 * @example
 * const e: OpeningBalanceEvent = { id: "opn_1", type: "opening-balance", effectiveDate: date("2026-06-15"), annualRatePercent: dec("3.65"), principalMinor: 918_105n, due: [], schedule, charges: [], accrualStartDate: date("2026-06-01"), accruedInterestMinor: 1_285n };
 */
export interface OpeningBalanceEvent {
  /** The fields of `LoanEventBase` (not imported: events.ts imports this file). */
  readonly id: string;
  readonly effectiveDate: LocalDate;
  readonly postedAt?: number;
  readonly type: "opening-balance";
  readonly annualRatePercent: Decimal;
  readonly principalMinor: bigint;
  readonly due: ReadonlyArray<OpeningDueInstallment>;
  readonly schedule: ReadonlyArray<OpeningScheduledInstallment>;
  readonly charges: ReadonlyArray<OpeningCharge>;
  readonly accrualStartDate: LocalDate;
  readonly accruedInterestMinor: bigint;
  readonly deferredInterestMinor?: bigint;
  /** Penalty interest accrued and not yet charged. */
  readonly accruedPenaltyMinor?: bigint;
  readonly creditBalanceMinor?: bigint;
  readonly gridStartDate?: LocalDate;
  /** Charged off at the source on or before the opening date: then no installments are to come. */
  readonly chargedOff?: OpeningChargeOff;
  readonly exact?: {
    /** Lendstack's accrual denominator for the terms' day count (checked). */
    readonly denominatorUnits: bigint;
    readonly interestScaledUnits: bigint;
    readonly penaltyScaledUnits: bigint;
    readonly penaltyThrough: LocalDate;
  };
}
