import { addDays, type LocalDate, maxDate } from "../calendar/index.js";
import { periodDays, roundAccrued, scaledInterest } from "./accrual.js";
import { addCharge } from "./charges.js";
import { isOffBooks, type Working } from "./working.js";

/**
 * Penalty interest (the product's `latePayment.penaltyRatePercent`): extra interest on overdue
 * principal. An installment's unpaid principal is penalised for every day past due beyond the
 * late-payment grace days, i.e. over the span [dueDate + graceDays, paid date), with the same
 * end-of-day convention as regular interest (a day counts on the balance left after that day's
 * events). Paid 10 days late with 0 grace days: 10 days of penalty; paid within the grace days:
 * none. The amount is
 *
 *   Σ unpaid principal_i × penalty rate × yearFraction(from_i, to)        (day count of the terms)
 *
 * summed exactly as a bigint and rounded once, by the terms' interest mode, when it is charged;
 * the remainder (under one minor unit) carries to the next charge. Unpaid principal changes only
 * when money is allocated, so the penalty is charged (crystallized) just before every allocation
 * (payment, credit application), at every due date, at a charge-off and a restructure: it becomes
 * a `penalty` charge `penalty-interest:<date>` (penalty receivable / penalty income on the accrual
 * basis) settled with the oldest penalised installment by the waterfall.
 * @see 12 CFR 1026.4(c)(2) (late-payment charges are not finance charges; they are booked apart)
 */

/** Exact scaled penalty over [through, to) on every overdue installment's unpaid principal. */
function scaledPenalty(w: Working, to: LocalDate): { scaled: bigint; firstNumber?: number } {
  const rule = w.loan.policy.penaltyInterest;
  // SCRA: none accrues while protected (the protection's end moves `through` to its own date).
  if (!rule || isOffBooks(w) || w.isScraProtected) return { scaled: 0n };
  let scaled = 0n;
  let firstNumber: number | undefined;
  for (let i = w.firstOpenIndex; i < w.nextDueIndex; i++) {
    const inst = w.installments[i];
    if (!inst || inst.isSkipped) continue;
    const unpaid = inst.principalDueMinor - inst.principalPaidMinor;
    if (unpaid <= 0n) continue;
    const start = addDays(inst.dueDate, rule.graceDays);
    const from = maxDate(start, w.penaltyAccrual.through);
    if (from >= to) continue;
    scaled += scaledInterest(unpaid, rule.rateUnits, periodDays(from, to, w.loan.terms.dayCount));
    firstNumber ??= inst.number;
  }
  return firstNumber === undefined ? { scaled } : { scaled, firstNumber };
}

/**
 * Penalty interest accrued up to (not including) `to` and not yet charged, minor units.
 *
 * @example accruedPenaltyMinor(w, date("2026-03-20")) // 0n when nothing is overdue
 */
export function accruedPenaltyMinor(w: Working, to: LocalDate): bigint {
  if (!w.loan.policy.penaltyInterest) return 0n;
  const total = w.penaltyAccrual.remainderScaled + scaledPenalty(w, to).scaled;
  const { minor } = roundAccrued(total, w.accrual.denominator, w.loan.terms.rounding.interestMode);
  return minor > 0n ? minor : 0n;
}

/** Charges the penalty interest accrued up to (not including) `date`; returns the amount charged. */
export function chargePenaltyInterest(w: Working, date: LocalDate): bigint {
  if (!w.loan.policy.penaltyInterest || date <= w.penaltyAccrual.through) return 0n;
  const { scaled, firstNumber } = scaledPenalty(w, date);
  const total = w.penaltyAccrual.remainderScaled + scaled;
  const { minor, remainder } = roundAccrued(total, w.accrual.denominator, w.loan.terms.rounding.interestMode);
  w.penaltyAccrual = { through: date, remainderScaled: minor > 0n ? remainder : total };
  if (minor <= 0n) return 0n;
  let id = `penalty-interest:${date}`;
  if (w.charges.some((c) => c.id === id)) id = `${id}:${w.charges.length}`;
  addCharge(w, {
    id,
    kind: "penalty",
    label: "penalty interest",
    date,
    amountMinor: minor,
    ...(firstNumber === undefined ? {} : { installmentNumber: firstNumber }),
  });
  w.transactions.push({ id, type: "penalty-interest", date, amountMinor: minor });
  return minor;
}
