import { maxAmount } from "@lendstack/core/money";
import type { Context } from "hono";
import type { ZodError } from "zod";
import { type FieldError, problemResponse, toJsonPointer } from "./problem.js";

// Schema failures as problem documents: one field error per bad field, and the one problem that lists them.

const LOCATION_BY_TARGET: Readonly<Record<string, FieldError["location"]>> = {
  json: "body",
  form: "body",
  query: "query",
  param: "path",
  header: "header",
};

type Issue = ZodError["issues"][number];

/** A breach of an amount's ceiling: zod's `too_big` at exactly `maxAmount` (only amount schemas use it). */
function isAmountCeiling(issue: Issue): boolean {
  return issue.code === "too_big" && Number(issue.maximum) === maxAmount;
}

/**
 * Lists every zod issue as one field error with a JSON pointer. An amount above the ceiling (10^13 minor units) is
 * one `amount_out_of_range` error for its field, whatever else zod said about it.
 *
 * @example
 * fieldErrorsFromZod(error, "body"); // [{ location: "body", pointer: "/currencies/default", code: "invalid_format", detail: "…" }]
 */
export function fieldErrorsFromZod(error: ZodError, location: FieldError["location"]): FieldError[] {
  const ceilings = new Set(error.issues.filter(isAmountCeiling).map((issue) => toJsonPointer(issue.path)));
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    const pointer = toJsonPointer(issue.path);
    if (!ceilings.has(pointer)) {
      errors.push({ location, pointer, code: issue.code, detail: issue.message });
    } else if (isAmountCeiling(issue)) {
      const detail = `${pointer.slice(1)} must be at most ${maxAmount} minor units`;
      errors.push({ location, pointer, code: "amount_out_of_range", detail });
    }
  }
  return errors;
}

/**
 * The 422 problem listing each bad field: `amount_out_of_range` when every bad field is an amount above the
 * ceiling, else `validation_failed`.
 *
 * @example
 * return validationProblem(c, [{ location: "body", pointer: "/name", code: "too_small", detail: "…" }]);
 */
export function validationProblem(c: Context, errors: ReadonlyArray<FieldError>): never {
  const locations = [...new Set(errors.map((error) => error.location))].join(" and ");
  const amounts = errors.length > 0 && errors.every((error) => error.code === "amount_out_of_range");
  const fields = errors.map((error) => `\`${error.pointer.slice(1)}\``).join(", ");
  return problemResponse(c, {
    code: amounts ? "amount_out_of_range" : "validation_failed",
    detail: amounts
      ? `${fields} must be at most ${maxAmount} minor units.`
      : `The request ${locations} has ${errors.length} invalid field${errors.length === 1 ? "" : "s"}.`,
    extensions: { errors },
  });
}

/**
 * Maps a zod-openapi validation target (`json`, `query`, `param` …) to the problem's `location`.
 *
 * @example
 * locationOf("param"); // "path"
 */
export function locationOf(target: string): FieldError["location"] {
  return LOCATION_BY_TARGET[target] ?? "body";
}
