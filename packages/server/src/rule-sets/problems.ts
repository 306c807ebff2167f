import type { DomainError } from "@lendstack/core/errors";
import type { Context } from "hono";
import { problemResponse, toJsonPointer } from "../http/problem.js";

/** A rule-set error as the API reports it (schema `RuleSetError`). */
export interface RuleSetErrorBody {
  code: string;
  message: string;
  pointer: string;
  [detail: string]: unknown;
}

const locating = ["ruleId", "tableId", "rowId", "computed", "output", "line", "column", "offset", "expression"];

/**
 * Core's compile error as `RuleSetError`: its code, a JSON pointer into the request body, and the rule,
 * table, row, line, column and offset that core located it at.
 *
 * @example
 * ruleSetErrorBody({ code: "unknown_variable", message: "…", path: ["document", "rules", 0, "when"] });
 */
export function ruleSetErrorBody(error: DomainError): RuleSetErrorBody {
  const body: RuleSetErrorBody = { code: error.code, message: error.message, pointer: toJsonPointer(error.path ?? []) };
  const details = (error.details ?? {}) as Record<string, unknown>;
  for (const key of locating) if (details[key] !== undefined) body[key] = details[key];
  return body;
}

/**
 * The problem for a refused rule set (422 with core's code, or the code's status): one field error
 * with the pointer, and the `ruleSetError` extension member saying which rule and where.
 *
 * @example
 * if (!checked.ok) return ruleSetProblem(c, checked.error);
 */
export function ruleSetProblem(c: Context, error: DomainError): never {
  const ruleSetError = ruleSetErrorBody(error);
  return problemResponse(c, {
    code: error.code,
    detail: error.message,
    extensions: {
      errors: [{ location: "body", pointer: ruleSetError.pointer, code: error.code, detail: error.message }],
      ruleSetError,
    },
  });
}
