export {
  type ErrorCode,
  type FieldError,
  type KnownErrorCode,
  LendstackAbortError,
  LendstackAPIError,
  LendstackAuthenticationError,
  LendstackConflictError,
  LendstackConnectionError,
  LendstackError,
  LendstackIdempotencyError,
  LendstackInvalidRequestError,
  LendstackNotFoundError,
  LendstackNotModifiedError,
  LendstackPermissionError,
  LendstackRateLimitError,
  LendstackTimeoutError,
  type Problem,
} from "./errors.js";
export type { Resources } from "./generated/resources.js";
export type { components, paths } from "./generated/schema.js";
export { createClient, Lendstack, type LendstackClient, type LendstackOptions } from "./lendstack.js";
export type {
  PathParameter,
  Query,
  RequestBody,
  RequestOptions,
  ResponseMetadata,
  SuccessBody,
  WithResponse,
} from "./operation-types.js";
export { type PageItem, PagePromise, type PageShape } from "./pagination.js";
export type { TokenSource } from "./transport.js";
export {
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookEvent,
  WebhookVerificationError,
} from "./webhooks.js";

import type { components } from "./generated/schema.js";

/** A schema from the API, by name: `Schema<"Product">`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

/** Options of `createClient` (the same as `Lendstack`'s). @example const options: ClientOptions = { baseUrl, token }; */
export type ClientOptions = import("./lendstack.js").LendstackOptions;

/**
 * A fresh `Idempotency-Key` value. POSTs get one automatically; pass your own (`{ idempotencyKey }`) to make
 * a retry of your own, e.g. after a crash, replay the first attempt.
 *
 * @example
 * const key = newIdempotencyKey();
 * await client.loans.payments.create(loanId, payment, { idempotencyKey: key });
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
