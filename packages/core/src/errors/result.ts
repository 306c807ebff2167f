/**
 * An expected failure: a stable snake_case `code`, a human message, and where it applies.
 *
 * @example
 * const error: DomainError = { code: "invalid_rate", message: "rate has more than 10 decimals", path: ["rate"] };
 */
export interface DomainError {
  readonly code: string;
  readonly message: string;
  /** Location of the offending value in the input, e.g. `["terms", "rate"]`. */
  readonly path?: ReadonlyArray<string | number>;
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * The outcome of an operation that can fail in an expected way.
 *
 * @example
 * const parsed: Result<number> = ok(3);
 * if (parsed.ok) console.log(parsed.value);
 */
export type Result<T, E extends DomainError = DomainError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** @example ok(42) */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** @example fail("invalid_amount", "amount must be positive", ["amount"]) */
export function fail(
  code: string,
  message: string,
  path?: ReadonlyArray<string | number>,
  details?: Readonly<Record<string, unknown>>,
): { readonly ok: false; readonly error: DomainError } {
  const error: DomainError = {
    code,
    message,
    ...(path === undefined ? {} : { path }),
    ...(details === undefined ? {} : { details }),
  };
  return { ok: false, error };
}

/**
 * Thrown for a bug, never for bad input: a broken invariant the code itself guarantees.
 *
 * @example
 * if (total !== expected) throw new InvariantError("allocation lost a minor unit");
 */
export class InvariantError extends Error {
  override readonly name = "InvariantError";
}

/** @example invariant(balance >= 0n, "negative balance") */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantError(message);
}

/**
 * Raised by parse-style helpers that prefer throwing to returning a Result; carries a DomainError.
 *
 * @example
 * try { parseRate("abc"); } catch (e) { if (e instanceof DomainFailure) console.log(e.error.code); }
 */
export class DomainFailure extends Error {
  override readonly name = "DomainFailure";
  constructor(readonly error: DomainError) {
    super(error.message);
  }
}

/** Unwraps a Result, throwing a DomainFailure for an expected error. @example unwrap(ok(1)) === 1 */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new DomainFailure(result.error);
}
