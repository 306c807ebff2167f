import { addDays, daysInMonth, type LocalDate } from "../calendar/index.js";
import { capitalizationLines, receiptLines } from "../ledger/index.js";
import { divideRounded } from "../money/index.js";
import { periodsPerYearRatio } from "../schedule/index.js";
import { advanceFirstOpen, dropFutureInstallments, emptyReceipt, receiptParts, settleDue } from "./allocation.js";
import { levelInstallment } from "./amortize.js";
import { addCharge, feeAmount } from "./charges.js";
import { adjustedDueDate } from "./contract.js";
import { accruedMinor, accrueTo, bookDueInterest, bookMonthEnd, crystallize } from "./interest.js";
import { chargePenaltyInterest } from "./penalty.js";
import { installmentRemaining, isOffBooks, minBig, post, setInstallment, type Working } from "./working.js";

/** The first day of the month after `day` (string arithmetic on YYYY-MM-DD; this runs at every stop). */
function nextMonthStart(day: LocalDate): LocalDate {
  const month = Number(day.slice(5, 7));
  if (month === 12) return `${Number(day.slice(0, 4)) + 1}-01-01` as LocalDate;
  return `${day.slice(0, 4)}-${month < 9 ? "0" : ""}${month + 1}-01` as LocalDate;
}

/** The last day of the month before a month start (YYYY-MM-01). */
function dayBefore(monthStart: LocalDate): LocalDate {
  const year = Number(monthStart.slice(0, 4));
  const month = Number(monthStart.slice(5, 7));
  if (month === 1) return `${year - 1}-12-31` as LocalDate;
  return `${monthStart.slice(0, 4)}-${month <= 10 ? "0" : ""}${month - 1}-${daysInMonth(year, month - 1)}` as LocalDate;
}

/**
 * Settles newly due amounts from the credit balance (unless the policy keeps credit for refunds),
 * recorded as a `credit-application` transaction `credit:<date>:<n>`.
 */
export function applyCredit(w: Working, date: LocalDate): void {
  if (w.creditBalanceMinor === 0n || w.loan.policy.overpayment === "refund") return;
  const r = emptyReceipt();
  const left = settleDue(w, w.creditBalanceMinor, date, r);
  const used = w.creditBalanceMinor - left;
  if (used === 0n) return;
  w.creditBalanceMinor = left;
  let n = 1;
  for (let i = w.transactions.length - 1; i >= 0; i--) {
    const t = w.transactions[i];
    if (!t || t.date !== date) break;
    if (t.type === "credit-application") n++;
  }
  const id = `credit:${date}:${n}`;
  const parts = receiptParts(r);
  post(w, date, id, "credit balance applied", receiptLines(parts, w.loan.policy.accountingBasis, true));
  w.transactions.push({ id, type: "credit-application", date, amountMinor: used, allocation: parts, lines: r.lines });
}

/**
 * Re-amortizes the installments not yet due over the principal not yet due: a new level payment
 * for level rows, the principal spread evenly over rows that carry planned principal.
 */
export function reamortize(w: Working): void {
  const rows: number[] = [];
  for (let i = w.nextDueIndex; i < w.installments.length; i++) if (!w.installments[i]?.isSkipped) rows.push(i);
  if (rows.length === 0) return;
  const { terms } = w.loan;
  const levelRows = rows.filter((i) => w.installments[i]?.kind === "level");
  if (levelRows.length > 0) {
    const level = levelInstallment(
      w.principalNotDueMinor,
      w.accrual.rateUnits,
      periodsPerYearRatio(terms.frequency),
      levelRows.length,
      terms.rounding.mode,
      terms.rounding.installmentMultipleMinor,
    );
    w.levelInstallmentMinor = level;
    for (const i of levelRows) setInstallment(w, i, { plannedMinor: level });
  }
  const principalRows = rows.filter(
    (i) => w.installments[i]?.kind === "principal" && (w.installments[i]?.plannedMinor ?? 0n) > 0n,
  );
  if (principalRows.length > 0) {
    const each = divideRounded(w.principalNotDueMinor, BigInt(principalRows.length), "down");
    for (const i of principalRows) setInstallment(w, i, { plannedMinor: each });
  }
}

function principalFor(w: Working, index: number, interestDue: bigint): bigint {
  const inst = w.installments[index];
  if (!inst) return 0n;
  const isLast = index === w.installments.length - 1;
  if (isLast) return w.principalNotDueMinor;
  const planned = inst.kind === "level" ? inst.plannedMinor - interestDue : inst.plannedMinor;
  if (planned <= 0n) return 0n;
  return minBig(planned, w.principalNotDueMinor);
}

