import { addDays } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import type {
  Loan,
  OpeningBalanceEvent,
  OpeningDueInstallment,
  OpeningScheduledInstallment,
} from "../servicing/index.js";
import type { OpeningInput } from "./opening-schema.js";

// The rules of a row's `opening` for a loan charged off at the source (`openingEvent` applies them).

function inconsistent<T>(path: string, message: string): Result<T> {
  return fail("opening_inconsistent", message, [path]);
}

function sum<T>(rows: ReadonlyArray<T>, amount: (row: T) => bigint): bigint {
  return rows.reduce((total, row) => total + amount(row), 0n);
}

/**
 * A charged-off loan's installment past due (`due` not given): with d = `daysPastDue` > 0, one
 * installment due on `asOf − d` (the date of first delinquency, as Metro 2 reports it) owing all the
 * principal and the interest not given as accrued or deferred; with d = 0 nothing is past due.
 */
export function chargedOffDue(input: OpeningInput): Result<OpeningDueInstallment[]> {
  const d = input.daysPastDue;
  if (d === 0) return ok([]);
  const interestMinor = input.interestMinor - (input.accruedInterestMinor ?? 0n) - (input.deferredInterestMinor ?? 0n);
  if (interestMinor < 0n) return inconsistent("interestMinor", "the interest is less than the accrued and deferred");
  const dueDate = addDays(input.asOf, -d);
  return ok([{ dueDate, principalMinor: input.principalMinor, interestMinor, isLateFeeAssessed: true }]);
}

/** A charged-off loan has no installments to come. */
export function chargedOffSchedule(input: OpeningInput): Result<OpeningScheduledInstallment[]> {
  const given = input.installments?.length
    ? "installments"
    : input.remaining
      ? "remaining"
      : input.nextDueDate
        ? "nextDueDate"
        : undefined;
  if (given === undefined) return ok([]);
  return fail("charged_off_schedule", "a charged-off loan has no installments to come", [given]);
}

/** The charge-off's dates and amounts fit (the servicing engine checks them again on replay). */
export function checkChargedOff(event: OpeningBalanceEvent, loan: Loan): Result<true> {
  const off = event.chargedOff;
  if (off === undefined) return ok(true);
  if (off.date > event.effectiveDate)
    return fail("charge_off_after_opening", `the charge-off date ${off.date} falls after asOf`, ["chargedOff", "date"]);
  if (off.date <= loan.terms.disbursementDate)
    return fail("invalid_opening", "the charge-off date must fall after the disbursement date", ["chargedOff", "date"]);
  const first = event.due[0];
  if (first !== undefined && first.dueDate > off.date)
    return fail(
      "opening_inconsistent",
      "the loan was past due before it was charged off: daysPastDue reaches back before the charge-off",
      ["daysPastDue"],
    );
  const owed =
    event.principalMinor +
    sum(event.due, (r) => r.interestMinor) +
    event.accruedInterestMinor +
    (event.deferredInterestMinor ?? 0n) +
    sum(event.charges, (c) => c.amountMinor);
  if (owed === 0n) return fail("nothing_to_charge_off", "a charged-off loan owes something", ["principalMinor"]);
  if (off.recoveredMinor > owed)
    return fail("recoveries_exceed_charge_off", `recoveries exceed the ${owed} charged off`, [
      "chargedOff",
      "recoveredMinor",
    ]);
  return ok(true);
}
