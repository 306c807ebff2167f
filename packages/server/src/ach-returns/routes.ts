import { createRoute } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { requireIdempotencyKey } from "../http/idempotency.js";
import { requiredIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import { achReturnsResultSchema, ingestAchReturnsSchema } from "./schemas.js";

/** `POST /v1/ach-returns`. @example router.openapi(ingestAchReturnsRoute, handler); */
export const ingestAchReturnsRoute = createRoute({
  method: "post",
  path: "/v1/ach-returns",
  operationId: "ingestAchReturns",
  summary: "Ingest an ACH returns/NOC file",
  description:
    "Reads a returns/NOC file (422 `invalid_ach_file` naming the bad record when it is not NACHA) and acts on each entry by its original trace number, per the one table of R codes: the payment is reversed (with the product's NSF fee for R01/R09) through the loan's reversal event; R01/R09 are re-presented at most twice; R02, R03, R04, R07, R10, R16, R20, R29 … disable the instrument and suspend autopay. After two consecutive insufficient-funds failures no further attempt is made without a new authorization (12 CFR 1041.8): the enrollment is suspended. A NOC updates the instrument (C01 account number, C02 routing number, C05 account type …). A return already applied is reported, not applied twice.",
  tags: ["ACH returns"],
  security: [{ bearerAuth: [] }],
  middleware: [requireScope("ach:write"), requireIdempotencyKey] as const,
  request: {
    headers: requiredIdempotencyKey,
    body: { required: true, content: { "application/json": { schema: ingestAchReturnsSchema } } },
  },
  responses: {
    200: { description: "What was done", content: { "application/json": { schema: achReturnsResultSchema } } },
    ...problemResponses(...BODY_PROBLEMS),
  },
});
