import { z } from "@hono/zod-openapi";

const keySchema = z.string().min(1).max(255);
const description =
  "Retry-safe key (1-255 visible ASCII, e.g. a UUID): a retry with the same key and body replays the first " +
  "response (`Idempotent-Replayed: true`); the same key with another body is 422 `idempotency_key_reused`. " +
  "Only successful responses are kept; a 4xx or 5xx leaves the key free.";

/**
 * The optional `Idempotency-Key` header every POST accepts.
 *
 * @example
 * createRoute({ method: "post", …, request: { headers: optionalIdempotencyKey, body } });
 */
export const optionalIdempotencyKey = z.object({
  "idempotency-key": keySchema.optional().openapi({ description }),
});

/**
 * The required `Idempotency-Key` header of a money-moving POST; pair it with the `requireIdempotencyKey`
 * route middleware, which answers 400 `idempotency_key_required` before validation runs.
 *
 * @example
 * createRoute({ method: "post", …, middleware: [scope, requireIdempotencyKey], request: { headers: requiredIdempotencyKey } });
 */
export const requiredIdempotencyKey = z.object({
  "idempotency-key": keySchema.openapi({
    description: `Required: this operation moves money. ${description}`,
  }),
});
