import { ok, type Result } from "../errors/index.js";
import type { Decimal } from "../money/index.js";
import { buildSchedule, type ScheduleTerms } from "../schedule/index.js";
import type { RescheduleEvent } from "./events.js";
import type { Installment } from "./state.js";
import type { Working } from "./working.js";

/**
 * The installments that replace the rest of a flat-interest loan's schedule when its policy keeps it flat
 * (`flatReschedule: "flat"`): a new flat charge on the new terms, exactly as a new flat loan of the principal not
 * yet due, disbursed on the reschedule date at `rate` (the event's, or the loan's), with the event's first payment
 * date and number of payments, would carry it: interest = principal × rate × the periods' year fractions, rounded
 * once, spread evenly with the last row taking the remainder (`buildSchedule`'s flat rows). Each row's principal
 * and interest fall due as planned; nothing accrues daily.
 *
 * @example const rows = flatRescheduleRows(w, event, w.annualRatePercent, 5);
 */
export function flatRescheduleRows(
  w: Working,
  event: RescheduleEvent,
  rate: Decimal,
  firstNumber: number,
): Result<Installment[]> {
  const { balloonMinor: _balloon, principalGracePeriods: _p, interestGracePeriods: _i, ...rest } = w.loan.terms;
  const terms: ScheduleTerms = {
    ...rest,
    principalMinor: w.principalNotDueMinor,
    annualRatePercent: rate,
    disbursementDate: event.effectiveDate,
    firstPaymentDate: event.firstPaymentDate,
    numberOfPayments: event.numberOfPayments,
  };
  const schedule = buildSchedule(terms);
  if (!schedule.ok) return schedule;
  return ok(
    schedule.value.rows.map(
      (row, k): Installment => ({
        number: firstNumber + k,
        dueDate: row.dueDate,
        status: "future",
        kind: "principal",
        plannedMinor: row.principalMinor,
        plannedInterestMinor: row.interestMinor,
        plannedFeesMinor: rest.feesPerInstallmentMinor ?? 0n,
        hasFallenDue: false,
        isSkipped: false,
        isInterestDeferred: false,
        principalDueMinor: 0n,
        interestDueMinor: 0n,
        principalPaidMinor: 0n,
        interestPaidMinor: 0n,
        isLateFeeAssessed: false,
      }),
    ),
  );
}
