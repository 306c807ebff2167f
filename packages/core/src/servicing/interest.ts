import type { LocalDate } from "../calendar/index.js";
import { accrualLines } from "../ledger/index.js";
import { periodDays, roundAccrued, scaledInterest } from "./accrual.js";
import { isOffBooks, post, type Working } from "./working.js";

/**
 * Accrues interest on the principal balance from the cursor up to (not including) `to`, in one
 * step: the day-count numerator from the period start telescopes, so this equals accruing day by
 * day. Off-book (charged-off) loans do not accrue.
 */
export function accrueTo(w: Working, to: LocalDate): void {
  const a = w.accrual;
  if (to <= a.through) return;
  const days = periodDays(a.periodStart, to, w.loan.terms.dayCount);
  if (w.loan.policy.interestRounding === "per-sub-period") roundSubPeriod(w);
  if (!isOffBooks(w) && w.principalBalanceMinor > 0n && a.rateUnits > 0n) {
    a.scaled += scaledInterest(w.principalBalanceMinor, a.rateUnits, days - a.periodDays);
  }
  a.periodDays = days;
  a.through = to;
}

/** Accrued interest not yet due, in minor units, rounded by the terms' interest mode (never negative). */
export function accruedMinor(w: Pick<Working, "accrual" | "loan">): bigint {
  const { minor } = roundAccrued(w.accrual.scaled, w.accrual.denominator, w.loan.terms.rounding.interestMode);
  return minor > 0n ? minor : 0n;
}

/**
 * Turns the interest accrued so far into an amount due and books what the month-end accruals have
 * not yet booked. Starts a new accrual period at `date` with nothing accrued.
 *
 * Each period's interest is rounded once, on its own, by the terms' interest mode, and the
 * sub-minor-unit rest is dropped, not carried into the next period: an installment's interest is
 * then exactly round(Σ balance × rate × days / basis) over its own period, which is what the
 * schedule module discloses for each row and what an operations team recomputes by hand. (Carrying
 * the rest made installment 2 of the loans-API rate-change case 4,240 instead of the 4,241 of
 * 921,343 × 6 % × 28 / 365 = 4,240.70, because period 1's 10,191.78 had been rounded up to 10,192.)
 */
export function crystallize(w: Working, date: LocalDate, eventId: string): bigint {
  const a = w.accrual;
  const rounded = roundAccrued(a.scaled, a.denominator, w.loan.terms.rounding.interestMode);
  const minor = rounded.minor > 0n ? rounded.minor : 0n;
  a.scaled = 0n;
  delete a.subPeriod;
  bookInterest(w, date, eventId, minor - a.bookedMinor);
  a.bookedMinor = 0n;
  a.periodStart = date;
  a.periodDays = 0n;
  return minor;
}

/** Month-end accrual (accrual basis): books the accrued interest not yet booked this period. */
export function bookMonthEnd(w: Working, monthEnd: LocalDate): void {
  const target = accruedMinor(w);
  const a = w.accrual;
  if (target > a.bookedMinor) {
    bookInterest(w, monthEnd, `accrual:${monthEnd}`, target - a.bookedMinor);
    a.bookedMinor = target;
  }
}

/** Books interest that falls due without daily accrual (a flat-interest installment); returns it. */
export function bookDueInterest(w: Working, date: LocalDate, eventId: string, amountMinor: bigint): bigint {
  bookInterest(w, date, eventId, amountMinor);
  return amountMinor;
}

function bookInterest(w: Working, date: LocalDate, eventId: string, amountMinor: bigint): void {
  if (amountMinor === 0n) return;
  const basis = w.loan.policy.accountingBasis;
  const lines = accrualLines(amountMinor < 0n ? -amountMinor : amountMinor, basis);
  const signed =
    amountMinor < 0n
      ? lines.map((l) => ({ account: l.account, debitMinor: l.creditMinor, creditMinor: l.debitMinor }))
      : lines;
  post(w, date, eventId, "interest accrued", signed);
}

/**
 * With `interestRounding: "per-sub-period"`: when the balance or the rate differs from the sub-period's, the
 * sub-period ends; its exact interest (`scaled` since its start) is rounded by the interest mode and a new one
 * starts. The period's interest is then the sum of the rounded sub-periods (crystallize rounds a whole number of
 * minor units plus the open sub-period).
 */
function roundSubPeriod(w: Working): void {
  const a = w.accrual;
  const sub = a.subPeriod;
  if (sub !== undefined && sub.balanceMinor === w.principalBalanceMinor && sub.rateUnits === a.rateUnits) return;
  let startScaled = a.scaled;
  if (sub !== undefined) {
    const { minor } = roundAccrued(a.scaled - sub.startScaled, a.denominator, w.loan.terms.rounding.interestMode);
    startScaled = sub.startScaled + minor * a.denominator;
    a.scaled = startScaled;
  }
  a.subPeriod = { startScaled, balanceMinor: w.principalBalanceMinor, rateUnits: a.rateUnits };
}
