import { createRoute } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import { quoteRequestSchema, quoteSchema } from "./schemas.js";

export const createQuoteRoute = createRoute({
  method: "post",
  path: "/v1/quotes",
  operationId: "createQuote",
  summary: "Quote a loan",
  description:
    "Builds the amortization schedule, the Regulation Z Appendix J APR and the TILA disclosure figures for a " +
    "product (or inline terms) and the requested amount, term, rate and dates. Nothing is stored. A bad term is a " +
    "422 with core's specific code (e.g. `zero_amount`, `invalid_rate`, `invalid_date`, `rate_out_of_range`) and a " +
    "pointer to the field.",
  tags: ["Quotes"],
  security: [{ bearerAuth: [] }],
  middleware: requireScope("quotes:read"),
  request: {
    headers: optionalIdempotencyKey,
    body: {
      required: true,
      description: "A product id or inline terms, plus the requested amount, term, rate and dates",
      content: { "application/json": { schema: quoteRequestSchema } },
    },
  },
  responses: {
    200: { description: "The quote", content: { "application/json": { schema: quoteSchema } } },
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});
