import type { DomainError } from "@lendstack/core/errors";
import type { Context } from "hono";
import { statusForCode } from "../http/error-status.js";
import { existingIdOf, type FieldError, problemResponse, toJsonPointer } from "../http/problem.js";

type Issue = { readonly code: string; readonly message: string; readonly path?: ReadonlyArray<PropertyKey> };

/**
 * A failed loan operation as a problem: the status from the code table, core's code, and for a 422 one
 * field error per issue with a JSON pointer into `location` (the body, or the query for `asOf`/`date`).
 *
 * @example
 * if (!result.ok) return loanProblem(c, result.error);
 */
export function loanProblem(c: Context, error: DomainError, location: FieldError["location"] = "body"): never {
  const issues = Array.isArray(error.details?.issues) ? (error.details.issues as Issue[]) : [error];
  const errors: FieldError[] =
    statusForCode(error.code) !== 422
      ? []
      : issues
          .filter((issue) => issue.path !== undefined && issue.path.length > 0)
          .map((issue) => ({
            location,
            pointer: toJsonPointer(issue.path ?? []),
            code: issue.code,
            detail: issue.message,
          }));
  return problemResponse(c, {
    code: error.code,
    detail: error.message,
    ...(errors.length === 0 ? {} : { errors }),
    ...existingIdOf(error.details),
  });
}
