import { addDays, type LocalDate } from "../calendar/index.js";
import { feeAmount, type Installment, type LoanState, periodInterestMinor } from "../servicing/index.js";
import type { AmountDue, PaymentParts } from "./model.js";

/**
 * Parts of a payment, the total derived (escrow is always 0: Lendstack holds none).
 *
 * @example paymentParts(900n, 100n, 0n, 0n).totalMinor === 1_000n
 */
export function paymentParts(
  principalMinor: bigint,
  interestMinor: bigint,
  feesMinor: bigint,
  unappliedMinor: bigint,
): PaymentParts {
  return {
    principalMinor,
    interestMinor,
    escrowMinor: 0n,
    feesMinor,
    unappliedMinor,
    totalMinor: principalMinor + interestMinor + feesMinor + unappliedMinor,
  };
}

const nothing = paymentParts(0n, 0n, 0n, 0n);

/**
 * The next installment's principal and interest. Interest accrues daily, so it is estimated as the
 * interest the principal balance accrues from the statement date to the due date (the exact figure
 * when nothing is paid before then), rounded by the terms' interest mode; a level installment's total
 * is exact (its principal is the rest), the last installment takes all principal not yet due.
 */
function regularPayment(state: LoanState, next: Installment, statementDate: LocalDate): PaymentParts {
  if (next.isSkipped) return nothing;
  const { terms } = state.loan;
  const isLast = next.number === state.installments[state.installments.length - 1]?.number;
  let interest = next.plannedInterestMinor;
  if (terms.interestMethod !== "flat" && !next.isInterestDeferred) {
    const from = statementDate < next.dueDate ? statementDate : next.dueDate;
    interest = periodInterestMinor(
      state.principalBalanceMinor,
      state.annualRatePercent,
      from,
      next.dueDate,
      terms.dayCount,
      terms.rounding.interestMode,
    );
  }
  if (isLast) interest += state.deferredInterestMinor;
  let principal: bigint;
  if (isLast) principal = state.principalNotDueMinor;
  else if (next.kind === "level") {
    principal = next.plannedMinor - interest;
    if (principal < 0n) principal = 0n;
    if (principal === 0n) interest = next.plannedMinor;
  } else {
    principal = next.plannedMinor;
    if (principal > state.principalNotDueMinor) principal = state.principalNotDueMinor;
  }
  return paymentParts(principal, interest, next.plannedFeesMinor, 0n);
}

/** Principal and interest fallen due and unpaid (installments due on or before the statement date). */
export function pastDueMinor(state: LoanState): bigint {
  let total = 0n;
  for (const inst of state.installments) {
    if (!inst.hasFallenDue || inst.isSkipped) continue;
    total += inst.principalDueMinor - inst.principalPaidMinor + inst.interestDueMinor - inst.interestPaidMinor;
  }
  return total;
}

/** The late fee the next installment would get, and the day it would be charged. */
function lateFeeNotice(state: LoanState, next: Installment, regular: PaymentParts): AmountDue["lateFee"] {
  const rule = state.loan.policy.lateFee;
  if (rule === undefined || regular.totalMinor === 0n) return null;
  const base =
    rule.base === "principal"
      ? regular.principalMinor
      : rule.base === "overdue-amount"
        ? regular.principalMinor + regular.interestMinor + pastDueMinor(state)
        : regular.principalMinor + regular.interestMinor;
  const amountMinor = feeAmount(rule.rule, base);
  if (amountMinor <= 0n) return null;
  const days = rule.graceDays + (rule.assessment === "last-grace-day" ? 0 : 1);
  return { amountMinor, chargedOn: addDays(next.dueDate, days) };
}

/**
 * What the statement asks for: the next installment (due on the next due date) plus what fell due and
 * is unpaid plus fees and penalties due, less unapplied funds the next due date will apply (kept when
 * the policy holds them for a refund). Never negative.
 *
 * @example amountDueOf(closingState, date("2026-03-01")).totalMinor
 */
export function amountDueOf(state: LoanState, statementDate: LocalDate): AmountDue {
  const next = state.installments.find((inst) => !inst.hasFallenDue);
  const regular = next === undefined ? nothing : regularPayment(state, next, statementDate);
  const pastDue = pastDueMinor(state);
  const feesDue = state.outstanding.feesMinor + state.outstanding.penaltiesMinor;
  const credit = state.loan.policy.overpayment === "refund" ? 0n : state.creditBalanceMinor;
  const owed = regular.totalMinor + pastDue + feesDue;
  const applied = credit < owed ? credit : owed;
  const dueDate = next?.dueDate ?? (pastDue + feesDue > 0n ? (state.nextDue?.date ?? statementDate) : null);
  return {
    dueDate,
    installmentNumber: next?.number ?? null,
    regularPayment: regular,
    pastDueMinor: pastDue,
    feesDueMinor: feesDue,
    unappliedCreditMinor: applied,
    totalMinor: owed - applied,
    lateFee: next === undefined ? null : lateFeeNotice(state, next, regular),
  };
}
