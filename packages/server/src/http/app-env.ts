import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ZodError } from "zod";
import type { Principal } from "../auth/jwt.js";
import type { Logger } from "../logger.js";
import { type FieldError, problemResponse, toJsonPointer } from "./problem.js";
import { withHttpConventions } from "./route-conventions.js";

/** Per-request values every handler can read with `c.get(…)`. @example const requestId = c.get("requestId"); */
export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    /** Set by the auth middleware on `/v1/*`; absent on `/health`, `/ready` and the docs. */
    principal: Principal;
  };
}

const LOCATION_BY_TARGET: Readonly<Record<string, FieldError["location"]>> = {
  json: "body",
  form: "body",
  query: "query",
  param: "path",
  header: "header",
};

/**
 * Lists every zod issue as one field error with a JSON pointer.
 *
 * @example
 * fieldErrorsFromZod(error, "body"); // [{ location: "body", pointer: "/currencies/default", code: "invalid_format", detail: "…" }]
 */
export function fieldErrorsFromZod(error: ZodError, location: FieldError["location"]): FieldError[] {
  return error.issues.map((issue) => ({
    location,
    pointer: toJsonPointer(issue.path),
    code: issue.code,
    detail: issue.message,
  }));
}

/**
 * Creates a router whose schema failures all become one 422 `validation_failed` problem listing each bad
 * field (the zod-openapi `defaultHook`), and whose routes follow `withHttpConventions`. Every resource
 * builds its routes on one of these.
 *
 * @example
 * const router = createRouter();
 * router.openapi(getProductRoute, handler);
 */
export function createRouter(): Router {
  const router = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      return validationProblem(c, fieldErrorsFromZod(result.error, LOCATION_BY_TARGET[result.target] ?? "body"));
    },
  });
  const register = router.openapi;
  // Every route gets the API's HTTP conventions (unknown query parameters refused, ETag on reads).
  router.openapi = ((route, handler, hook) =>
    register(withHttpConventions(route), handler, hook)) as typeof router.openapi;
  return router;
}

/** A resource's router, made by `createRouter()`. @example function loanRoutes(deps): Router { … } */
export type Router = OpenAPIHono<AppEnv>;

/**
 * The 422 `validation_failed` problem listing each bad field.
 *
 * @example
 * return validationProblem(c, [{ location: "body", pointer: "/name", code: "too_small", detail: "…" }]);
 */
export function validationProblem(c: Context, errors: ReadonlyArray<FieldError>): never {
  const locations = [...new Set(errors.map((error) => error.location))].join(" and ");
  return problemResponse(c, {
    code: "validation_failed",
    detail: `The request ${locations} has ${errors.length} invalid field${errors.length === 1 ? "" : "s"}.`,
    errors,
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
