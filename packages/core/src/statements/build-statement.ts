import { addDays, type LocalDate, maxDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { type Loan, type LoanEvent, type LoanState, replay } from "../servicing/index.js";
import { periodActivity } from "./activity.js";
import { amountDueOf } from "./amount-due.js";
import { isStatementDate, previousCycleEnd } from "./cycle.js";
import type { Statement, StatementBalances, StatementFormat } from "./model.js";
import { mortgageDisclosures } from "./mortgage.js";

/**
 * What a statement is built from: the loan and its events (as known when it is issued), the statement
 * date (a cycle end: a due date), the previous statement (its date starts this period and its closing
 * balances are this one's opening), the format, and optionally the state at the statement date when
 * the caller has it.
 */
export interface StatementInput {
  readonly loan: Loan;
  readonly events: ReadonlyArray<LoanEvent>;
  readonly statementDate: LocalDate;
  readonly previous?: { readonly statementDate: LocalDate; readonly closing: StatementBalances } | undefined;
  readonly format?: StatementFormat | undefined;
  readonly closingState?: LoanState | undefined;
}

function yearStartAfter(loan: Loan, statementDate: LocalDate): LocalDate {
  const dayBeforeYear = addDays(`${statementDate.slice(0, 4)}-01-01` as LocalDate, -1);
  const dayBeforeDisbursement = addDays(loan.terms.disbursementDate, -1);
  return maxDate(dayBeforeYear, dayBeforeDisbursement);
}

/**
 * The periodic statement of a loan at a cycle end. The cycle ends on each installment due date: the
 * statement covers the days after the previous statement date through the statement date, and asks
 * for the next installment (due on the next due date) plus whatever fell due and is unpaid. Balances,
 * transactions and interest come from `replay`; closing = opening + the lines' changes, bucket by bucket.
 * Fails `not_a_statement_date` when no installment falls due that day, `statement_before_previous`
 * when the previous statement is not earlier, and with replay's error for a history it refuses.
 *
 * @example
 * const statement = unwrap(buildStatement({ loan, events, statementDate: date("2026-03-01") }));
 * statement.closing.totalMinor === statement.opening.totalMinor + statement.chargesMinor - statement.creditsMinor;
 */
export function buildStatement(input: StatementInput): Result<Statement> {
  const { loan, events, statementDate } = input;
  let state = input.closingState;
  if (state === undefined) {
    const replayed = replay(loan, events, statementDate);
    if (!replayed.ok) return replayed;
    state = replayed.value;
  }
  if (!isStatementDate(state, statementDate)) {
    return fail("not_a_statement_date", `no installment of the loan falls due on ${statementDate}`, ["statementDate"]);
  }
  const after = input.previous?.statementDate ?? previousCycleEnd(state, statementDate);
  if (after >= statementDate) {
    return fail("statement_before_previous", `the previous statement is dated ${after}`, ["statementDate"]);
  }
  const period = periodActivity(loan, events, after, statementDate, {
    closingState: state,
    ...(input.previous === undefined ? {} : { opening: input.previous.closing }),
  });
  if (!period.ok) return period;
  const year = periodActivity(loan, events, yearStartAfter(loan, statementDate), statementDate, {
    closingState: state,
  });
  if (!year.ok) return year;
  const { opening, closing, lines } = period.value;
  let chargesMinor = 0n;
  let creditsMinor = 0n;
  for (const line of lines) {
    if (line.change.totalMinor > 0n) chargesMinor += line.change.totalMinor;
    else creditsMinor -= line.change.totalMinor;
  }
  const amountDue = amountDueOf(state, statementDate);
  const format = input.format ?? "standard";
  return ok({
    format,
    currency: state.currency,
    statementDate,
    periodStart: addDays(after, 1),
    periodEnd: statementDate,
    annualRatePercent: state.annualRatePercent,
    opening,
    closing,
    lines,
    chargesMinor,
    creditsMinor,
    interestChargedMinor: period.value.interestChargedMinor,
    feesChargedMinor: period.value.feesChargedMinor,
    interestChargedYearToDateMinor: year.value.interestChargedMinor,
    feesChargedYearToDateMinor: year.value.feesChargedMinor,
    amountDue,
    daysPastDue: state.daysPastDue,
    mortgage:
      format === "mortgage"
        ? mortgageDisclosures(state, statementDate, amountDue, lines, year.value.lines, period.value.feesChargedMinor)
        : null,
  });
}
