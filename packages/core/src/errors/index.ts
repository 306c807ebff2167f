/**
 * @module errors
 * Expected failures as values (`Result`: `ok(value)` or `fail(code, message, path)` with a stable
 * snake_case code) and bugs as thrown `InvariantError`s.
 */
export type { DomainError, Result } from "./result.js";
export { DomainFailure, fail, InvariantError, invariant, ok, unwrap } from "./result.js";
