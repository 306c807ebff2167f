import { fail, ok, type Result } from "@lendstack/core/errors";
import type { Loan, LoanEvent } from "@lendstack/core/servicing";
import type { Executor } from "../db/database.js";
import type { LoanEventRow, LoanRow } from "../db/schema/index.js";
import { decodeLoan, rowToEvent } from "./codec.js";
import { type LoansStore, loansStore } from "./store.js";

/** A stored loan as core needs it: the row, its terms and policy, and its events in arrival order. @example const { loan, events } = loaded; */
export interface LoadedLoan {
  readonly row: LoanRow;
  readonly loan: Loan;
  readonly events: ReadonlyArray<LoanEvent>;
}

/** @example return loanNotFound("loan_…"); */
export function loanNotFound(loanId: string) {
  return fail("loan_not_found", `No loan ${loanId} in this tenant.`, ["loanId"]);
}

/**
 * Reads a loan and its events through a tenant-scoped store; `forUpdate` locks the loan row first, so
 * every change to one loan runs one after another and sees the events the previous one appended.
 *
 * @example
 * const loaded = await loadLoan(loansStore(tx, tenantId), loanId, { forUpdate: true });
 */
export async function loadLoan(
  store: LoansStore,
  loanId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Result<LoadedLoan>> {
  const row = await store.find(loanId, options);
  if (row === undefined) return loanNotFound(loanId);
  return ok(await withEvents(store, row));
}

/**
 * The loan of a row already read (and locked, if it was to be) with its events.
 *
 * @example
 * const loaded = await withEvents(loansStore(db, tenantId), row);
 */
export async function withEvents(store: LoansStore, row: LoanRow): Promise<LoadedLoan> {
  // A row altered outside the API throws CorruptRecordError: a 500 `corrupt_record`, never a wrong state.
  const loan = decodeLoan(row);
  const rows = await store.events(row.id);
  return { row, loan, events: rows.map(rowToEvent) };
}

/**
 * The loan's stored events exactly as appended (arrival order), for operations and audit.
 *
 * @example
 * const result = await listLoanEvents(db, "demo", "loan_…");
 */
export async function listLoanEvents(
  executor: Executor,
  tenantId: string,
  loanId: string,
): Promise<Result<{ readonly row: LoanRow; readonly events: ReadonlyArray<LoanEventRow> }>> {
  const store = loansStore(executor, tenantId);
  const row = await store.find(loanId);
  if (row === undefined) return loanNotFound(loanId);
  return ok({ row, events: await store.events(loanId) });
}
