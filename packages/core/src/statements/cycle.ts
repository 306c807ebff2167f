import { addDays, type LocalDate } from "../calendar/index.js";
import type { LoanState } from "../servicing/index.js";

/**
 * Whether `date` ends a statement cycle for the loan: an installment of its schedule (a skipped,
 * payment-holiday one too, or an interest period after maturity) fell due that day and the loan is on
 * the books. `state` is the loan replayed to `date`.
 *
 * @example isStatementDate(unwrap(replay(loan, events, date("2026-03-01"))), date("2026-03-01"))
 */
export function isStatementDate(state: LoanState, date: LocalDate): boolean {
  if (state.status === "pending" || state.status === "charged-off" || state.status === "written-off") return false;
  return state.installments.some((inst) => inst.dueDate === date && inst.hasFallenDue);
}

/**
 * The cycle end before `date`: the latest due date before it in the schedule (and any schedule a
 * reschedule replaced), or the day before the disbursement for the first cycle, so the first
 * statement lists the disbursement.
 *
 * @example previousCycleEnd(state, date("2026-03-01")) // "2026-02-01"
 */
export function previousCycleEnd(state: LoanState, date: LocalDate): LocalDate {
  let latest: LocalDate | undefined;
  const consider = (dueDate: LocalDate) => {
    if (dueDate < date && (latest === undefined || dueDate > latest)) latest = dueDate;
  };
  for (const inst of state.installments) consider(inst.dueDate);
  for (const old of state.scheduleHistory)
    for (const inst of old.installments) if (inst.hasFallenDue) consider(inst.dueDate);
  const beforeDisbursement = addDays(state.loan.terms.disbursementDate, -1);
  return latest === undefined || latest < beforeDisbursement ? beforeDisbursement : latest;
}
