import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/app-env.js";
import { requireIdempotencyKey } from "../http/idempotency.js";
import { optionalIdempotencyKey, requiredIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import { loanChangeSchema, loanPreviewSchema } from "./response-schemas.js";
import { paymentsScope, readScope, writeScope } from "./routes.js";
import {
  chargeOffSchema,
  disbursementSchema,
  feeSchema,
  feeWaiverSchema,
  loanPathSchema,
  paymentHolidaySchema,
  paymentSchema,
  rateChangeSchema,
  recoverySchema,
  refundSchema,
  rescheduleSchema,
  reversalSchema,
  writeOffSchema,
} from "./schemas.js";

/** An optional `If-Match` with the loan's `version` (optimistic concurrency). */
const ifMatch = {
  "if-match": z.string().max(20).optional().openapi({
    description:
      'The loan `version` the change was decided on (e.g. `7` or `"7"`); 409 `loan_version_conflict` if the loan has changed since',
  }),
};
/** `Idempotency-Key` (required where the change moves money) plus `If-Match`. */
const moneyChangeHeaders = requiredIdempotencyKey.extend(ifMatch);
const changeHeaders = optionalIdempotencyKey.extend(ifMatch);

interface ChangeRouteOptions<T extends z.ZodType> {
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description: string;
  readonly body: T;
  readonly scope: MiddlewareHandler<AppEnv>;
  /**
   * Moves money or posts to the ledger (payments, reversals, refunds, recoveries, fees, waivers,
   * disbursements, charge-off, write-off): `Idempotency-Key` is required.
   */
  readonly movesMoney: boolean;
}

function operation<T extends z.ZodType>(options: ChangeRouteOptions<T>) {
  return {
    method: "post" as const,
    path: `/v1/loans/{loanId}${options.path}`,
    operationId: options.operationId,
    summary: options.summary,
    description: options.description,
    tags: ["Loans"],
    security: [{ bearerAuth: [] }],
    middleware: options.movesMoney ? [options.scope, requireIdempotencyKey] : [options.scope],
    request: {
      // One static type for both: handlers read the headers raw; the spec is built from the runtime schema.
      headers: (options.movesMoney ? moneyChangeHeaders : changeHeaders) as typeof changeHeaders,
      params: loanPathSchema,
      body: { required: true, content: { "application/json": { schema: options.body } } },
    },
  };
}

/** A change: 201 with the event appended and the loan after it. */
function changeRoute<T extends z.ZodType>(options: ChangeRouteOptions<T>) {
  return createRoute({
    ...operation(options),
    responses: {
      201: {
        description: "The event and the loan after it",
        content: { "application/json": { schema: loanChangeSchema } },
      },
      ...problemResponses(404, 409, ...BODY_PROBLEMS),
    },
  });
}

/** A preview: 200 with the loan and schedule as the change would leave them; nothing stored. */
function previewRoute<T extends z.ZodType>(options: ChangeRouteOptions<T>) {
  return createRoute({
    ...operation(options),
    responses: {
      200: {
        description: "The loan as it would be; nothing stored",
        content: { "application/json": { schema: loanPreviewSchema } },
      },
      ...problemResponses(404, 409, ...BODY_PROBLEMS),
    },
  });
}

const stored =
  " The loan row is locked, the event validated against the replay of every event, appended, and audited;" +
  " a rejected event stores nothing.";

/** `POST …/payments`. @example router.openapi(postPaymentRoute, handler); */
export const postPaymentRoute = changeRoute({
  path: "/payments",
  operationId: "postLoanPayment",
  summary: "Post a payment",
  description: `Any amount, any effective date (a back-dated payment re-flows interest from its date).${stored}`,
  body: paymentSchema,
  movesMoney: true,
  scope: paymentsScope,
});
/** `POST …/reversals`. @example router.openapi(postReversalRoute, handler); */
export const postReversalRoute = changeRoute({
  path: "/reversals",
  operationId: "reverseLoanPayment",
  summary: "Reverse a payment",
  description: `A returned payment: the loan is replayed as if it never arrived; optional NSF fee.${stored}`,
  body: reversalSchema,
  movesMoney: true,
  scope: paymentsScope,
});
/** `POST …/fees`. @example router.openapi(postFeeRoute, handler); */
export const postFeeRoute = changeRoute({
  path: "/fees",
  operationId: "chargeLoanFee",
  summary: "Charge a fee",
  description: `A fee due on its effective date. A fee dated inside the loan's SCRA protection period (\`/servicemember\`) is 422 \`scra_protected_fee\`.${stored}`,
  body: feeSchema,
  movesMoney: true,
  scope: writeScope,
});
/** `POST …/fee-waivers`. @example router.openapi(postFeeWaiverRoute, handler); */
export const postFeeWaiverRoute = changeRoute({
  path: "/fee-waivers",
  operationId: "waiveLoanFee",
  summary: "Waive a fee",
  description: `Forgives part or all of an unpaid fee, late fee or NSF fee.${stored}`,
  body: feeWaiverSchema,
  movesMoney: true,
  scope: writeScope,
});
/** `POST …/reschedules`. @example router.openapi(postRescheduleRoute, handler); */
export const postRescheduleRoute = changeRoute({
  path: "/reschedules",
  operationId: "rescheduleLoan",
  summary: "Reschedule a loan",
  description: `Replaces the installments not yet due with a new schedule; the old one is kept in history.${stored}`,
  body: rescheduleSchema,
  movesMoney: false,
  scope: writeScope,
});
/** `POST …/reschedules/preview`. @example router.openapi(previewRescheduleRoute, handler); */
export const previewRescheduleRoute = previewRoute({
  path: "/reschedules/preview",
  operationId: "previewLoanReschedule",
  summary: "Preview a reschedule",
  description: "The loan and its new schedule as the reschedule would leave them. Nothing is stored.",
  body: rescheduleSchema,
  movesMoney: false,
  scope: readScope,
});
/** `POST …/payment-holidays`. @example router.openapi(postHolidayRoute, handler); */
export const postHolidayRoute = changeRoute({
  path: "/payment-holidays",
  operationId: "deferLoanPayments",
  summary: "Grant a payment holiday (deferral)",
  description: `Skips the next installments (added at the end); their interest is capitalized or deferred.${stored}`,
  body: paymentHolidaySchema,
  movesMoney: false,
  scope: writeScope,
});
/** `POST …/payment-holidays/preview`. @example router.openapi(previewHolidayRoute, handler); */
export const previewHolidayRoute = previewRoute({
  path: "/payment-holidays/preview",
  operationId: "previewLoanPaymentHoliday",
  summary: "Preview a payment holiday",
  description: "The loan and its schedule as the deferral would leave them. Nothing is stored.",
  body: paymentHolidaySchema,
  movesMoney: false,
  scope: readScope,
});
/** `POST …/charge-offs`. @example router.openapi(postChargeOffRoute, handler); */
export const postChargeOffRoute = changeRoute({
  path: "/charge-offs",
  operationId: "chargeOffLoan",
  summary: "Charge off a loan",
  description: `Takes every balance off the books; interest stops accruing.${stored}`,
  body: chargeOffSchema,
  movesMoney: true,
  scope: writeScope,
});
/** `POST …/refunds`. @example router.openapi(postRefundRoute, handler); */
export const postRefundRoute = changeRoute({
  path: "/refunds",
  operationId: "refundLoanCredit",
  summary: "Refund a credit balance",
  description: `Pays back money held for the borrower (an overpayment).${stored}`,
  body: refundSchema,
  movesMoney: true,
  scope: paymentsScope,
});
/** `POST …/recoveries`. @example router.openapi(postRecoveryRoute, handler); */
export const postRecoveryRoute = changeRoute({
  path: "/recoveries",
  operationId: "recoverLoan",
  summary: "Record a recovery",
  description: `Cash collected on a charged-off loan.${stored}`,
  body: recoverySchema,
  movesMoney: true,
  scope: paymentsScope,
});
/** `POST …/write-offs`. @example router.openapi(postWriteOffRoute, handler); */
export const postWriteOffRoute = changeRoute({
  path: "/write-offs",
  operationId: "writeOffLoan",
  summary: "Write a loan off",
  description: `Final: charged off first if it was not, then closed.${stored}`,
  body: writeOffSchema,
  movesMoney: true,
  scope: writeScope,
});
/** `POST …/rate-changes`. @example router.openapi(postRateChangeRoute, handler); */
export const postRateChangeRoute = changeRoute({
  path: "/rate-changes",
  operationId: "changeLoanRate",
  summary: "Change the rate",
  description: `A fixed rate, or index + margin within an optional floor and cap, from the effective date.${stored}`,
  body: rateChangeSchema,
  movesMoney: false,
  scope: writeScope,
});
/** `POST …/disbursements`. @example router.openapi(postDisbursementRoute, handler); */
export const postDisbursementRoute = changeRoute({
  path: "/disbursements",
  operationId: "disburseLoanTranche",
  summary: "Disburse a tranche",
  description: `Sends a further part of the principal; all tranches together at most the principal.${stored}`,
  body: disbursementSchema,
  movesMoney: true,
  scope: writeScope,
});
