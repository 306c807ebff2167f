/** Fields of a database error that name where it failed but carry no row values. */
const SAFE_FIELDS = [
  "code",
  "severity",
  "routine",
  "schema_name",
  "table_name",
  "column_name",
  "constraint_name",
  "schema",
  "table",
  "column",
  "constraint",
  "status",
] as const;

/** A logged error: what failed and where, never the values a query carried. */
export interface LoggableError {
  readonly type: string;
  readonly message: string;
  readonly stack?: string;
  /** The SQL text of a failed query (its placeholders, not its parameters). */
  readonly query?: string;
  readonly cause?: LoggableError;
  readonly [field: string]: unknown;
}

/** Drizzle's "Failed query: … \nparams: …" message without the parameters. */
function redactMessage(message: string): string {
  return message.replace(/\nparams: [\s\S]*$/, "\nparams: [redacted]");
}

/**
 * An error as the log may hold it: type, message, stack, the SQL text and the database's error code
 * and table/column/constraint names, recursively through `cause` — and never a query's parameters
 * (drizzle's `params`, postgres.js's `parameters`) or the server's `detail` / `where` (which quote row
 * values, e.g. `Key (tenant_id, name)=(…) already exists`). Request data must not reach the log through
 * a failed SQL statement. Used as pino's `err` serializer.
 *
 * @example
 * logger.error({ err: loggableError(error) }, "unhandled error");
 */
export function loggableError(error: unknown, depth = 0): LoggableError {
  if (!(error instanceof Error)) return { type: typeof error, message: "a non-Error value was thrown" };
  const record = error as unknown as Record<string, unknown>;
  const safe: Record<string, unknown> = {};
  for (const field of SAFE_FIELDS) {
    const value = record[field];
    if (typeof value === "string" || typeof value === "number") safe[field] = value;
  }
  const query = record.query;
  return {
    type: error.name,
    message: redactMessage(error.message),
    ...(error.stack === undefined ? {} : { stack: redactMessage(error.stack) }),
    ...(typeof query === "string" ? { query } : {}),
    ...safe,
    ...(error.cause !== undefined && depth < 5 ? { cause: loggableError(error.cause, depth + 1) } : {}),
  };
}
