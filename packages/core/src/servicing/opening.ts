import type { LocalDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { openingLines, recoveryLines } from "../ledger/index.js";
import { periodDays, toRateUnits } from "./accrual.js";
import { chargeOff } from "./charge-off.js";
import { adjustedDueDate } from "./contract.js";
import type { OpeningBalanceEvent, OpeningChargeOff, OpeningScheduledInstallment } from "./opening-event.js";
import type { Charge, Installment } from "./state.js";
import { post, type Working } from "./working.js";

const okVoid: Result<true> = ok(true);

function bad(code: string, message: string, path: ReadonlyArray<string | number>): Result<true> {
  return fail(code, message, path);
}

/** Dates strictly increasing, the due ones on or before the opening date, the rest after it. */
function checkDates(event: OpeningBalanceEvent): Result<true> {
  const asOf = event.effectiveDate;
  let previous: LocalDate | undefined;
  for (const [k, row] of event.due.entries()) {
    if (row.dueDate > asOf) return bad("invalid_opening", "a due installment is dated after the opening", ["due", k]);
    if (previous !== undefined && row.dueDate <= previous)
      return bad("invalid_opening", "due dates must increase", ["due", k, "dueDate"]);
    if (row.principalMinor < 0n || row.interestMinor < 0n || row.principalMinor + row.interestMinor === 0n)
      return bad("invalid_opening", "a due installment owes a positive amount", ["due", k]);
    previous = row.dueDate;
  }
  for (const [k, row] of event.schedule.entries()) {
    if (row.dueDate <= asOf || (previous !== undefined && row.dueDate <= previous))
      return bad("invalid_opening", "scheduled dates must increase and fall after the opening", ["schedule", k]);
    if (row.plannedMinor < 0n || (row.plannedInterestMinor ?? 0n) < 0n || (row.plannedFeesMinor ?? 0n) < 0n)
      return bad("invalid_amount", "planned amounts must not be negative", ["schedule", k]);
    previous = row.dueDate;
  }
  return okVoid;
}

/** The amounts the opening states are whole and consistent. */
function checkOpening(w: Working, event: OpeningBalanceEvent): Result<true> {
  if (event.effectiveDate <= w.loan.terms.disbursementDate)
    return bad("invalid_opening", "the opening date must fall after the disbursement date", ["effectiveDate"]);
  if (event.accrualStartDate > event.effectiveDate || event.accrualStartDate < w.loan.terms.disbursementDate)
    return bad("invalid_opening", "the accrual start lies between disbursement and the opening", ["accrualStartDate"]);
  const dueMinor = event.due.reduce((sum, row) => sum + row.principalMinor, 0n);
  if (event.principalMinor < dueMinor)
    return bad("invalid_opening", "principal due exceeds the principal outstanding", ["principalMinor"]);
  const amounts = [
    event.accruedInterestMinor,
    event.deferredInterestMinor ?? 0n,
    event.accruedPenaltyMinor ?? 0n,
    event.creditBalanceMinor ?? 0n,
  ];
  if (amounts.some((amount) => amount < 0n))
    return bad("invalid_amount", "opening amounts must not be negative", ["accruedInterestMinor"]);
  if (event.charges.some((charge) => charge.amountMinor <= 0n || charge.dueDate > event.effectiveDate))
    return bad("invalid_opening", "a charge owes a positive amount due by the opening", ["charges"]);
  if (event.annualRatePercent.units < 0n || event.annualRatePercent.scale > 10)
    return bad("invalid_rate", "the rate must be ≥ 0 with at most 10 decimals", ["annualRatePercent"]);
  if (event.exact && event.exact.denominatorUnits !== w.accrual.denominator)
    return bad("invalid_opening", "the exact accruals use another day count", ["exact", "denominatorUnits"]);
  return event.chargedOff === undefined ? checkDates(event) : checkChargeOff(w, event, event.chargedOff);
}

/** A charged-off opening: charged off between disbursement and the opening, owing something, nothing to come. */
function checkChargeOff(w: Working, event: OpeningBalanceEvent, off: OpeningChargeOff): Result<true> {
  if (off.date > event.effectiveDate)
    return bad("charge_off_after_opening", "the charge-off date falls after the opening date", ["chargedOff", "date"]);
  if (off.date <= w.loan.terms.disbursementDate)
    return bad("invalid_opening", "the charge-off date must fall after the disbursement date", ["chargedOff", "date"]);
  if (event.schedule.length > 0)
    return bad("charged_off_schedule", "a charged-off loan has no installments to come", ["schedule"]);
  const owed =
    event.principalMinor +
    event.accruedInterestMinor +
    (event.deferredInterestMinor ?? 0n) +
    (event.accruedPenaltyMinor ?? 0n) +
    event.due.reduce((sum, row) => sum + row.interestMinor, 0n) +
    event.charges.reduce((sum, charge) => sum + charge.amountMinor, 0n);
  if (owed === 0n) return bad("nothing_to_charge_off", "a charged-off loan owes something", ["principalMinor"]);
  if ((event.creditBalanceMinor ?? 0n) > 0n)
    return bad("invalid_opening", "a charged-off loan holds no credit balance", ["creditBalanceMinor"]);
  if (off.recoveredMinor < 0n || off.recoveredMinor > owed)
    return bad("recoveries_exceed_charge_off", `recoveries must lie between 0 and the ${owed} charged off`, [
      "chargedOff",
      "recoveredMinor",
    ]);
  return checkDates(event);
}

function blankInstallment(number: number, dueDate: LocalDate): Installment {
  return {
    number,
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
  };
}

function scheduled(number: number, row: OpeningScheduledInstallment): Installment {
  const isSkipped = row.holidayInterest !== undefined;
  return {
    ...blankInstallment(number, row.dueDate),
    kind: row.kind,
    plannedMinor: row.plannedMinor,
    plannedInterestMinor: row.plannedInterestMinor ?? 0n,
    plannedFeesMinor: row.plannedFeesMinor ?? 0n,
    isInterestDeferred: row.isInterestDeferred === true,
    isSkipped,
    ...(isSkipped ? { status: "skipped" as const, holidayInterest: row.holidayInterest } : {}),
  };
}

/** Installments numbered from 1: the due ones, then the schedule (`number − 1` is the index). */
function openingInstallments(event: OpeningBalanceEvent): Installment[] {
  const due = event.due.map(
    (row, k): Installment => ({
      ...blankInstallment(k + 1, row.dueDate),
      hasFallenDue: true,
      status: row.dueDate < event.effectiveDate ? "overdue" : "due",
      principalDueMinor: row.principalMinor,
      interestDueMinor: row.interestMinor,
      isLateFeeAssessed: row.isLateFeeAssessed,
    }),
  );
  return [...due, ...event.schedule.map((row, k) => scheduled(event.due.length + k + 1, row))];
}

function openingCharges(event: OpeningBalanceEvent, installments: ReadonlyArray<Installment>): Charge[] {
  return event.charges.map((charge, k) => {
    const owner = installments.find((i) => i.dueDate === charge.installmentDueDate);
    return {
      id: `${event.id}:charge:${k + 1}`,
      kind: charge.kind,
      label: charge.label,
      dueDate: charge.dueDate,
      ...(owner === undefined ? {} : { installmentNumber: owner.number }),
      amountMinor: charge.amountMinor,
      paidMinor: 0n,
      waivedMinor: 0n,
    };
  });
}

/**
 * The due-date grid of later added installments: anchored at `gridStartDate` (default the terms'
 * first payment date) when the next installment lies on that grid, so a day of month clamped in a
 * short month (31 → 28) comes back; otherwise at the next installment itself.
 */
function gridAnchor(w: Working, event: OpeningBalanceEvent, installments: ReadonlyArray<Installment>) {
  const next = installments[event.due.length] ?? installments[installments.length - 1];
  if (!next) return w.dueDateAnchor;
  const start = event.gridStartDate ?? w.loan.terms.firstPaymentDate;
  for (let k = 0; k < 5000; k++) {
    const day = adjustedDueDate(w.loan.terms, start, k);
    if (day === next.dueDate) return { firstDueDate: start, firstNumber: next.number - k };
    if (day > next.dueDate) break;
  }
  return { firstDueDate: next.dueDate, firstNumber: next.number };
}

/** Sets the accrual cursors: day counts from the period start; the accrued amount exact when given. */
function openAccruals(w: Working, event: OpeningBalanceEvent): void {
  const { terms, policy } = w.loan;
  const asOf = event.effectiveDate;
  const a = w.accrual;
  a.through = asOf;
  a.periodStart = event.accrualStartDate;
  a.periodDays = periodDays(event.accrualStartDate, asOf, terms.dayCount);
  a.scaled = event.exact?.interestScaledUnits ?? event.accruedInterestMinor * a.denominator;
  a.rateUnits = terms.interestMethod === "flat" ? 0n : toRateUnits(event.annualRatePercent);
  a.bookedMinor = policy.accountingBasis === "accrual" ? event.accruedInterestMinor : 0n;
  w.penaltyAccrual = event.exact
    ? { through: event.exact.penaltyThrough, remainderScaled: event.exact.penaltyScaledUnits }
    : { through: asOf, remainderScaled: (event.accruedPenaltyMinor ?? 0n) * a.denominator };
}

/**
 * Opens a loan from its balances on the migration date (see `OpeningBalanceEvent`): the schedule is
 * the installments still due plus those to come, the charges are what is owed of each, the accrual
 * cursors continue the current interest period, and one journal entry brings the receivables onto
 * the books. The loan is fully disbursed (a further tranche is refused). A `chargedOff` opening is then
 * charged off as `chargeOff` does it on the opening date (same buckets, same journal lines), its
 * transaction dated when the source charged it off, with the recoveries the source had made.
 */
export function applyOpening(w: Working, event: OpeningBalanceEvent): Result<true> {
  const checked = checkOpening(w, event);
  if (!checked.ok) return checked;
  const installments = openingInstallments(event);
  const dueMinor = event.due.reduce((sum, row) => sum + row.principalMinor, 0n);
  w.installments = installments;
  w.charges = openingCharges(event, installments);
  w.dueDateAnchor = gridAnchor(w, event, installments);
  w.nextDueIndex = event.due.length;
  w.firstOpenIndex = 0;
  w.lateFeeIndex = 0;
  w.status = "active";
  w.annualRatePercent = event.annualRatePercent;
  w.disbursedMinor = w.loan.terms.principalMinor;
  w.principalBalanceMinor = event.principalMinor;
  w.principalNotDueMinor = event.principalMinor - dueMinor;
  w.deferredInterestMinor = event.deferredInterestMinor ?? 0n;
  w.creditBalanceMinor = event.creditBalanceMinor ?? 0n;
  const level = event.schedule.find((row) => row.kind === "level" && row.holidayInterest === undefined);
  w.levelInstallmentMinor = level?.plannedMinor ?? 0n;
  openAccruals(w, event);
  postOpening(w, event);
  return event.chargedOff === undefined ? okVoid : openChargedOff(w, event, event.chargedOff);
}

function openChargedOff(w: Working, event: OpeningBalanceEvent, off: OpeningChargeOff): Result<true> {
  const id = `${event.id}:charge-off`;
  const charged = chargeOff(w, id, event.effectiveDate, false);
  if (!charged.ok) return charged;
  const index = w.transactions.findIndex((t) => t.id === id);
  const transaction = w.transactions[index];
  if (transaction !== undefined) w.transactions[index] = { ...transaction, date: off.date };
  w.recoveredMinor = off.recoveredMinor;
  if (off.recoveredMinor > 0n) {
    // What the source had recovered by the opening: one recovery, on the opening date (its own days are on the
    // old books), so the journal and the transactions hold every cent `recoveredMinor` counts.
    const recoveryId = `${event.id}:recovery`;
    post(w, event.effectiveDate, recoveryId, "recovery", recoveryLines(off.recoveredMinor));
    w.transactions.push({
      id: recoveryId,
      type: "recovery",
      date: event.effectiveDate,
      amountMinor: off.recoveredMinor,
    });
  }
  return okVoid;
}

function postOpening(w: Working, event: OpeningBalanceEvent): void {
  const dueInterest = event.due.reduce((sum, row) => sum + row.interestMinor, 0n);
  const sum = (kind: "fee" | "penalty") =>
    event.charges.filter((c) => c.kind === kind).reduce((total, c) => total + c.amountMinor, 0n);
  const parts = {
    principalMinor: event.principalMinor,
    interestMinor: dueInterest + event.accruedInterestMinor + w.deferredInterestMinor,
    feesMinor: sum("fee"),
    penaltiesMinor: sum("penalty"),
    creditMinor: w.creditBalanceMinor,
  };
  const date = event.effectiveDate;
  post(w, date, event.id, "opening balances", openingLines(parts, w.loan.policy.accountingBasis));
  const owed = parts.principalMinor + parts.interestMinor + parts.feesMinor + parts.penaltiesMinor;
  w.transactions.push({ id: event.id, type: "opening-balance", date, amountMinor: owed });
}
