import { type LocalDate, parseLocalDate } from "@lendstack/core/calendar";
import { ok, type Result } from "@lendstack/core/errors";
import { trialBalance } from "@lendstack/core/ledger";
import type { LoanState } from "@lendstack/core/servicing";
import type { Context } from "hono";
import { createRouter } from "../../http/app-env.js";
import { decodeCursor, toPage } from "../../http/pagination.js";
import { domainProblem } from "../../http/problem.js";
import { isIdWithPrefix } from "../../ids.js";
import { boardLoan, getLoanState, listLoans } from "../../services/loans.js";
import { todayOf } from "../../services/loans-changes.js";
import { quoteLoanPayoff } from "../../services/loans-payoff.js";
import { changeContext } from "../context.js";
import type { ApiResource, ResourceDeps } from "../resource.js";
import { registerChanges } from "./changes.js";
import { loanProblem } from "./problems.js";
import {
  boardLoanRoute,
  getLoanRoute,
  getScheduleRoute,
  listJournalRoute,
  listLoansRoute,
  listTransactionsRoute,
  payoffQuoteRoute,
  trialBalanceRoute,
} from "./routes.js";
import {
  toInstallmentBody,
  toJournalBody,
  toLoanBody,
  toLoanStateBody,
  toPayoffBody,
  toTransactionBody,
  toTrialBalanceBody,
} from "./view.js";

type LoanRouter = ReturnType<typeof createRouter>;

/** `?asOf=`/`?date=` parsed, or today's business date from the injected clock. */
function businessDateOf(text: string | undefined, field: string, deps: ResourceDeps): Result<LocalDate> {
  return text === undefined ? ok(todayOf(deps.clock())) : parseLocalDate(text, [field]);
}

function registerReads(router: LoanRouter, deps: ResourceDeps): void {
  const db = deps.database.db;
  /** Replays the loan of the path to the query's `asOf`, then answers with `body(state)`. */
  const withState = async (
    c: Context,
    asOfText: string | undefined,
    body: (state: LoanState, row: Parameters<typeof toLoanBody>[0]) => unknown,
  ) => {
    const asOf = businessDateOf(asOfText, "asOf", deps);
    if (!asOf.ok) return loanProblem(c, asOf.error, "query");
    const result = await getLoanState(db, c.get("principal").tenantId, c.req.param("loanId") ?? "", asOf.value);
    if (!result.ok) return loanProblem(c, result.error);
    return c.json(body(result.value.state, result.value.row), 200);
  };
  router.openapi(
    getLoanRoute,
    (c) => withState(c, c.req.valid("query").asOf, (state, row) => toLoanStateBody(row, state)) as never,
  );
  router.openapi(
    getScheduleRoute,
    (c) =>
      withState(c, c.req.valid("query").asOf, (state, row) => ({
        loanId: row.id,
        asOf: state.asOf,
        currency: state.currency,
        installments: state.installments.map(toInstallmentBody),
      })) as never,
  );
  router.openapi(
    listTransactionsRoute,
    (c) =>
      withState(c, c.req.valid("query").asOf, (state, row) => ({
        loanId: row.id,
        asOf: state.asOf,
        currency: state.currency,
        data: state.transactions.map(toTransactionBody),
      })) as never,
  );
  router.openapi(
    listJournalRoute,
    (c) => withState(c, c.req.valid("query").asOf, (state, row) => toJournalBody(row.id, state)) as never,
  );
  router.openapi(
    trialBalanceRoute,
    (c) =>
      withState(c, c.req.valid("query").asOf, (state, row) =>
        toTrialBalanceBody(row.id, trialBalance(state.journal, state.asOf)),
      ) as never,
  );
  router.openapi(payoffQuoteRoute, async (c) => {
    const payoffDate = businessDateOf(c.req.valid("query").date, "date", deps);
    if (!payoffDate.ok) return loanProblem(c, payoffDate.error, "query");
    const { loanId } = c.req.valid("param");
    const result = await quoteLoanPayoff(db, c.get("principal").tenantId, loanId, payoffDate.value);
    if (!result.ok) return loanProblem(c, result.error, "query");
    return c.json(toPayoffBody(result.value.row, result.value.quote), 200);
  });
}

const isLoanId = (id: string) => isIdWithPrefix(id, "loan");

function registerBoarding(router: LoanRouter, deps: ResourceDeps): void {
  const db = deps.database.db;
  router.openapi(boardLoanRoute, async (c) => {
    const result = await boardLoan(db, changeContext(c, deps), c.req.valid("json"));
    if (!result.ok) return loanProblem(c, result.error);
    return c.json(toLoanStateBody(result.value.row, result.value.state), 201);
  });
  router.openapi(listLoansRoute, async (c) => {
    const { cursor, limit, status } = c.req.valid("query");
    const position = cursor === undefined ? undefined : decodeCursor(cursor, isLoanId);
    if (position !== undefined && !position.ok) return domainProblem(c, position.error);
    const rows = await listLoans(db, c.get("principal").tenantId, {
      status,
      afterId: position?.value.afterId,
      take: limit + 1,
    });
    return c.json(
      toPage(rows.map(toLoanBody), limit, (loan) => loan.id),
      200,
    );
  });
}

function loanRoutes(deps: ResourceDeps): LoanRouter {
  const router = createRouter();
  registerBoarding(router, deps);
  registerReads(router, deps);
  registerChanges(router, deps);
  return router;
}

/**
 * Loans: boarding, state by replay as of any business date, schedule, transactions, journal, trial
 * balance, payoff quotes, and every servicing change (payments, reversals, fees, waivers, reschedules,
 * payment holidays, charge-off) as append-only events.
 *
 * @example
 * export const resources = [productsResource, quotesResource, loansResource];
 */
export const loansResource: ApiResource = {
  tag: { name: "Loans", description: "Boarded loans serviced as append-only events replayed to any business date" },
  scopes: ["loans:read", "loans:write", "payments:write"],
  routes: loanRoutes,
};
