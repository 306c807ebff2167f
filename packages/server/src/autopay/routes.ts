import { createRoute, type z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import { autopayPathSchema, autopaySchema, enrollAutopaySchema } from "./schemas.js";

const tags = ["Autopay"];
const security = [{ bearerAuth: [] }];
const read = requireScope("loans:read");
const write = requireScope("payments:write");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** `PUT /v1/loans/{loanId}/autopay`. @example router.openapi(enrollAutopayRoute, handler); */
export const enrollAutopayRoute = createRoute({
  method: "put",
  path: "/v1/loans/{loanId}/autopay",
  operationId: "enrollLoanAutopay",
  summary: "Enroll a loan in autopay",
  description:
    "Enrolls the loan in autopay under the borrower's authorization (text version, time, IP address), replacing any open enrollment. The instrument must be an active bank account of the tenant (404 `payment_instrument_not_found`, 422 `payment_instrument_disabled`, `payment_instrument_not_bank_account`, and `payment_instrument_unverified` unless its `verificationStatus` is `verified`: a bank account in `micro_deposits_pending` is confirmed first with `POST …/payment-instruments/{instrumentId}/verify`; when the loan's `borrowerReference` is a party id, the instrument must be that party's: 422 `payment_instrument_not_borrowers`). `amount` is required for `fixed` and refused otherwise. Enrolling again is how a new authorization lifts a suspension under 12 CFR 1041.8.",
  tags,
  security,
  middleware: write,
  request: {
    params: autopayPathSchema,
    body: { required: true, content: { "application/json": { schema: enrollAutopaySchema } } },
  },
  responses: { 200: json(autopaySchema, "The enrollment"), ...problemResponses(404, 409, ...BODY_PROBLEMS) },
});

/** `GET /v1/loans/{loanId}/autopay`. @example router.openapi(getAutopayRoute, handler); */
export const getAutopayRoute = createRoute({
  method: "get",
  path: "/v1/loans/{loanId}/autopay",
  operationId: "getLoanAutopay",
  summary: "Get a loan's autopay",
  description: "The loan's latest enrollment, open or cancelled; 404 `autopay_not_found` if it never had one.",
  tags,
  security,
  middleware: read,
  request: { params: autopayPathSchema },
  responses: { 200: json(autopaySchema, "The enrollment"), ...problemResponses(404) },
});

/** `DELETE /v1/loans/{loanId}/autopay`. @example router.openapi(cancelAutopayRoute, handler); */
export const cancelAutopayRoute = createRoute({
  method: "delete",
  path: "/v1/loans/{loanId}/autopay",
  operationId: "cancelLoanAutopay",
  summary: "Cancel a loan's autopay",
  description:
    "Cancels the open enrollment: no further debits are scheduled (a debit already in an ACH file still settles or returns). 404 `autopay_not_found` when none is open.",
  tags,
  security,
  middleware: write,
  request: { params: autopayPathSchema },
  responses: { 200: json(autopaySchema, "The enrollment, cancelled"), ...problemResponses(404) },
});
