/**
 * SQLSTATEs that mean "the database is not there right now", not "the query is wrong": class 08
 * (connection exception), the server shutting down or starting up (57P01 admin_shutdown, 57P02
 * crash_shutdown, 57P03 cannot_connect_now), too many connections (53300), and a statement cancelled by
 * `statement_timeout` (57014; the transaction rolled back, so a retry is safe).
 * @see https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const TRANSIENT_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "57014"]);

/** Socket errors on the way to the database. */
const TRANSIENT_SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** What node-postgres says when a connection breaks or cannot be had (these errors carry no code). */
const TRANSIENT_MESSAGES = [
  /^Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /not queryable/i,
  /^Query read timeout/i,
  /terminating connection/i,
];

/**
 * True when `error`, or an error it wraps (drizzle wraps the driver's in `cause`), says the database is
 * unreachable or went away: refused or reset connections, a server shutting down, restarting or out of
 * connections, a connection that timed out. Such a request changed nothing that committed unknown to
 * its client — its transaction rolled back, or it committed and an `Idempotency-Key` retry replays it —
 * so it is answered 503 `database_unavailable` with `Retry-After`, and the process keeps running.
 *
 * @example
 * isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })); // true
 * isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" })); // false
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Object && depth < 6; depth += 1) {
    const { code, message, cause, errors } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === "string") {
      if (code.startsWith("08") || TRANSIENT_SQLSTATES.has(code) || TRANSIENT_SOCKET_CODES.has(code)) return true;
    }
    if (typeof message === "string" && TRANSIENT_MESSAGES.some((pattern) => pattern.test(message))) return true;
    // `connect ECONNREFUSED` to a host with several addresses arrives as an AggregateError.
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    current = cause;
  }
  return false;
}
