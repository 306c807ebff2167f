/**
 * True when `error` (or an error it wraps, as drizzle wraps the driver's) is PostgreSQL's
 * unique_violation (SQLSTATE 23505) on the index or constraint named `constraint`. postgres.js names it
 * `constraint_name`, PGlite `constraint`.
 *
 * @example
 * try { await insert(); } catch (error) { if (isUniqueViolation(error, LOAN_EXTERNAL_REFERENCE_INDEX)) … }
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Object && depth < 5; depth += 1) {
    const fields = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };
    if (fields.code === "23505") return fields.constraint === constraint || fields.constraint_name === constraint;
    current = fields.cause;
  }
  return false;
}
