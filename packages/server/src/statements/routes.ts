import { createRoute } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import { noticePathSchema, noticeSchema } from "./notice-schemas.js";
import { loanStatementsPathSchema, statementPathSchema, statementRequestSchema, statementSchema } from "./schemas.js";

const tags = ["Statements"];
const security = [{ bearerAuth: [] }];
const read = requireScope("loans:read");
const write = requireScope("loans:write");

/** `GET /v1/loans/{loanId}/statements`. @example listRoute(router, listStatementsDefinition, statementOrder, fetchPage); */
export const listStatementsDefinition = {
  path: "/v1/loans/{loanId}/statements",
  operationId: "listLoanStatements",
  summary: "List statements",
  description:
    "The loan's periodic statements. The daily close issues one at each cycle end: each installment due date, covering the days after the previous statement date through it, and asking for the next installment plus whatever is past due.",
  tag: "Statements",
  middleware: read,
  params: loanStatementsPathSchema,
  filters: {},
  item: statementSchema,
  pageName: "StatementPage",
  order: "Newest first (by statement date)",
};

/** `POST /v1/loans/{loanId}/statements`. @example router.openapi(createStatementRoute, handler); */
export const createStatementRoute = createRoute({
  method: "post",
  path: "/v1/loans/{loanId}/statements",
  operationId: "createLoanStatement",
  summary: "Issue a past cycle's statement",
  description:
    "Issues the statement of a past cycle that has none (a loan boarded or migrated after the date, a close that did not run), built as the daily close builds it from the loan's events as known now, opening on the latest statement before the date (a later statement issued without it keeps its own period). `statementDate` must be before the business date (422 `statement_date_not_past`: the close issues that cycle's) and one of the loan's installment due dates while it was on the books (422 `not_a_statement_date`); 409 `statement_exists` when the loan has one for the date. Records `statement.issued`.",
  tags,
  security,
  middleware: write,
  request: {
    headers: optionalIdempotencyKey,
    params: loanStatementsPathSchema,
    body: { required: true, content: { "application/json": { schema: statementRequestSchema } } },
  },
  responses: {
    201: { description: "The statement issued", content: { "application/json": { schema: statementSchema } } },
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});

/** `GET /v1/loans/{loanId}/statements/{statementId}`. @example router.openapi(getStatementRoute, handler); */
export const getStatementRoute = createRoute({
  method: "get",
  path: "/v1/loans/{loanId}/statements/{statementId}",
  operationId: "getLoanStatement",
  summary: "Get a statement",
  description:
    "One periodic statement: the period, opening and closing balances (closing = opening + every transaction's change, bucket by bucket), every transaction with how it moved each balance, interest and fees charged in the period and the year, the amount and date due, the past due amount and days past due, and for a product with `productType: mortgage` the Regulation Z § 1026.41 contents (explanation of amount due, past payments, the delinquency box after 45 days).",
  tags,
  security,
  middleware: read,
  request: { params: statementPathSchema },
  responses: {
    200: { description: "The statement", content: { "application/json": { schema: statementSchema } } },
    ...problemResponses(404),
  },
});

/** `GET /v1/loans/{loanId}/statements/{statementId}/content`. @example router.openapi(getStatementPdfRoute, handler); */
export const getStatementPdfRoute = createRoute({
  method: "get",
  path: "/v1/loans/{loanId}/statements/{statementId}/content",
  operationId: "downloadLoanStatement",
  summary: "Download a statement as PDF",
  description:
    "The statement drawn as a PDF (US Letter, pdf-lib) from the same stored document the JSON shows, every figure printed exactly from its minor units: the amount due box, the explanation of amount due, opening and closing balances, the transaction activity, the period's and year's charges, and for a mortgage the past payments breakdown, account information and delinquency notice. Deterministic: the same statement gives the same bytes.",
  tags,
  security,
  middleware: read,
  request: { params: statementPathSchema },
  responses: {
    200: {
      description: "The PDF",
      content: { "application/pdf": { schema: { type: "string" as const, format: "binary" } } },
    },
    ...problemResponses(404),
  },
});

/** `GET /v1/loans/{loanId}/notices`. @example listRoute(router, listNoticesDefinition, noticeOrder, fetchPage); */
export const listNoticesDefinition = {
  path: "/v1/loans/{loanId}/notices",
  operationId: "listLoanNotices",
  summary: "List notices",
  description:
    "The notices the daily close sent the borrower: a late payment notice when it charged a late fee, and for a product with `productType: mortgage` the Regulation Z delinquency notice on the first day more than 45 days delinquent. Each is the `notice.*` event the close recorded.",
  tag: "Statements",
  middleware: read,
  params: loanStatementsPathSchema,
  filters: {},
  item: noticeSchema,
  pageName: "NoticePage",
  order: "Newest first",
};

/** `GET /v1/loans/{loanId}/notices/{noticeId}/content`. @example router.openapi(downloadNoticeRoute, handler); */
export const downloadNoticeRoute = createRoute({
  method: "get",
  path: "/v1/loans/{loanId}/notices/{noticeId}/content",
  operationId: "downloadLoanNotice",
  summary: "Download a notice as PDF",
  description: "The notice drawn as a PDF from its stored JSON (the event's data), every figure exact.",
  tags,
  security,
  middleware: read,
  request: { params: noticePathSchema },
  responses: {
    200: {
      description: "The PDF",
      content: { "application/pdf": { schema: { type: "string" as const, format: "binary" } } },
    },
    ...problemResponses(404),
  },
});
