import type { LocalDate } from "@lendstack/core/calendar";
import type { Loan, LoanEvent, LoanState } from "@lendstack/core/servicing";
import { balances, buildStatement, isStatementDate } from "@lendstack/core/statements";
import type { LoanStatementRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import type { NewEvent } from "../events/record.js";
import type { IdGenerator } from "../ids.js";
import { insertStatements, latestStatementsBefore, type PreviousStatement } from "./store.js";
import { toStatementDocument, toStatementIssuedData } from "./view.js";

/** A loan the close replayed: its id and version, terms and policy, events, and its state on the date. */
export interface ClosedLoan {
  readonly loanId: string;
  readonly version: number;
  readonly loan: Loan;
  readonly events: ReadonlyArray<LoanEvent>;
  readonly state: LoanState;
}

/** Which close: the tenant, the business date, when, and ids. */
export interface IssueContext {
  readonly tenantId: string;
  readonly businessDate: LocalDate;
  readonly now: Date;
  readonly ids: IdGenerator;
}

function previousOf(previous: PreviousStatement | undefined) {
  if (previous === undefined) return undefined;
  return {
    statementDate: previous.statementDate,
    closing: balances(
      previous.closingPrincipalMinor,
      previous.closingInterestMinor,
      previous.closingFeesMinor,
      previous.closingUnappliedMinor,
    ),
  };
}

/**
 * A loan's statement for the context's business date as a row to insert, opening on `previous`; undefined when
 * core refuses to build it.
 *
 * @example const row = statementRow(context, closed, previous.get(closed.loanId));
 */
export function statementRow(context: IssueContext, closed: ClosedLoan, previous: PreviousStatement | undefined) {
  const built = buildStatement({
    loan: closed.loan,
    events: closed.events,
    statementDate: context.businessDate,
    previous: previousOf(previous),
    format: closed.loan.policy.statementFormat,
    closingState: closed.state,
  });
  if (!built.ok) return undefined;
  const statement = built.value;
  const row: LoanStatementRow = {
    tenantId: context.tenantId,
    id: context.ids.next("stm"),
    loanId: closed.loanId,
    statementDate: statement.statementDate,
    periodStart: statement.periodStart,
    currency: statement.currency,
    format: statement.format,
    eventsVersion: closed.version,
    closingPrincipalMinor: statement.closing.principalMinor,
    closingInterestMinor: statement.closing.interestMinor,
    closingFeesMinor: statement.closing.feesMinor,
    closingUnappliedMinor: statement.closing.unappliedMinor,
    document: toStatementDocument(statement),
    createdAt: context.now,
  };
  return row;
}

/**
 * Issues, in the close's transaction, the statements of the loans whose cycle ends on the business date
 * (an installment falls due that day): each opens on its loan's previous statement, all are inserted in
 * one statement per 1,000, and a loan that already has one for the date keeps it (a re-run close issues
 * nothing twice). Returns the `statement.issued` events of the statements inserted, for the close to
 * record with its own.
 *
 * @example const events = await issueStatements(tx, context, closedLoans);
 */
export async function issueStatements(
  tx: Executor,
  context: IssueContext,
  closedLoans: ReadonlyArray<ClosedLoan>,
): Promise<NewEvent[]> {
  const due = closedLoans.filter((closed) => isStatementDate(closed.state, context.businessDate));
  if (due.length === 0) return [];
  const previous = await latestStatementsBefore(
    tx,
    context.tenantId,
    due.map((closed) => closed.loanId),
    context.businessDate,
  );
  const rows: LoanStatementRow[] = [];
  for (const closed of due) {
    const row = statementRow(context, closed, previous.get(closed.loanId));
    if (row !== undefined) rows.push(row);
  }
  const inserted = await insertStatements(tx, rows);
  return inserted.map((row) => ({
    type: "statement.issued",
    resourceType: "statement",
    resourceId: row.id,
    data: toStatementIssuedData(row),
    businessDate: context.businessDate,
  }));
}
