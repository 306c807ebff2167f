import { parseLocalDate } from "@lendstack/core/calendar";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { replay } from "@lendstack/core/servicing";
import { isStatementDate } from "@lendstack/core/statements";
import { joinTransaction } from "../db/ambient.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { LoanStatementRow } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { todayOf } from "../loans/append-event.js";
import { loadLoan } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import { statementRow } from "./issue.js";
import { insertStatements, latestStatementsBefore } from "./store.js";
import { toStatementIssuedData } from "./view.js";

/**
 * Issues the statement of a past cycle the close left without one (a loan boarded or migrated after the date,
 * a close that did not run), under the loan's row lock: built as the close would have built it, from the loan's
 * events as known now, opening on the latest statement before the date. The date must be before the business
 * date (422 `statement_date_not_past`) and a cycle end of the loan, an installment due date on which it was on
 * the books (422 `not_a_statement_date`); a loan with a statement for that date keeps it (409
 * `statement_exists`). Stores it, writes the audit record and records `statement.issued`, in one transaction.
 *
 * @example const issued = await issuePastStatement(db, context, "loan_…", "2025-03-01");
 */
export async function issuePastStatement(
  db: Db,
  context: ChangeContext,
  loanId: string,
  dateText: string,
): Promise<Result<LoanStatementRow>> {
  const parsed = parseLocalDate(dateText, ["statementDate"]);
  if (!parsed.ok) return parsed;
  const statementDate = parsed.value;
  const today = todayOf(context);
  return joinTransaction(db, async (tx) => {
    // The loan first: another tenant's loan id is 404 whatever the date.
    const loaded = await loadLoan(loansStore(tx, context.tenantId), loanId, { forUpdate: true });
    if (!loaded.ok) return loaded;
    if (statementDate >= today) {
      const message = `${statementDate} is not before the business date ${today}: the daily close issues that cycle's statement`;
      return fail("statement_date_not_past", message, ["statementDate"]);
    }
    const { loan, events, row } = loaded.value;
    const state = replay(loan, events, statementDate);
    if (!state.ok) return state;
    const notCycleEnd = fail("not_a_statement_date", `No cycle of loan ${loanId} ends on ${statementDate}`, [
      "statementDate",
    ]);
    if (!isStatementDate(state.value, statementDate)) return notCycleEnd;
    const previous = await latestStatementsBefore(tx, context.tenantId, [loanId], statementDate);
    const issue = { tenantId: context.tenantId, businessDate: statementDate, now: context.now, ids: context.ids };
    const closed = { loanId, version: row.version, loan, events, state: state.value };
    const built = statementRow(issue, closed, previous.get(loanId));
    if (built === undefined) return notCycleEnd;
    const [inserted] = await insertStatements(tx, [built]);
    if (inserted === undefined) {
      const message = `Loan ${loanId} already has a statement for ${statementDate}.`;
      return fail("statement_exists", message, ["statementDate"]);
    }
    await writeAudit(tx, context, {
      action: "statement.issued",
      resourceType: "statement",
      resourceId: inserted.id,
      details: { loanId, statementDate, onDemand: true },
    });
    const data = toStatementIssuedData(inserted);
    await recordEvent(tx, context, {
      type: "statement.issued",
      resourceType: "statement",
      resourceId: inserted.id,
      data,
    });
    return ok(inserted);
  });
}