/** An installment falls due on its date: interest crystallizes, principal is set by the plan. */
export function fallDue(w: Working, index: number): void {
  const inst = w.installments[index];
  if (!inst) return;
  const date = inst.dueDate;
  chargePenaltyInterest(w, date);
  w.nextDueIndex = index + 1;
  if (inst.isSkipped) {
    const eventId = `due:${inst.number}`;
    const interest = crystallize(w, date, eventId) + bookDueInterest(w, date, eventId, inst.plannedInterestMinor);
    if (inst.holidayInterest === "capitalize") {
      w.principalNotDueMinor += interest;
      w.principalBalanceMinor += interest;
      post(
        w,
        date,
        `capitalization:${inst.number}`,
        "interest capitalized",
        capitalizationLines(interest, w.loan.policy.accountingBasis),
      );
      w.transactions.push({ id: `capitalization:${inst.number}`, type: "capitalization", date, amountMinor: interest });
    } else w.deferredInterestMinor += interest;
    setInstallment(w, index, { hasFallenDue: true, status: "skipped" });
    const next = w.installments[index + 1];
    if (next && !next.isSkipped) reamortize(w);
    return;
  }
  let interestDue = inst.isInterestDeferred ? 0n : crystallize(w, date, `due:${inst.number}`);
  if (inst.plannedInterestMinor > 0n)
    interestDue += bookDueInterest(w, date, `due:${inst.number}`, inst.plannedInterestMinor);
  if (index === w.installments.length - 1) {
    interestDue += w.deferredInterestMinor;
    w.deferredInterestMinor = 0n;
  }
  const principalDue = principalFor(w, index, interestDue);
  w.principalNotDueMinor -= principalDue;
  setInstallment(w, index, {
    hasFallenDue: true,
    principalDueMinor: principalDue,
    interestDueMinor: interestDue,
    status: "due",
  });
  if (inst.plannedFeesMinor > 0n) {
    addCharge(w, {
      id: `installment-fee:${inst.number}`,
      kind: "fee",
      label: "installment fee",
      date,
      amountMinor: inst.plannedFeesMinor,
      installmentNumber: inst.number,
    });
  }
  if (w.principalNotDueMinor === 0n && w.deferredInterestMinor === 0n) dropFutureInstallments(w);
  applyCredit(w, date);
  advanceFirstOpen(w, date);
}

function lateFeeDate(w: Working): LocalDate | null {
  const rule = w.loan.policy.lateFee;
  if (!rule) return null;
  // Installments settled before their check can never be late again (a reversal replays from scratch).
  while (w.lateFeeIndex < w.nextDueIndex) {
    const inst = w.installments[w.lateFeeIndex];
    if (inst && !inst.isSkipped && installmentRemaining(inst) > 0n) break;
    w.lateFeeIndex++;
  }
  if (w.lateFeeIndex >= w.nextDueIndex) return null;
  const inst = w.installments[w.lateFeeIndex];
  return inst ? lateFeeCheckDate(inst.dueDate, rule.graceDays + 1) : null;
}

/** due date + `days`, remembered for the last installment asked about (asked at every stop). */
let lastCheck: { dueDate: LocalDate; days: number; date: LocalDate } | undefined;
function lateFeeCheckDate(dueDate: LocalDate, days: number): LocalDate {
  if (lastCheck?.dueDate !== dueDate || lastCheck.days !== days) {
    lastCheck = { dueDate, days, date: addDays(dueDate, days) };
  }
  return lastCheck.date;
}

/** The amount a percent late fee on installment `index` is taken of (`ServicingPolicy.lateFee.base`). */
function lateFeeBase(w: Working, index: number, date: LocalDate): bigint {
  const inst = w.installments[index]!;
  const base = w.loan.policy.lateFee?.base;
  if (base === "principal") return inst.principalDueMinor - inst.principalPaidMinor;
  if (base !== "overdue-amount") return installmentRemaining(inst);
  let overdue = 0n;
  for (let i = 0; i < w.nextDueIndex; i++) {
    const due = w.installments[i];
    if (due && !due.isSkipped) overdue += installmentRemaining(due);
  }
  for (const charge of w.charges) {
    if (charge.dueDate > date) continue;
    overdue += charge.amountMinor - charge.paidMinor - charge.waivedMinor - (charge.capitalizedMinor ?? 0n);
  }
  return overdue;
}

