export type { DomainError, Result } from "./result.js";
export { DomainFailure, fail, InvariantError, invariant, ok, unwrap } from "./result.js";
