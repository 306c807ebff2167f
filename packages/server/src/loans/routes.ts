import { createRoute, type z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { requireIdempotencyKey } from "../http/idempotency.js";
import { requiredIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import {
  journalListSchema,
  loanEventLogSchema,
  loanScheduleSchema,
  loanSchema,
  loanStateSchema,
  payoffQuoteSchema,
  transactionListSchema,
  trialBalanceSchema,
} from "./response-schemas.js";
import { asOfQuerySchema, boardLoanSchema, loanListFilters, loanPathSchema, payoffQuerySchema } from "./schemas.js";

const tags = ["Loans"];
const security = [{ bearerAuth: [] }];
/** `loans:read` route middleware. */
export const readScope = requireScope("loans:read");
/** `loans:write` route middleware. */
export const writeScope = requireScope("loans:write");
/** `payments:write` route middleware. */
export const paymentsScope = requireScope("payments:write");

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** `POST /v1/loans` (boardLoan). @example router.openapi(boardLoanRoute, handler); */
export const boardLoanRoute = createRoute({
  method: "post",
  path: "/v1/loans",
  operationId: "boardLoan",
  summary: "Board a loan",
  description:
    "Boards a loan under a product version with its disbursement: the terms are checked against the product " +
    "(422 with the rule broken and a pointer to the field), the loan and its disbursement event are stored.",
  tags,
  security,
  middleware: [writeScope, requireIdempotencyKey] as const,
  request: {
    headers: requiredIdempotencyKey,
    body: { required: true, content: { "application/json": { schema: boardLoanSchema } } },
  },
  responses: {
    201: json(loanStateSchema, "The boarded loan as of today"),
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});

/** `GET /v1/loans` (listLoans). @example listRoute(router, listLoansDefinition, idOrder("loan"), fetchPage); */
export const listLoansDefinition = {
  path: "/v1/loans",
  operationId: "listLoans",
  summary: "List loans",
  description: "Loans as boarded (terms and references; no replayed balances).",
  tag: "Loans",
  middleware: readScope,
  filters: loanListFilters,
  item: loanSchema,
  pageName: "LoanPage",
};

function readRoute<T extends z.ZodType>(
  path: string,
  operationId: string,
  summary: string,
  description: string,
  schema: T,
) {
  return createRoute({
    method: "get",
    path: `/v1/loans/{loanId}${path}`,
    operationId,
    summary,
    description,
    tags,
    security,
    middleware: readScope,
    request: { params: loanPathSchema, query: asOfQuerySchema },
    responses: { 200: json(schema, summary), ...problemResponses(404) },
  });
}

/** `GET /v1/loans/{loanId}` (getLoan). @example router.openapi(getLoanRoute, handler); */
export const getLoanRoute = readRoute(
  "",
  "getLoan",
  "Get a loan's state",
  "Replays the loan's events to `asOf` (default today's business date, UTC): balances, delinquency, next due.",
  loanStateSchema,
);
/** `GET /v1/loans/{loanId}/schedule` (getLoanSchedule). @example router.openapi(getScheduleRoute, handler); */
export const getScheduleRoute = readRoute(
  "/schedule",
  "getLoanSchedule",
  "Get a loan's schedule",
  "The current schedule as of `asOf`, each installment with its status and what was paid.",
  loanScheduleSchema,
);
/** `GET /v1/loans/{loanId}/transactions` (listLoanTransactions). @example router.openapi(listTransactionsRoute, handler); */
export const listTransactionsRoute = readRoute(
  "/transactions",
  "listLoanTransactions",
  "List a loan's transactions",
  "Every transaction up to `asOf` in date order, receipts with their allocation; reversed payments are marked.",
  transactionListSchema,
);
/** `GET /v1/loans/{loanId}/journal-entries` (listLoanJournalEntries). @example router.openapi(listJournalRoute, handler); */
export const listJournalRoute = readRoute(
  "/journal-entries",
  "listLoanJournalEntries",
  "List a loan's journal entries",
  "Double-entry postings up to `asOf`; every entry balances and a reversal adds reversing entries.",
  journalListSchema,
);
/** `GET /v1/loans/{loanId}/trial-balance` (getLoanTrialBalance). @example router.openapi(trialBalanceRoute, handler); */
export const trialBalanceRoute = readRoute(
  "/trial-balance",
  "getLoanTrialBalance",
  "Get a loan's trial balance",
  "Per-account debits, credits and balance of the loan's journal as of `asOf`.",
  trialBalanceSchema,
);

/** `GET /v1/loans/{loanId}/payoff-quote` (getLoanPayoffQuote). @example router.openapi(payoffQuoteRoute, handler); */
export const payoffQuoteRoute = createRoute({
  method: "get",
  path: "/v1/loans/{loanId}/payoff-quote",
  operationId: "getLoanPayoffQuote",
  summary: "Quote a payoff",
  description: "What it takes to close the loan on `date`: a payment of `amount` dated `date` pays it off.",
  tags,
  security,
  middleware: readScope,
  request: { params: loanPathSchema, query: payoffQuerySchema },
  responses: { 200: json(payoffQuoteSchema, "The payoff quote"), ...problemResponses(404, 409) },
});

/** `GET /v1/loans/{loanId}/events` (listLoanEvents). @example router.openapi(listEventsRoute, handler); */
export const listEventsRoute = createRoute({
  method: "get",
  path: "/v1/loans/{loanId}/events",
  operationId: "listLoanEvents",
  summary: "List a loan's stored events",
  description: "The append-only event log in arrival order, with who posted each event and when.",
  tags,
  security,
  middleware: readScope,
  request: { params: loanPathSchema },
  responses: { 200: json(loanEventLogSchema, "The event log"), ...problemResponses(404) },
});