function assessLateFee(w: Working, date: LocalDate): void {
  const rule = w.loan.policy.lateFee;
  const index = w.lateFeeIndex;
  w.lateFeeIndex++;
  const inst = w.installments[index];
  if (!rule || !inst || inst.isSkipped || inst.isLateFeeAssessed) return;
  // SCRA (50 U.S.C. § 3937): a fee falling due while protected is never assessed, even after it ends.
  if (installmentRemaining(inst) <= 0n || w.isScraProtected) return;
  // Checked the day after the grace period, after the last grace day's payments; `last-grace-day` dates it that day.
  const feeDate = rule.assessment === "last-grace-day" ? addDays(date, -1) : date;
  const amount = feeAmount(rule.rule, lateFeeBase(w, index, feeDate));
  setInstallment(w, index, { isLateFeeAssessed: true });
  const id = `late-fee:${inst.number}`;
  addCharge(w, {
    id,
    kind: "penalty",
    label: `late fee, installment ${inst.number}`,
    date: feeDate,
    amountMinor: amount,
    installmentNumber: inst.number,
  });
  if (amount > 0n) w.transactions.push({ id, type: "late-fee", date: feeDate, amountMinor: amount });
  applyCredit(w, date);
}

/**
 * After maturity (every installment has fallen due) with principal still unpaid or interest
 * accrued: the due date of the next interest period, one regular period (the loan's frequency,
 * business-day adjusted) after the last installment; `undefined` when nothing more falls due or
 * the policy collects post-maturity interest only at payoff.
 */
export function extensionDate(w: Working): LocalDate | undefined {
  if (w.nextDueIndex < w.installments.length || w.loan.policy.interestAfterMaturity === "at-payoff") return undefined;
  const last = w.installments[w.installments.length - 1];
  if (!last || w.disbursedMinor < w.loan.terms.principalMinor) return undefined;
  const isAccruing = w.accrual.rateUnits > 0n || w.loan.policy.penaltyInterest !== undefined;
  if (!(w.principalBalanceMinor > 0n && isAccruing) && accruedMinor(w) === 0n) return undefined;
  const { firstDueDate, firstNumber } = w.dueDateAnchor;
  return adjustedDueDate(w.loan.terms, firstDueDate, last.number + 1 - firstNumber);
}

/**
 * Appends the interest-only installment of one period after maturity: no principal is planned, so
 * it collects the interest accrued in its period (and carries no installment fee).
 */
function addExtension(w: Working, dueDate: LocalDate): void {
  const last = w.installments[w.installments.length - 1];
  w.installments.push({
    number: (last?.number ?? 0) + 1,
    dueDate,
    status: "future",
    kind: "principal",
    plannedMinor: 0n,
    plannedInterestMinor: 0n,
    plannedFeesMinor: 0n,
    hasFallenDue: false,
    isSkipped: false,
    isInterestDeferred: false,
    principalDueMinor: 0n,
    interestDueMinor: 0n,
    principalPaidMinor: 0n,
    interestPaidMinor: 0n,
    isLateFeeAssessed: false,
  });
}

/**
 * Brings the loan to the start of `target`: accrues interest in spans between stops (due dates,
 * post-maturity interest periods, late-fee dates, month starts for the accrual-basis month-end
 * booking) and handles each stop.
 */
export function advanceTo(w: Working, target: LocalDate): void {
  const monthly = w.loan.policy.accountingBasis === "accrual";
  for (;;) {
    const offBooks = isOffBooks(w);
    let due = offBooks ? undefined : w.installments[w.nextDueIndex]?.dueDate;
    const extension = offBooks || due !== undefined ? undefined : extensionDate(w);
    if (extension !== undefined && extension <= target) {
      addExtension(w, extension);
      due = extension;
    }
    const late = offBooks ? null : lateFeeDate(w);
    const monthStart = monthly && !offBooks ? nextMonthStart(w.accrual.through) : undefined;
    let stop: LocalDate = target;
    if (due !== undefined && due < stop) stop = due;
    if (late !== null && late < stop) stop = late;
    if (monthStart !== undefined && monthStart < stop) stop = monthStart;
    const isStopDue = due === stop;
    const isStopLate = late === stop;
    const isStopMonth = monthStart === stop;
    if (!isStopDue && !isStopLate && !isStopMonth) break;
    accrueTo(w, stop);
    if (isStopMonth) bookMonthEnd(w, dayBefore(stop));
    if (isStopDue) fallDue(w, w.nextDueIndex);
    if (isStopLate) assessLateFee(w, stop);
  }
  accrueTo(w, target);
}
