import { daysBetween } from "../calendar/index.js";
import type { LoanEvent, OpeningBalanceEvent, OpeningScheduledInstallment } from "../servicing/index.js";

function installmentRecord(row: OpeningScheduledInstallment) {
  const { dueDate, kind, plannedMinor, plannedInterestMinor, plannedFeesMinor, isInterestDeferred, holidayInterest } =
    row;
  return {
    dueDate,
    ...(kind === "level" ? { amountMinor: plannedMinor } : { principalMinor: plannedMinor }),
    ...(plannedInterestMinor ? { interestMinor: plannedInterestMinor } : {}),
    ...(plannedFeesMinor ? { feesMinor: plannedFeesMinor } : {}),
    ...(isInterestDeferred ? { isInterestDeferred } : {}),
    ...(holidayInterest ? { holidayInterest } : {}),
  };
}

/**
 * An opening-balance event in a row's `opening` form (core values; `exportLoan` encodes them), with
 * every detail explicit so no derivation rule is needed to read it back.
 *
 * @example const opening = openingRecord(unwrap(openingBalanceOf(state, "opening")));
 */
export function openingRecord(event: OpeningBalanceEvent): Record<string, unknown> {
  const dueInterest = event.due.reduce((sum, row) => sum + row.interestMinor, 0n);
  const overdue = event.due.find((row) => row.dueDate < event.effectiveDate);
  return {
    asOf: event.effectiveDate,
    principalMinor: event.principalMinor,
    interestMinor: dueInterest + event.accruedInterestMinor + (event.deferredInterestMinor ?? 0n),
    feesMinor: event.charges.reduce((sum, charge) => sum + charge.amountMinor, 0n),
    daysPastDue: overdue ? daysBetween(overdue.dueDate, event.effectiveDate) : 0,
    nextDueDate: event.schedule[0]?.dueDate,
    annualRatePercent: event.annualRatePercent,
    installments: event.schedule.map(installmentRecord),
    due: event.due,
    charges: event.charges,
    accrualStartDate: event.accrualStartDate,
    accruedInterestMinor: event.accruedInterestMinor,
    deferredInterestMinor: event.deferredInterestMinor,
    accruedPenaltyMinor: event.accruedPenaltyMinor,
    creditBalanceMinor: event.creditBalanceMinor,
    gridStartDate: event.gridStartDate,
    chargedOff: event.chargedOff,
    exact: event.exact,
  };
}

/**
 * The events after the migration date that a loan opened on it can take: all of them, unless one
 * reverses a payment made on or before that date (then `undefined`: export the full history).
 *
 * @example eventsAfter(events, date("2026-06-30"))
 */
export function eventsAfter(events: ReadonlyArray<LoanEvent>, date: string): LoanEvent[] | undefined {
  const later = events.filter((event) => event.effectiveDate > date);
  const early = new Set(events.filter((event) => event.effectiveDate <= date).map((event) => event.id));
  return later.some((event) => event.type === "payment-reversal" && early.has(event.transactionId)) ? undefined : later;
}
