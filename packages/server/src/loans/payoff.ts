import type { LocalDate } from "@lendstack/core/calendar";
import { ok, type Result } from "@lendstack/core/errors";
import { type PayoffQuote, quotePayoff } from "@lendstack/core/servicing";
import type { Executor } from "../db/database.js";
import type { LoanRow } from "../db/schema/index.js";
import { loadLoan } from "./load.js";
import { loansStore } from "./store.js";

// The payoff quote of a stored loan.

/**
 * Core's payoff quote for a stored loan on `payoffDate`: principal, interest accrued to (not including)
 * that date, fees and penalties; `loan_closed` (409) on a charged-off or written-off loan.
 *
 * @example
 * const result = await quoteLoanPayoff(db, "demo", "loan_…", date("2026-07-15"));
 */
export async function quoteLoanPayoff(
  executor: Executor,
  tenantId: string,
  loanId: string,
  payoffDate: LocalDate,
): Promise<Result<{ readonly row: LoanRow; readonly quote: PayoffQuote }>> {
  const loaded = await loadLoan(loansStore(executor, tenantId), loanId);
  if (!loaded.ok) return loaded;
  const quote = quotePayoff(loaded.value.loan, loaded.value.events, payoffDate);
  if (!quote.ok) return quote;
  return ok({ row: loaded.value.row, quote: quote.value });
}
