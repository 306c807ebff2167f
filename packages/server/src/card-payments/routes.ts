import { createRoute, z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { requireIdempotencyKey } from "../http/idempotency.js";
import { requiredIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import {
  cardPaymentPathSchema,
  cardPaymentSchema,
  cardRefundSchema,
  createCardPaymentSchema,
  loanCardPaymentsPathSchema,
} from "./schemas.js";

const tags = ["Card payments"];
const security = [{ bearerAuth: [] }];
const read = requireScope("loans:read");
const pay = requireScope("payments:write");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** `POST /v1/loans/{loanId}/card-payments`. @example router.openapi(createCardPaymentRoute, handler); */
export const createCardPaymentRoute = createRoute({
  method: "post",
  path: "/v1/loans/{loanId}/card-payments",
  operationId: "createCardPayment",
  summary: "Pay by card",
  description:
    "Charges a card of the borrower through the payment processor, by its token, and posts the payment to the loan effective today's business date, through the same path as `POST …/payments` (same allocation, ledger and events). The card must be an active, `verified` card (`type: card`) of the tenant, and the loan's borrower's when `borrowerReference` is a party (404 `payment_instrument_not_found`; 422 `payment_instrument_disabled`, `payment_instrument_not_card`, `payment_instrument_unverified`, `payment_instrument_not_borrowers`). The payment is validated before the card is charged, so a payment the loan refuses charges nothing. A declined charge is 402 `card_declined` with the processor's `declineCode` (`generic_decline`, `insufficient_funds` …), `chargeId` and `cardPaymentId`: nothing is posted, and the charge is kept as a `declined` card payment with its `declineCode`. The processor's idempotency key is derived from this request's, so a retry is the same charge, posted once. Sandbox test tokens are listed in the server README.",
  tags,
  security,
  middleware: [pay, requireIdempotencyKey] as const,
  request: {
    headers: requiredIdempotencyKey,
    params: loanCardPaymentsPathSchema,
    body: { required: true, content: { "application/json": { schema: createCardPaymentSchema } } },
  },
  responses: {
    201: json(cardPaymentSchema, "The card payment, charged and posted"),
    ...problemResponses(402, 404, 409, ...BODY_PROBLEMS),
  },
});

/** `GET …/card-payments/{cardPaymentId}`. @example router.openapi(getCardPaymentRoute, handler); */
export const getCardPaymentRoute = createRoute({
  method: "get",
  path: "/v1/loans/{loanId}/card-payments/{cardPaymentId}",
  operationId: "getCardPayment",
  summary: "Get a card payment",
  description: "One card payment of the loan, with the processor's charge id and the loan payment it posted.",
  tags,
  security,
  middleware: read,
  request: { params: cardPaymentPathSchema },
  responses: { 200: json(cardPaymentSchema, "The card payment"), ...problemResponses(404) },
});

/** `POST …/card-payments/{cardPaymentId}/refunds`. @example router.openapi(refundCardPaymentRoute, handler); */
export const refundCardPaymentRoute = createRoute({
  method: "post",
  path: "/v1/loans/{loanId}/card-payments/{cardPaymentId}/refunds",
  operationId: "refundCardPayment",
  summary: "Refund a card payment",
  description:
    "Refunds the card payment, in full (no body, or no `amount`) or in part (`amount`, in the card payment's currency): its loan payment is reversed by that much (as `POST …/reversals` would, without an NSF fee, effective today; a part replays the loan as if the payment had been that much smaller) and the processor refunds it. Several partial refunds may follow one another up to the amount charged; more than is left to refund is 422 `refund_exceeds_refundable` (with `refundable`). 409 `card_payment_refunded` if it already is in full, `card_payment_declined` if the charge was declined (nothing to refund), `already_reversed` if its payment was reversed otherwise.",
  tags,
  security,
  middleware: [pay, requireIdempotencyKey] as const,
  request: {
    headers: requiredIdempotencyKey,
    params: cardPaymentPathSchema,
    body: { required: false, content: { "application/json": { schema: cardRefundSchema } } },
  },
  responses: {
    200: json(cardPaymentSchema, "The card payment, refunded in part or in full"),
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});

/** `GET /v1/loans/{loanId}/card-payments`. @example listRoute(router, listCardPaymentsDefinition, idOrder("cpy"), fetchPage); */
export const listCardPaymentsDefinition = {
  path: "/v1/loans/{loanId}/card-payments",
  operationId: "listCardPayments",
  summary: "List card payments",
  description: "The loan's card payments, oldest first.",
  tag: "Card payments",
  middleware: read,
  params: loanCardPaymentsPathSchema,
  filters: {
    status: z
      .enum(["succeeded", "declined", "partially_refunded", "refunded"])
      .optional()
      .openapi({ description: "Only card payments in this status" }),
  },
  item: cardPaymentSchema,
  pageName: "CardPaymentPage",
};
