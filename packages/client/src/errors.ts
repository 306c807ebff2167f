import type { components } from "./generated/schema.js";

/** An error code with a fixed HTTP status, from the spec's `ErrorCode` enum. */
export type KnownErrorCode = components["schemas"]["ErrorCode"];
/** A problem's `code`: a known code, or the snake_case code of a broken domain rule (e.g. `rate_above_maximum`). */
export type ErrorCode = KnownErrorCode | (string & {});
/** One bad field of a `validation_failed` problem. */
export type FieldError = components["schemas"]["FieldError"];
/** The RFC 9457 problem document every error response carries. */
export type Problem = components["schemas"]["Problem"];

/** What an error knows about the failed request. */
export interface LendstackErrorInit {
  readonly message: string;
  readonly status?: number | undefined;
  readonly problem?: Problem | undefined;
  readonly requestId?: string | undefined;
  readonly headers?: Headers | undefined;
  readonly cause?: unknown;
}

/**
 * The base class of every error the client throws.
 *
 * @example
 * try { await client.loans.retrieve("loan_missing"); }
 * catch (error) { if (error instanceof LendstackError) console.log(error.code, error.requestId); }
 */
export class LendstackError extends Error {
  override readonly name: string = "LendstackError";
  /** The HTTP status; undefined when no response arrived. */
  readonly status: number | undefined;
  /** The problem's stable code; undefined when no response arrived. */
  readonly code: ErrorCode | undefined;
  /** The `X-Request-Id` of the failed request. */
  readonly requestId: string | undefined;
  /** The problem's human-readable explanation. */
  readonly detail: string | undefined;
  /** One entry per bad field (validation problems); empty otherwise. */
  readonly errors: ReadonlyArray<FieldError>;
  /** The whole problem document, when the server sent one. */
  readonly problem: Problem | undefined;
  readonly headers: Headers | undefined;

  constructor(init: LendstackErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.problem?.code;
    this.requestId = init.requestId ?? init.problem?.requestId;
    this.detail = init.problem?.detail;
    this.errors = init.problem?.errors ?? [];
    this.problem = init.problem;
    this.headers = init.headers;
  }
}

/** 400 or 422 (and other 4xx without a class of their own): the request is invalid. @example error instanceof LendstackInvalidRequestError */
export class LendstackInvalidRequestError extends LendstackError {
  override readonly name = "LendstackInvalidRequestError";
}
/** 401: the token is missing, invalid or expired. @example error instanceof LendstackAuthenticationError */
export class LendstackAuthenticationError extends LendstackError {
  override readonly name = "LendstackAuthenticationError";
}
/** 403: the token lacks a scope the operation needs. @example error instanceof LendstackPermissionError */
export class LendstackPermissionError extends LendstackError {
  override readonly name = "LendstackPermissionError";
}
/** 404: no such resource in the caller's tenant. @example error instanceof LendstackNotFoundError */
export class LendstackNotFoundError extends LendstackError {
  override readonly name = "LendstackNotFoundError";
}
/** 409: the resource's state forbids the request now. @example error instanceof LendstackConflictError */
export class LendstackConflictError extends LendstackError {
  override readonly name = "LendstackConflictError";
}
/** An `Idempotency-Key` problem (`idempotency_*`, `invalid_idempotency_key`): required but missing, reused with another body, or still in progress. @example error instanceof LendstackIdempotencyError */
export class LendstackIdempotencyError extends LendstackError {
  override readonly name = "LendstackIdempotencyError";
}
/** 429: too many requests; `retryAfterSeconds` says when to try again. @example error instanceof LendstackRateLimitError */
export class LendstackRateLimitError extends LendstackError {
  override readonly name = "LendstackRateLimitError";
  /** The `Retry-After` the server sent, in seconds. */
  readonly retryAfterSeconds: number | undefined;
  constructor(init: LendstackErrorInit) {
    super(init);
    this.retryAfterSeconds = parseRetryAfterSeconds(init.headers?.get("retry-after") ?? null);
  }
}
/** 5xx: the server failed; quote `requestId`. @example error instanceof LendstackAPIError */
export class LendstackAPIError extends LendstackError {
  override readonly name = "LendstackAPIError";
}
/** No response: the network failed or the connection dropped (`cause` holds the underlying error). @example error instanceof LendstackConnectionError */
export class LendstackConnectionError extends LendstackError {
  override readonly name: string = "LendstackConnectionError";
}
/** No response within the timeout; a kind of connection error. @example error instanceof LendstackTimeoutError */
export class LendstackTimeoutError extends LendstackConnectionError {
  override readonly name = "LendstackTimeoutError";
}
/** The caller's `AbortSignal` cancelled the request. @example error instanceof LendstackAbortError */
export class LendstackAbortError extends LendstackError {
  override readonly name = "LendstackAbortError";
}

/**
 * `Retry-After` as seconds (delta-seconds or an HTTP date); undefined when absent or unreadable.
 *
 * @example
 * parseRetryAfterSeconds("2"); // 2
 */
export function parseRetryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}

/**
 * 304 Not Modified for a request that sent its own `If-None-Match`: the resource still has that `ETag` and no
 * body came. With the `etagCache` option the client revalidates for you and resolves a 304 to the body it
 * kept, so this is thrown only for your own `If-None-Match` header.
 *
 * @example
 * catch (error) { if (error instanceof LendstackNotModifiedError) return cachedCopy; } // still current
 */
export class LendstackNotModifiedError extends LendstackError {
  override readonly name = "LendstackNotModifiedError";
  /** The unchanged representation's `ETag`. */
  get etag(): string | undefined {
    return this.headers?.get("etag") ?? undefined;
  }
}

/** Codes of `Idempotency-Key` problems (every one also contains "idempotency"). */
const IDEMPOTENCY_CODES = new Set([
  "idempotency_key_required",
  "idempotency_key_reused",
  "idempotency_request_in_progress",
  "invalid_idempotency_key",
]);

function errorClassFor(status: number, code: string | undefined): typeof LendstackError {
  if (status === 304) return LendstackNotModifiedError;
  if (code !== undefined && (IDEMPOTENCY_CODES.has(code) || code.includes("idempotency"))) {
    return LendstackIdempotencyError;
  }
  if (status === 401) return LendstackAuthenticationError;
  if (status === 403) return LendstackPermissionError;
  if (status === 404) return LendstackNotFoundError;
  if (status === 409) return LendstackConflictError;
  if (status === 429) return LendstackRateLimitError;
  if (status >= 400 && status < 500) return LendstackInvalidRequestError;
  return LendstackAPIError;
}

function isProblem(body: unknown): body is Problem {
  return typeof body === "object" && body !== null && typeof (body as { code?: unknown }).code === "string";
}

/**
 * The typed error for an error response (its parsed body, if any).
 *
 * @example
 * throw errorFromResponse(response, await response.json());
 */
export function errorFromResponse(response: Response, body: unknown): LendstackError {
  const problem = isProblem(body) ? body : undefined;
  const requestId = response.headers.get("x-request-id") ?? problem?.requestId;
  const ErrorClass = errorClassFor(response.status, problem?.code);
  const message = problem
    ? `${problem.status} ${problem.code}: ${problem.detail}`
    : response.status === 304
      ? "304 Not Modified: the resource still has the ETag sent in If-None-Match"
      : `HTTP ${response.status} with no problem document`;
  return new ErrorClass({ message, status: response.status, problem, requestId, headers: response.headers });
}
