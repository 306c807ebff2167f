import type { Context } from "hono";

/** Operations whose `multipart/form-data` body is streamed to storage by the handler, never buffered. */
const STREAMED_UPLOAD_PATHS: ReadonlySet<string> = new Set(["/v1/documents"]);

/**
 * Whether this request is a streamed upload (`POST /v1/documents` as `multipart/form-data`): the app's
 * body limit, body normalization and `Idempotency-Key` hashing would each read the whole body, so they
 * step aside and the handler enforces its own size limit as the bytes arrive.
 *
 * @example
 * app.use("*", (c, next) => (isStreamedUpload(c) ? next() : limit(c, next)));
 */
export function isStreamedUpload(c: Context): boolean {
  if (c.req.method !== "POST" || !STREAMED_UPLOAD_PATHS.has(c.req.path)) return false;
  return /^multipart\/form-data\s*(;|$)/i.test(c.req.header("content-type") ?? "");
}
