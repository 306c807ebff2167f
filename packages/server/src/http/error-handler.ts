import { DomainFailure } from "@lendstack/core/errors";
import type { Context, ErrorHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "./app-env.js";
import { problemResponse } from "./problem.js";

/**
 * Every thrown error ends here. Known HTTP conditions (malformed JSON, 415, 413 …) and core's
 * `DomainFailure`s become their problem documents; anything else is a bug: a generic 500 that carries
 * only the request id, with the details written to the log.
 *
 * @example
 * app.onError(handleError);
 */
export const handleError: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof DomainFailure) {
    return problemResponse(c, { code: error.error.code, detail: error.error.message });
  }
  if (error instanceof HTTPException) return problemForHttpException(error, c);
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
