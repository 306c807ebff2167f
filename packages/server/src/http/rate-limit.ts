import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./app-env.js";
import { problemResponse } from "./problem.js";
import type { RateLimitStore } from "./rate-limit-store.js";

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
  const windowMs = RATE_LIMIT_WINDOW_SECONDS * 1000;
  return async (c, next) => {
    if (c.req.method === "OPTIONS") return next();
    const principal = c.get("principal");
    const now = options.clock().getTime();
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const count = await options.store.hit(
      { tenantId: principal.tenantId, subject: principal.subject },
      new Date(windowStart),
    );
    const resetSeconds = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
    const remaining = Math.max(0, options.limitPerMinute - count);
    const headers = {
      "RateLimit-Policy": `${POLICY};q=${options.limitPerMinute};w=${RATE_LIMIT_WINDOW_SECONDS}`,
      RateLimit: `${POLICY};r=${remaining};t=${resetSeconds}`,
    };
    if (count > options.limitPerMinute) {
      for (const [name, value] of Object.entries(headers)) c.header(name, value);
      c.header("Retry-After", String(resetSeconds));
      return problemResponse(c, {
        code: "rate_limited",
        detail: `More than ${options.limitPerMinute} requests in a minute for this token; retry after ${resetSeconds} s.`,
      });
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
