import { daysBetween, type LocalDate } from "../calendar/index.js";
import { delinquencyBucketFor } from "../products/index.js";
import { accruedMinor } from "./interest.js";
import { accruedPenaltyMinor } from "./penalty.js";
import type { Buckets, LoanState } from "./state.js";
import { extensionDate } from "./timeline.js";
import { chargeRemaining, installmentRemaining, isOffBooks, setInstallment, type Working } from "./working.js";

function buckets(principalMinor: bigint, interestMinor: bigint, feesMinor: bigint, penaltiesMinor: bigint): Buckets {
  return {
    principalMinor,
    interestMinor,
    feesMinor,
    penaltiesMinor,
    totalMinor: principalMinor + interestMinor + feesMinor + penaltiesMinor,
  };
}

/** Zero in every bucket. @example zeroBuckets.totalMinor === 0n */
export const zeroBuckets: Buckets = buckets(0n, 0n, 0n, 0n);

/** Whether nothing at all is owed on the loan (principal, interest due, accrued or deferred, charges). */
function isSettled(w: Working): boolean {
  if (w.principalBalanceMinor !== 0n || w.deferredInterestMinor !== 0n || w.firstOpenIndex < w.nextDueIndex)
    return false;
  if (accruedMinor(w) !== 0n) return false;
  for (const charge of w.charges) if (chargeRemaining(charge) > 0n) return false;
  return true;
}

/** Re-derives the lifecycle status after an event (charge-off and write-off are sticky). */
export function updateStatus(w: Working): void {
  if (isOffBooks(w) || w.disbursedMinor === 0n) return;
  if (!isSettled(w)) w.status = "active";
  else if (w.creditBalanceMinor > 0n) w.status = "overpaid";
  else w.status = w.refundedMinor > 0n ? "closed" : "paid-off";
}

/** Unpaid fees and penalties due by `asOf`, and the part of them past due. */
function chargeTotals(w: Working, asOf: LocalDate) {
  let fees = 0n;
  let penalties = 0n;
  let feesOverdue = 0n;
  let penaltiesOverdue = 0n;
  for (const charge of w.charges) {
    const remaining = chargeRemaining(charge);
    if (remaining === 0n || charge.dueDate > asOf) continue;
    const isOverdue = charge.dueDate < asOf;
    if (charge.kind === "fee") {
      fees += remaining;
      if (isOverdue) feesOverdue += remaining;
    } else {
      penalties += remaining;
      if (isOverdue) penaltiesOverdue += remaining;
    }
  }
  return { fees, penalties, feesOverdue, penaltiesOverdue };
}

/**
 * The next due date and the amount to pay by then: what is due now plus an estimate of the next
 * installment (its level amount; for principal rows and the last row the principal plus interest
 * accrued so far, since interest accrues daily until the due date).
 */
function nextDueOf(w: Working, asOf: LocalDate, dueNow: bigint): LoanState["nextDue"] {
  const next = w.installments[w.nextDueIndex];
  if (!next) {
    // After maturity: the next interest period collects the interest accrued so far (and more).
    const extension = extensionDate(w);
    if (extension !== undefined) return { date: extension, amountMinor: dueNow + w.accruedInterestMinor };
    return dueNow > 0n ? { date: asOf, amountMinor: dueNow } : null;
  }
  const isLast = w.nextDueIndex === w.installments.length - 1;
  const estimate =
    isLast || next.kind === "principal"
      ? (isLast ? w.principalNotDueMinor + w.deferredInterestMinor : next.plannedMinor) + w.accruedInterestMinor
      : next.plannedMinor;
  return { date: next.dueDate, amountMinor: dueNow + estimate + next.plannedFeesMinor };
}

/**
 * Fills the derived fields of the state as of `asOf`: installment statuses in the open window,
 * outstanding and overdue per bucket, days past due (from the oldest installment with principal
 * or interest unpaid after its due date), delinquency bucket, non-performing flag and next due.
 * Touches only the open window and the charges, so a daily close stays cheap.
 */
export function summarize(w: Working, asOf: LocalDate): LoanState {
  w.asOf = asOf;
  updateStatus(w);
  const offBooks = isOffBooks(w);
  let principalDue = 0n;
  let interestDue = 0n;
  let principalOverdue = 0n;
  let interestOverdue = 0n;
  let daysPastDue = 0;
  for (let i = w.firstOpenIndex; i < w.nextDueIndex; i++) {
    const inst = w.installments[i];
    if (!inst || inst.isSkipped) continue;
    const remaining = installmentRemaining(inst);
    if (remaining === 0n) continue;
    const p = inst.principalDueMinor - inst.principalPaidMinor;
    const n = inst.interestDueMinor - inst.interestPaidMinor;
    principalDue += p;
    interestDue += n;
    const isOverdue = inst.dueDate < asOf;
    if (isOverdue) {
      principalOverdue += p;
      interestOverdue += n;
      if (daysPastDue === 0) daysPastDue = daysBetween(inst.dueDate, asOf);
    }
    const status = isOverdue
      ? "overdue"
      : inst.principalPaidMinor + inst.interestPaidMinor > 0n
        ? "partly-paid"
        : "due";
    if (inst.status !== status) setInstallment(w, i, { status });
  }
  const { fees, penalties, feesOverdue, penaltiesOverdue } = chargeTotals(w, asOf);
  const policy = w.loan.policy;
  w.daysPastDue = daysPastDue;
  w.delinquencyBucket = delinquencyBucketFor(policy.delinquencyBuckets, daysPastDue);
  w.isNonPerforming = daysPastDue > policy.nonPerformingAfterDays;
  if (offBooks) {
    w.outstanding = zeroBuckets;
    w.overdue = zeroBuckets;
    w.accruedInterestMinor = 0n;
    w.accruedPenaltyMinor = 0n;
    w.nextDue = null;
    return w;
  }
  w.outstanding = buckets(w.principalBalanceMinor, interestDue, fees, penalties);
  w.overdue = buckets(principalOverdue, interestOverdue, feesOverdue, penaltiesOverdue);
  w.accruedInterestMinor = accruedMinor(w);
  w.accruedPenaltyMinor = accruedPenaltyMinor(w, asOf);
  w.nextDue = nextDueOf(w, asOf, principalDue + interestDue + fees + penalties);
  return w;
}
