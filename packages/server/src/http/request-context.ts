import type { MiddlewareHandler } from "hono";
import type { IdGenerator } from "../ids.js";
import { childOnFirstUse, type Logger } from "../logger.js";
import type { AppEnv } from "./app-env.js";

/** A path as logged: a signing link's token (a credential) is never written to the logs. */
function redactedPath(path: string): string {
  return path.replace(/^\/sign\/[^/]+/, "/sign/[token]");
}

const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Takes the caller's `X-Request-Id` (if it is a sane token) or makes one (`req_…`), echoes it on the
 * response, gives the request a child logger carrying it, and logs one line per request.
 *
 * @example
 * app.use("*", requestContext(ids, logger, clock));
 */
export function requestContext(ids: IdGenerator, logger: Logger, clock: () => Date): MiddlewareHandler<AppEnv> {
  // The completion line holds only the fields below, none of them PII (a request id is a checked token), so
  // it skips the logger's redaction: 32 wildcard paths cost about 23 µs a line, ten times the rest of it.
  const completions = logger.child({}, { redact: { paths: [] } });
  return async (c, next) => {
    const incoming = c.req.header("x-request-id");
    const requestId = incoming !== undefined && ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : ids.next("req");
    const requestLogger = childOnFirstUse(logger, { requestId });
    c.set("requestId", requestId);
    c.set("logger", requestLogger);
    const started = clock().getTime();
    await next();
    // On the response object itself, not `c.header()`: under @hono/node-server, `c.header()` after the
    // response exists copies it, and the copy drops headers other middleware set on `c.res.headers`
    // (CORS, for one).
    c.res.headers.set("X-Request-Id", requestId);
    completions.info(
      {
        requestId,
        method: c.req.method,
        path: redactedPath(c.req.path),
        status: c.res.status,
        durationMs: clock().getTime() - started,
      },
      "request completed",
    );
  };
}
