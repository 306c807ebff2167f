import { type LocalDate, parseLocalDate } from "@lendstack/core/calendar";
import { ok, type Result } from "@lendstack/core/errors";
import { trialBalance } from "@lendstack/core/ledger";
import type { Context } from "hono";
import { type AppEnv, createRouter } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { dateRangeOf, instantRangeOf } from "../http/list-filters.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { registerChanges } from "./change-handlers.js";
import { listLoanEvents } from "./load.js";
import { quoteLoanPayoff } from "./payoff.js";
import { ifNoneMatchHas, loanReadTag } from "./read-tag.js";
import {
  boardLoanRoute,
  getLoanRoute,
  getScheduleRoute,
  listEventsRoute,
  listJournalRoute,
  listLoansDefinition,
  listTransactionsRoute,
  payoffQuoteRoute,
  trialBalanceRoute,
} from "./routes.js";
import { boardLoan, getLoanState, getLoanSummary, listLoans } from "./service.js";
import { loansStore } from "./store.js";
import {
  toEventLogBody,
  toJournalBody,
  toLoanBody,
  toLoanStateBody,
  toPayoffBody,
  toScheduleBody,
  toTransactionsBody,
  toTrialBalanceBody,
} from "./view.js";

type LoanRouter = ReturnType<typeof createRouter>;

/** `?asOf=`/`?date=` parsed, or the tenant's business date (its settings, or a sandbox's test clock). */
function businessDateOf(text: string | undefined, field: string, c: Context<AppEnv>): Result<LocalDate> {
  return text === undefined ? ok(c.get("tenant").businessDate as LocalDate) : parseLocalDate(text, [field]);
}

function registerReads(router: LoanRouter, deps: ResourceDeps): void {
  const { db } = deps;
  /**
   * The loan of the path replayed to `asOf` (default today), or the response to return: a problem, or — when
   * `If-None-Match` names the read's version tag — an empty 200 the conditional-GET middleware turns into
   * 304, found from the loan row alone. Every answer carries the tag as its `ETag`.
   */
  const replayed = async (c: Context<AppEnv>, asOfText: string | undefined, read: string, summary = false) => {
    const asOf = businessDateOf(asOfText, "asOf", c);
    if (!asOf.ok) return { ok: false as const, response: domainProblem(c, asOf.error, "query") };
    const { tenantId } = c.get("principal");
    const loanId = c.req.param("loanId") ?? "";
    const ifNoneMatch = c.req.header("If-None-Match");
    if (ifNoneMatch !== undefined) {
      const row = await loansStore(db, tenantId).find(loanId);
      const tag = row === undefined ? undefined : loanReadTag(row, asOf.value, read);
      if (tag !== undefined && ifNoneMatchHas(ifNoneMatch, tag)) {
        c.header("ETag", tag);
        // Typed as the problem responses are: the middleware answers 304 before anyone reads a body.
        return { ok: false as const, response: c.body(null, 200) as never };
      }
    }
    const load = summary ? getLoanSummary : getLoanState;
    const result = await load(db, tenantId, loanId, asOf.value);
    if (!result.ok) return { ok: false as const, response: domainProblem(c, result.error) };
    c.header("ETag", loanReadTag(result.value.row, asOf.value, read));
    return { ok: true as const, state: result.value.state, row: result.value.row };
  };
  router.openapi(getLoanRoute, async (c) => {
    const loan = await replayed(c, c.req.valid("query").asOf, "loan", true);
    return loan.ok ? c.json(toLoanStateBody(loan.row, loan.state), 200) : loan.response;
  });
  router.openapi(getScheduleRoute, async (c) => {
    const loan = await replayed(c, c.req.valid("query").asOf, "schedule");
    return loan.ok ? c.json(toScheduleBody(loan.row.id, loan.state), 200) : loan.response;
  });
  router.openapi(listTransactionsRoute, async (c) => {
    const loan = await replayed(c, c.req.valid("query").asOf, "transactions");
    return loan.ok ? c.json(toTransactionsBody(loan.row.id, loan.state), 200) : loan.response;
  });
  router.openapi(listJournalRoute, async (c) => {
    const loan = await replayed(c, c.req.valid("query").asOf, "journal");
    return loan.ok ? c.json(toJournalBody(loan.row.id, loan.state), 200) : loan.response;
  });
  router.openapi(trialBalanceRoute, async (c) => {
    const loan = await replayed(c, c.req.valid("query").asOf, "trial-balance");
    if (!loan.ok) return loan.response;
    return c.json(toTrialBalanceBody(loan.row.id, trialBalance(loan.state.journal, loan.state.asOf)), 200);
  });
  router.openapi(listEventsRoute, async (c) => {
    const { loanId } = c.req.valid("param");
    const result = await listLoanEvents(db, c.get("principal").tenantId, loanId);
    if (!result.ok) return domainProblem(c, result.error);
    return c.json(toEventLogBody(loanId, result.value.events), 200);
  });
  router.openapi(payoffQuoteRoute, async (c) => {
    const payoffDate = businessDateOf(c.req.valid("query").date, "date", c);
    if (!payoffDate.ok) return domainProblem(c, payoffDate.error, "query");
    const { loanId } = c.req.valid("param");
    const result = await quoteLoanPayoff(db, c.get("principal").tenantId, loanId, payoffDate.value);
    if (!result.ok) return domainProblem(c, result.error, "query");
    return c.json(toPayoffBody(result.value.row, result.value.quote), 200);
  });
}

function registerBoarding(router: LoanRouter, deps: ResourceDeps): void {
  const { db } = deps;
  router.openapi(boardLoanRoute, async (c) => {
    const result = await boardLoan(db, changeContext(c, deps), c.req.valid("json"));
    if (!result.ok) return domainProblem(c, result.error);
    return c.json(toLoanStateBody(result.value.row, result.value.state), 201);
  });
  listRoute(router, listLoansDefinition, idOrder("loan"), async ({ tenantId, filters, after, take }) => {
    const { status, productId, externalReference, borrowerReference, decisionId } = filters;
    const rows = await listLoans(db, tenantId, {
      ...{ status, productId, externalReference, borrowerReference, decisionId, after, take },
      createdAt: instantRangeOf(filters, "createdAt"),
      disbursementDate: dateRangeOf(filters, "disbursementDate"),
    });
    return ok(rows.map(toLoanBody));
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
