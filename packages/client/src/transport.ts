import {
  LendstackAbortError,
  LendstackConnectionError,
  LendstackTimeoutError,
  parseRetryAfterSeconds,
} from "./errors.js";
import type { EtagCache } from "./etag-cache.js";
import type { RequestOptions } from "./operation-types.js";

/** A bearer token, or a function that returns the current one (called before every attempt, so it can refresh). */
export type TokenSource = string | (() => string | Promise<string>);

/** How the client talks to the API. */
export interface TransportSettings {
  readonly baseUrl: string;
  readonly token: TokenSource;
  readonly fetch: (request: Request) => Promise<Response>;
  readonly maxRetries: number;
  readonly timeoutMs: number;
  /** Bodies of GETs kept by `ETag` for revalidation (the `etagCache` option); undefined when off. */
  readonly etagCache?: EtagCache | undefined;
}

/** A request before authentication and retries: what a resource method or the raw client wants sent. */
export interface OutgoingRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly body: ArrayBuffer | undefined;
}

/** The final response, its body already read (within the timeout), and the idempotency key it used. */
export interface Exchange {
  readonly response: Response;
  readonly idempotencyKey: string | undefined;
}

const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
/** A `Retry-After` longer than this is not waited for: the error goes to the caller. */
const MAX_RETRY_AFTER_SECONDS = 60;

/** Exponential back-off with jitter: 0.5 s, 1 s, 2 s … (capped at 8 s), each scaled by a random 50–100 %. */
function backoffMs(retry: number): number {
  return Math.min(MAX_DELAY_MS, INITIAL_DELAY_MS * 2 ** retry) * (0.5 + Math.random() * 0.5);
}

function sleep(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new LendstackAbortError({ message: "Request aborted", cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new LendstackAbortError({ message: "Request aborted", cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

async function resolveToken(token: TokenSource): Promise<string> {
  return typeof token === "string" ? token : await token();
}

/** Reads a problem's code without consuming the response. */
async function problemCode(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.clone().json();
    return typeof body === "object" && body !== null ? (body as { code?: string }).code : undefined;
  } catch {
    return undefined;
  }
}

/** Milliseconds to wait before retrying this response, or undefined when it must not be retried. */
async function retryDelayMs(response: Response, retry: number): Promise<number | undefined> {
  const status = response.status;
  const isInProgress = status === 409 && (await problemCode(response)) === "idempotency_request_in_progress";
  if (status !== 429 && status < 500 && !isInProgress) return undefined;
  const retryAfter = parseRetryAfterSeconds(response.headers.get("retry-after"));
  if (retryAfter === undefined) return backoffMs(retry);
  return retryAfter > MAX_RETRY_AFTER_SECONDS ? undefined : retryAfter * 1000;
}

type AttemptOutcome = { readonly response: Response } | { readonly error: LendstackConnectionError };

/** One attempt under its own timeout, reading the whole body before the timer stops. */
async function attempt(
  settings: TransportSettings,
  outgoing: OutgoingRequest,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<AttemptOutcome> {
  const controller = new AbortController();
  let isTimedOut = false;
  const timer = setTimeout(() => {
    isTimedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const headers = new Headers(outgoing.headers);
    headers.set("authorization", `Bearer ${await resolveToken(settings.token)}`);
    const request = new Request(outgoing.url, {
      method: outgoing.method,
      headers,
      signal: controller.signal,
      ...(outgoing.body === undefined ? {} : { body: outgoing.body }),
    });
    const response = await settings.fetch(request);
    const body = await response.arrayBuffer();
    const hasNoBody = response.status === 204 || response.status === 205 || response.status === 304;
    return { response: new Response(hasNoBody ? null : body, response) };
  } catch (cause) {
    if (signal?.aborted) throw new LendstackAbortError({ message: "Request aborted", cause: signal.reason });
    if (isTimedOut) {
      return { error: new LendstackTimeoutError({ message: `No response within ${timeoutMs} ms`, cause }) };
    }
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { error: new LendstackConnectionError({ message: `Could not reach the API: ${reason}`, cause }) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

/**
 * Sends a request with the bearer token, an `Idempotency-Key` on every POST (the caller's or a new one,
 * the same on every retry), a per-attempt timeout, and up to `maxRetries` retries with exponential
 * back-off and jitter after a network error or timeout, a 409 `idempotency_request_in_progress`, a 429
 * (waiting its `Retry-After`) or a 5xx. Throws `LendstackConnectionError`/`LendstackTimeoutError` when no
 * response ever came; otherwise returns the final response, whatever its status.
 *
 * @example
 * const { response } = await send(settings, { method: "GET", url, headers: new Headers(), body: undefined }, {});
 */
export async function send(
  settings: TransportSettings,
  outgoing: OutgoingRequest,
  options: RequestOptions,
): Promise<Exchange> {
  const headers = new Headers(outgoing.headers);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  let idempotencyKey = headers.get("idempotency-key") ?? undefined;
  if (outgoing.method.toUpperCase() === "POST") {
    idempotencyKey = options.idempotencyKey ?? idempotencyKey ?? crypto.randomUUID();
    headers.set("idempotency-key", idempotencyKey);
  }
  const maxRetries = options.maxRetries ?? settings.maxRetries;
  const timeoutMs = options.timeout ?? settings.timeoutMs;
  for (let retry = 0; ; retry += 1) {
    const outcome = await attempt(settings, { ...outgoing, headers }, timeoutMs, options.signal);
    const isLast = retry >= maxRetries;
    if ("error" in outcome) {
      if (isLast) throw outcome.error;
      await sleep(backoffMs(retry), options.signal);
      continue;
    }
    const delay = isLast ? undefined : await retryDelayMs(outcome.response, retry);
    if (delay === undefined) return { response: outcome.response, idempotencyKey };
    await sleep(delay, options.signal);
  }
}
