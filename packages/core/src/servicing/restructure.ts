import type { LocalDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { arrearsCapitalizationLines } from "../ledger/index.js";
import { periodsPerYearRatio } from "../schedule/index.js";
import { toRateUnits } from "./accrual.js";
import { advanceFirstOpen } from "./allocation.js";
import { levelInstallment } from "./amortize.js";
import { adjustedDueDate } from "./contract.js";
import type { PaymentHolidayEvent, RescheduleEvent } from "./events.js";
import { chargePenaltyInterest } from "./penalty.js";
import type { ServicingPolicy } from "./policy.js";
import { flatRescheduleRows } from "./reschedule-flat.js";
import { scraRateRefusal } from "./scra.js";
import type { Installment } from "./state.js";
import { chargeRemaining, installmentRemaining, post, setCharge, setInstallment, type Working } from "./working.js";

const okVoid: Result<true> = ok(true);

/**
 * Payment holiday: marks the next `installments` installments not yet due as skipped (their
 * period's interest is capitalized or deferred when they fall due) and appends as many at the end,
 * business-day adjusted when the terms carry an adjustment.
 */
export function applyHoliday(w: Working, event: PaymentHolidayEvent): Result<true> {
  const count = event.installments;
  if (!Number.isSafeInteger(count) || count < 1 || w.nextDueIndex + count > w.installments.length) {
    return fail("invalid_holiday", "a holiday skips 1 or more of the installments not yet due", ["installments"]);
  }
  const lastInstallment = w.installments[w.installments.length - 1];
  if (!lastInstallment) return fail("invalid_holiday", "no installments left to skip", ["installments"]);
  const last = { ...lastInstallment }; // a copy: the original may be marked skipped below
  for (let i = w.nextDueIndex; i < w.nextDueIndex + count; i++) {
    setInstallment(w, i, { isSkipped: true, holidayInterest: event.interest, plannedMinor: 0n, status: "skipped" });
  }
  const { firstDueDate, firstNumber } = w.dueDateAnchor;
  for (let k = 1; k <= count; k++) {
    const number = last.number + k;
    w.installments.push({
      ...last,
      number,
      dueDate: adjustedDueDate(w.loan.terms, firstDueDate, number - firstNumber),
      isSkipped: false,
      status: "future",
    });
  }
  w.transactions.push({ id: event.id, type: "payment-holiday", date: event.effectiveDate, amountMinor: 0n });
  return okVoid;
}

/**
 * Moves everything due and unpaid on `date` into the principal not yet due: overdue principal
 * (already principal: no posting), and interest, fees and penalties (penalty interest charged
 * first), which become principal with one `capitalization:<eventId>` entry and transaction. The
 * installments and charges concerned keep what was paid and record `capitalizedMinor`.
 */
function capitalizeArrears(w: Working, eventId: string, date: LocalDate): void {
  chargePenaltyInterest(w, date);
  let principal = 0n;
  let interest = 0n;
  for (let i = w.firstOpenIndex; i < w.nextDueIndex; i++) {
    const inst = w.installments[i];
    if (!inst || inst.isSkipped || installmentRemaining(inst) === 0n) continue;
    const p = inst.principalDueMinor - inst.principalPaidMinor;
    const n = inst.interestDueMinor - inst.interestPaidMinor;
    principal += p;
    interest += n;
    setInstallment(w, i, {
      principalDueMinor: inst.principalPaidMinor,
      interestDueMinor: inst.interestPaidMinor,
      capitalizedMinor: p + n,
    });
  }
  let fees = 0n;
  let penalties = 0n;
  w.charges.forEach((charge, k) => {
    const remaining = chargeRemaining(charge);
    if (charge.dueDate > date || remaining === 0n) return;
    if (charge.kind === "fee") fees += remaining;
    else penalties += remaining;
    setCharge(w, k, { capitalizedMinor: (charge.capitalizedMinor ?? 0n) + remaining });
  });
  advanceFirstOpen(w, date);
  const amountMinor = interest + fees + penalties;
  w.principalNotDueMinor += principal + amountMinor;
  w.principalBalanceMinor += amountMinor;
  if (amountMinor === 0n) return;
  const id = `capitalization:${eventId}`;
  const parts = { interestMinor: interest, feesMinor: fees, penaltiesMinor: penalties };
  post(w, date, id, "arrears capitalized", arrearsCapitalizationLines(parts, w.loan.policy.accountingBasis));
  w.transactions.push({ id, type: "capitalization", date, amountMinor });
}

/**
 * Reschedule: keeps the installments already due, replaces the rest with `numberOfPayments` level
 * installments from `firstPaymentDate` for the principal not yet due (at the new rate if given),
 * and keeps the replaced schedule in `scheduleHistory`. New due dates are business-day adjusted
 * when the terms say so (the adjusted first date must still fall after the reschedule date).
 * With `capitalizeArrears`, what is due and unpaid is first moved into that principal. A flat-interest loan
 * follows its policy's `flatReschedule`: kept flat (`flatRescheduleRows`, the default) or converted to declining
 * balance (`legacy`: the behaviour of loans stored before the default, see `ServicingPolicy.flatReschedule`).
 */
export function applyReschedule(w: Working, event: RescheduleEvent): Result<true> {
  const n = event.numberOfPayments;
  const flat = w.loan.terms.interestMethod === "flat" ? (w.loan.policy.flatReschedule ?? "flat") : undefined;
  const checked = checkReschedule(w, event, flat);
  if (!checked.ok) return checked;
  if (event.annualRatePercent) {
    if (event.annualRatePercent.units < 0n || event.annualRatePercent.scale > 10)
      return fail("invalid_rate", "bad rate", ["annualRatePercent"]);
    const capped = scraRateRefusal(w, event.annualRatePercent, ["annualRatePercent"]);
    if (capped) return capped;
    w.annualRatePercent = event.annualRatePercent;
  }
  // A flat loan accrues nothing daily: it does once converted to declining balance (or, `legacy`, given a rate).
  if (flat === "declining-balance" || (flat === "legacy" && event.annualRatePercent)) {
    w.accrual.rateUnits = toRateUnits(w.annualRatePercent);
  }
  w.scheduleHistory.push({ replacedOn: event.effectiveDate, installments: w.installments.map((i) => ({ ...i })) });
  if (event.capitalizeArrears) capitalizeArrears(w, event.id, event.effectiveDate);
  const firstNumber = (w.installments[w.nextDueIndex - 1]?.number ?? 0) + 1;
  if (flat === "flat" && w.principalNotDueMinor > 0n) {
    const rows = flatRescheduleRows(w, event, w.annualRatePercent, firstNumber);
    if (!rows.ok) return rows;
    w.levelInstallmentMinor = 0n;
    w.installments.length = w.nextDueIndex;
    w.installments.push(...rows.value);
    return rescheduled(w, event, firstNumber);
  }
  const { terms } = w.loan;
  const level =
    event.installmentMinor ??
    levelInstallment(
      w.principalNotDueMinor,
      w.accrual.rateUnits,
      periodsPerYearRatio(terms.frequency),
      n,
      terms.rounding.mode,
      terms.rounding.installmentMultipleMinor,
    );
  w.levelInstallmentMinor = level;
  w.installments.length = w.nextDueIndex;
  for (let k = 0; k < n; k++) {
    const row: Installment = {
      number: firstNumber + k,
      dueDate: adjustedDueDate(terms, event.firstPaymentDate, k),
      status: "future",
      kind: "level",
      plannedMinor: level,
      plannedInterestMinor: 0n,
      plannedFeesMinor: terms.feesPerInstallmentMinor ?? 0n,
      hasFallenDue: false,
      isSkipped: false,
      isInterestDeferred: false,
      principalDueMinor: 0n,
      interestDueMinor: 0n,
      principalPaidMinor: 0n,
      interestPaidMinor: 0n,
      isLateFeeAssessed: false,
    };
    w.installments.push(row);
  }
  return rescheduled(w, event, firstNumber);
}

/** The event's own checks: the count, a first payment after the reschedule and the last due date, the installment. */
function checkReschedule(w: Working, event: RescheduleEvent, flat: ServicingPolicy["flatReschedule"]): Result<true> {
  const n = event.numberOfPayments;
  const lastDue = w.installments[w.nextDueIndex - 1]?.dueDate;
  if (!Number.isSafeInteger(n) || n < 1 || n > 2000)
    return fail("invalid_reschedule", "numberOfPayments must be 1..2000", ["numberOfPayments"]);
  const firstDue = adjustedDueDate(w.loan.terms, event.firstPaymentDate, 0);
  if (firstDue <= event.effectiveDate || (lastDue !== undefined && firstDue <= lastDue)) {
    return fail("invalid_reschedule", "the new first payment must fall after the reschedule date", [
      "firstPaymentDate",
    ]);
  }
  if (event.installmentMinor !== undefined && event.installmentMinor <= 0n)
    return fail("invalid_amount", "installment must be positive", ["installmentMinor"]);
  if (flat === "flat" && event.installmentMinor !== undefined) {
    return fail("unsupported_combination", "a loan kept flat takes its installments from the flat charge", [
      "installmentMinor",
    ]);
  }
  return okVoid;
}

/** The new schedule's due dates count from the event's first payment; the reschedule is a transaction. */
function rescheduled(w: Working, event: RescheduleEvent, firstNumber: number): Result<true> {
  w.dueDateAnchor = { firstDueDate: event.firstPaymentDate, firstNumber };
  w.transactions.push({ id: event.id, type: "reschedule", date: event.effectiveDate, amountMinor: 0n });
  return okVoid;
}
