import { createRoute, z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import {
  createPaymentInstrumentSchema,
  instrumentPathSchema,
  partyInstrumentsPathSchema,
  paymentInstrumentSchema,
  verifyPaymentInstrumentSchema,
} from "./schemas.js";

const tags = ["Payment instruments"];
const security = [{ bearerAuth: [] }];
const read = requireScope("payment-instruments:read");
const write = requireScope("payment-instruments:write");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const MASKING =
  "Account numbers show only their last four digits (`****6789`) unless the token has `pii:read`; each reveal writes an audit record (`payment_instrument.pii_revealed`).";

/** `POST /v1/parties/{partyId}/payment-instruments`. @example router.openapi(createPaymentInstrumentRoute, handler); */
export const createPaymentInstrumentRoute = createRoute({
  method: "post",
  path: "/v1/parties/{partyId}/payment-instruments",
  operationId: "createPaymentInstrument",
  summary: "Add a payment instrument",
  description:
    "Adds a bank account (the routing number's ABA check digit is verified: 422 `routing_number_checksum` or `invalid_routing_number` on `/routingNumber`; the account number is stored encrypted) or a card by its processor token (a card number is refused: 422 `card_number_refused`). The processor (the sandbox unless configured) sets `verificationStatus`. The answer shows the account number masked.",
  tags,
  security,
  middleware: write,
  request: {
    headers: optionalIdempotencyKey,
    params: partyInstrumentsPathSchema,
    body: { required: true, content: { "application/json": { schema: createPaymentInstrumentSchema } } },
  },
  responses: {
    201: json(paymentInstrumentSchema, "The instrument"),
    ...problemResponses(404, ...BODY_PROBLEMS),
  },
});

/** `GET …/payment-instruments/{instrumentId}`. @example router.openapi(getPaymentInstrumentRoute, handler); */
export const getPaymentInstrumentRoute = createRoute({
  method: "get",
  path: "/v1/parties/{partyId}/payment-instruments/{instrumentId}",
  operationId: "getPaymentInstrument",
  summary: "Get a payment instrument",
  description: `One instrument of the party. ${MASKING}`,
  tags,
  security,
  middleware: read,
  request: { params: instrumentPathSchema },
  responses: { 200: json(paymentInstrumentSchema, "The instrument"), ...problemResponses(404) },
});

/** `DELETE …/payment-instruments/{instrumentId}`. @example router.openapi(disablePaymentInstrumentRoute, handler); */
export const disablePaymentInstrumentRoute = createRoute({
  method: "delete",
  path: "/v1/parties/{partyId}/payment-instruments/{instrumentId}",
  operationId: "disablePaymentInstrument",
  summary: "Disable a payment instrument",
  description:
    "Disables the instrument: it is kept (payments made with it refer to it) but never debited again, and autopay enrollments using it stop. Disabling a disabled instrument answers it unchanged.",
  tags,
  security,
  middleware: write,
  request: { params: instrumentPathSchema },
  responses: { 200: json(paymentInstrumentSchema, "The instrument, disabled"), ...problemResponses(404) },
});

/** `POST …/payment-instruments/{instrumentId}/verify`. @example router.openapi(verifyPaymentInstrumentRoute, handler); */
export const verifyPaymentInstrumentRoute = createRoute({
  method: "post",
  path: "/v1/parties/{partyId}/payment-instruments/{instrumentId}/verify",
  operationId: "verifyPaymentInstrument",
  summary: "Confirm a bank account's micro-deposits",
  description:
    "Confirms the two micro-deposits (1 to 99 cents each) the processor sent to a bank account in `micro_deposits_pending`, in minor units and either order. The right amounts make it `verified` (event `payment_instrument.verified`). Wrong amounts answer 422 `micro_deposit_amounts_mismatch` with `attemptsRemaining`; the attempt counts (it is kept although the answer is a 422) and the third wrong one marks the instrument `failed` (event `payment_instrument.verification_failed`). Then 409 `verification_locked`. Deposits can be confirmed until `microDeposits.expiresOn` (10 days after they were sent, by the tenant's business date); later, 409 `micro_deposits_expired` and the instrument is `failed`. 409 `payment_instrument_already_verified` or `micro_deposits_not_pending` when there is nothing to confirm; 422 `payment_instrument_disabled` for a disabled one. With the sandbox processor, `microDeposits.sandboxAmounts` shows the two amounts. Every attempt is recorded and audited.",
  tags,
  security,
  middleware: write,
  request: {
    headers: optionalIdempotencyKey,
    params: instrumentPathSchema,
    body: { required: true, content: { "application/json": { schema: verifyPaymentInstrumentSchema } } },
  },
  responses: {
    200: json(paymentInstrumentSchema, "The instrument, verified"),
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});

/** `GET /v1/parties/{partyId}/payment-instruments`. @example listRoute(router, listPaymentInstrumentsDefinition, idOrder("pmi"), fetchPage); */
export const listPaymentInstrumentsDefinition = {
  path: "/v1/parties/{partyId}/payment-instruments",
  operationId: "listPaymentInstruments",
  summary: "List payment instruments",
  description: `The party's instruments. ${MASKING}`,
  tag: "Payment instruments",
  middleware: read,
  params: partyInstrumentsPathSchema,
  filters: {
    status: z.enum(["active", "disabled"]).optional().openapi({ description: "Only instruments in this status" }),
  },
  item: paymentInstrumentSchema,
  pageName: "PaymentInstrumentPage",
};
