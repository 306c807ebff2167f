import { DomainFailure } from "@lendstack/core/errors";
import type { Context, ErrorHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { CorruptRecordError } from "../db/corrupt-record.js";
import { isDatabaseUnavailable } from "../db/unavailable.js";
import type { AppEnv } from "./app-env.js";
import { domainProblem, problemResponse } from "./problem.js";

/**
 * Every thrown error ends here. Known HTTP conditions (malformed JSON, 415, 413 …) and core's
 * `DomainFailure`s become their problem documents; a database that cannot be reached (down, restarting,
 * out of connections, timed out) is 503 `database_unavailable` with `Retry-After`; a stored row its schema
 * refuses is 500 `corrupt_record`, logged with the table and id; anything else is a bug:
 * a generic 500 that carries only the request id, with the details written to the log.
 *
 * @example
 * app.onError(handleError);
 */
export const handleError: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof DomainFailure) {
    return domainProblem(c, error.error);
  }
  if (error instanceof HTTPException) return problemForHttpException(error, c);
  if (isDatabaseUnavailable(error)) return databaseUnavailable(c, error);
  if (error instanceof CorruptRecordError) return corruptRecord(c, error);
  c.get("logger")?.error({ err: error, method: c.req.method, path: c.req.path }, "unhandled error");
  return problemResponse(c, {
    code: "internal_error",
    detail: "An unexpected error occurred. Quote the request id when reporting it.",
  });
};

function problemForHttpException(error: HTTPException, c: Context<AppEnv>): Response {
  switch (error.status) {
    case 400:
      if (/json/i.test(error.message)) {
        return problemResponse(c, { code: "malformed_json", detail: "The request body is not valid JSON." });
      }
      return problemResponse(c, { code: "bad_request", detail: error.message || "The request is malformed." });
    case 413:
      return problemResponse(c, { code: "payload_too_large", detail: "The request body is too large." });
    case 415:
      return problemResponse(c, {
        code: "unsupported_media_type",
        detail: "Send the request body as application/json.",
      });
    default:
      if (error.status >= 500) {
        c.get("logger")?.error({ err: error }, "http exception");
        return problemResponse(c, { code: "internal_error", detail: "An unexpected error occurred." });
      }
      return problemResponse(c, { code: "bad_request", detail: error.message, status: error.status });
  }
}

/** Seconds a client should wait before retrying while the database is away (a restart takes a few). */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

/**
 * 503 `database_unavailable` with `Retry-After`: the request's transaction rolled back (or, if it had
 * committed, a retry with the same `Idempotency-Key` replays it), so retrying is safe.
 *
 * @example
 * if (isDatabaseUnavailable(error)) return databaseUnavailable(c, error);
 */
export function databaseUnavailable(c: Context<AppEnv>, error: unknown): Response {
  const message = error instanceof Error ? error.message : String(error);
  c.get("logger")?.warn({ method: c.req.method, path: c.req.path, reason: message }, "database unavailable");
  c.header("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
  return problemResponse(c, {
    code: "database_unavailable",
    detail:
      "The database cannot be reached right now. Retry after the Retry-After delay (a POST with the same Idempotency-Key).",
  });
}

/**
 * 500 `corrupt_record`: a stored row its schema refuses (altered outside the API, or missed by a
 * migration). The log names the table, row id, column and what is wrong; the answer names none of it.
 *
 * @example
 * if (error instanceof CorruptRecordError) return corruptRecord(c, error);
 */
function corruptRecord(c: Context<AppEnv>, error: CorruptRecordError): Response {
  const { table, id, column, reason } = error;
  c.get("logger")?.error({ table, id, column, reason, method: c.req.method, path: c.req.path }, "corrupt record");
  return problemResponse(c, {
    code: "corrupt_record",
    detail: "A stored record could not be read; nothing was changed. Quote the request id when reporting it.",
  });
}
