import type { z } from "@hono/zod-openapi";
import { maxAmount } from "@lendstack/core/money";
import type { MiddlewareHandler } from "hono";
import { isAmountSchema } from "./money.js";
import type { FieldError } from "./problem.js";
import { toJsonPointer } from "./problem.js";

// JSON numbers a body may not carry: beyond ±(2^53 − 1) a JS number is no longer exact (9007199254740993 arrives
// as …992) and 1e400 arrives as Infinity. Such a number is refused before anything reads the body, wherever it is
// (a free-form rule-set document included), so it can never reach a calculation or the database.

type Path = ReadonlyArray<string | number>;

/** Paths of the numbers in `value` that are not finite or beyond the safe integer range. */
function unsafeNumberPaths(value: unknown, path: Path = [], found: Path[] = []): Path[] {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) found.push(path);
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) unsafeNumberPaths(item, [...path, index], found);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) unsafeNumberPaths(item, [...path, key], found);
  }
  return found;
}

interface SchemaDef {
  readonly type?: string;
  readonly innerType?: unknown;
  readonly in?: unknown;
  readonly element?: unknown;
  readonly valueType?: unknown;
  readonly options?: ReadonlyArray<unknown>;
  readonly shape?: Record<string, unknown>;
}

function defOf(schema: unknown): SchemaDef | undefined {
  return (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
}

/** The zod schema that validates the value at `path` inside `schema`, when one can be found. */
function schemaAt(schema: unknown, path: Path): unknown {
  const def = defOf(schema);
  if (def === undefined) return undefined;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return schemaAt(def.innerType, path);
    case "pipe":
      return schemaAt(def.in, path);
    default:
      break;
  }
  if (path.length === 0) return schema;
  const [head, ...rest] = path;
  switch (def.type) {
    case "object":
      return schemaAt(def.shape?.[String(head)], rest);
    case "array":
      return schemaAt(def.element, rest);
    case "record":
      return schemaAt(def.valueType, rest);
    case "union":
      for (const option of def.options ?? []) {
        const found = schemaAt(option, path);
        if (found !== undefined) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * One field error for a number the API cannot take: `amount_out_of_range` on an amount field (above the ceiling
 * of 10^13 minor units), `number_out_of_range` elsewhere.
 *
 * @example
 * numberFieldError(["amount"], true); // { location: "body", pointer: "/amount", code: "amount_out_of_range", … }
 */
export function numberFieldError(path: Path, isAmount: boolean): FieldError {
  const pointer = toJsonPointer(path);
  return isAmount
    ? {
        location: "body",
        pointer,
        code: "amount_out_of_range",
        detail: `${pointer.slice(1)} must be an integer of minor units from 0 to ${maxAmount}`,
      }
    : {
        location: "body",
        pointer,
        code: "number_out_of_range",
        detail: `${pointer.slice(1)} is beyond ±(2^53 − 1), which a JSON number cannot carry exactly`,
      };
}

/**
 * Refuses a JSON body with a number that is not finite or beyond ±(2^53 − 1), naming each such field: 422
 * `amount_out_of_range` when every one is an amount of `bodySchema`, else `validation_failed`. Runs before the
 * body is validated; a body that is not JSON is left to the validator (400 `malformed_json`).
 *
 * @example
 * middleware: [guardNumbers(paymentSchema, validationProblem)]
 */
export function guardNumbers(
  bodySchema: z.ZodType,
  respond: (c: Parameters<MiddlewareHandler>[0], errors: ReadonlyArray<FieldError>) => Response,
): MiddlewareHandler {
  return async (c, next) => {
    if (!/^application\/([\w.-]+\+)?json/i.test(c.req.header("content-type") ?? "")) return next();
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return next();
    }
    const paths = unsafeNumberPaths(body);
    if (paths.length === 0) return next();
    return respond(
      c,
      paths.map((path) => numberFieldError(path, isAmountSchema(schemaAt(bodySchema, path)))),
    );
  };
}
