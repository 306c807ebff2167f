import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "./app-env.js";
import { problemResponse, renderProblem } from "./problem.js";
import type { RateLimitKey, RateLimitStore } from "./rate-limit-store.js";

/** The window of every limit, in seconds. @example RATE_LIMIT_WINDOW_SECONDS; // 60 */
export const RATE_LIMIT_WINDOW_SECONDS = 60;

/** The policy's name in `RateLimit-Policy` and `RateLimit`. */
const POLICY = '"per-minute"';

/** What {@link rateLimit} needs. @example { store: memoryRateLimitStore(), limitPerMinute: 6000, clock } */
export interface RateLimitOptions {
  readonly store: RateLimitStore;
  /** Requests each token subject may make per tenant per fixed minute. */
  readonly limitPerMinute: number;
  readonly clock: () => Date;
}

/**
 * Fixed-window rate limiting per tenant and token subject, after authentication. Every response says
 * the policy and what is left, with the header names of the IETF draft
 * (draft-ietf-httpapi-ratelimit-headers): `RateLimit-Policy: "per-minute";q=<limit>;w=60` and
 * `RateLimit: "per-minute";r=<remaining>;t=<seconds until the window resets>`. Over the limit, the request
 * is refused before anything runs: 429 `rate_limited` with `Retry-After` (the seconds until the window
 * resets). A CORS preflight is not counted.
 *
 * @example
 * app.use("/v1/*", rateLimit({ store: memoryRateLimitStore(), limitPerMinute: 6000, clock }));
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === "OPTIONS") return next();
    const principal = c.get("principal");
    const hit = await countHit(options, { tenantId: principal.tenantId, subject: principal.subject });
    if (hit.isOver) return refuse(c, hit, `More than ${options.limitPerMinute} requests in a minute for this token`);
    await next();
    for (const [name, value] of Object.entries(hit.headers)) c.res.headers.set(name, value);
  };
}

/**
 * The same limit for requests refused with 401 (no token, a bad or expired one), counted per client address
 * (the socket's; `unknown` when the runtime gives none): a 401 carries the `RateLimit` headers the spec
 * declares, and past the limit a guesser gets 429 `rate_limited` with `Retry-After` instead of the 401.
 * Mounted before authentication; only a 401 is counted, so callers with a valid token are not affected.
 *
 * @example
 * app.use("/v1/*", rateLimitUnauthenticated({ store, limitPerMinute: 6000, clock }));
 */
export function rateLimitUnauthenticated(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.res.status !== 401) return;
    const hit = await countHit(options, { tenantId: "", subject: `unauthenticated:${clientAddress(c.env)}` });
    if (hit.isOver) {
      // The 401 is already the context's response: replace it (keeping its request id) with the 429.
      const why = `More than ${options.limitPerMinute} unauthenticated requests in a minute from this address`;
      const problem = renderProblem(
        { code: "rate_limited", detail: `${why}; retry after ${hit.resetSeconds} s.` },
        (c.get("requestId") as string | undefined) ?? "unknown",
        c.req.path,
      );
      const headers = new Headers({ ...hit.headers, "content-type": "application/problem+json" });
      headers.set("Retry-After", String(hit.resetSeconds));
      const requestId = c.res.headers.get("x-request-id");
      if (requestId !== null) headers.set("X-Request-Id", requestId);
      c.res = undefined;
      c.res = new Response(JSON.stringify(problem), { status: 429, headers });
      return;
    }
    for (const [name, value] of Object.entries(hit.headers)) c.res.headers.set(name, value);
  };
}

interface Hit {
  readonly headers: Readonly<Record<string, string>>;
  readonly resetSeconds: number;
  readonly isOver: boolean;
}

/** Counts one request of `key` in the current fixed window: the headers to send and whether it is over. */
async function countHit(options: RateLimitOptions, key: RateLimitKey): Promise<Hit> {
  const windowMs = RATE_LIMIT_WINDOW_SECONDS * 1000;
  const now = options.clock().getTime();
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const count = await options.store.hit(key, new Date(windowStart));
  const resetSeconds = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
  const remaining = Math.max(0, options.limitPerMinute - count);
  return {
    headers: {
      "RateLimit-Policy": `${POLICY};q=${options.limitPerMinute};w=${RATE_LIMIT_WINDOW_SECONDS}`,
      RateLimit: `${POLICY};r=${remaining};t=${resetSeconds}`,
    },
    resetSeconds,
    isOver: count > options.limitPerMinute,
  };
}

/** 429 `rate_limited` with the limit's headers and `Retry-After`. */
function refuse(c: Context<AppEnv>, hit: Hit, why: string): Response {
  for (const [name, value] of Object.entries(hit.headers)) c.header(name, value);
  c.header("Retry-After", String(hit.resetSeconds));
  return problemResponse(c, { code: "rate_limited", detail: `${why}; retry after ${hit.resetSeconds} s.` });
}

/** The peer's address from the Node adapter's request (`c.env.incoming`), else `unknown`. */
function clientAddress(env: unknown): string {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? "unknown";
}
