import type { DomainError } from "@lendstack/core/errors";
import type { Context } from "hono";
import { createRouter } from "../http/app-env.js";
import { type FieldError, problemResponse, toJsonPointer } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { createQuoteRoute } from "./routes.js";
import { quoteLoan } from "./service.js";
import { toQuoteBody } from "./view.js";

type Issue = { readonly code: string; readonly message: string; readonly path?: ReadonlyArray<PropertyKey> };

/**
 * A failed quote as a problem: the status from the code table (422 for a bad term, 404 for another tenant's
 * product), the core code, and one field error per issue with a JSON pointer into the body.
 */
function quoteProblem(c: Context, error: DomainError): never {
  const issues = Array.isArray(error.details?.issues) ? (error.details.issues as Issue[]) : [error];
  const errors: FieldError[] = issues
    .filter((issue) => issue.path !== undefined && issue.path.length > 0)
    .map((issue) => ({
      location: "body",
      pointer: toJsonPointer(issue.path ?? []),
      code: issue.code,
      detail: issue.message,
    }));
  return problemResponse(c, {
    code: error.code,
    detail: error.message,
    ...(errors.length === 0 ? {} : { errors }),
  });
}

function quoteRoutes(deps: ResourceDeps) {
  const router = createRouter();
  router.openapi(createQuoteRoute, async (c) => {
    const result = await quoteLoan(deps.db, c.get("principal").tenantId, c.req.valid("json"));
    if (!result.ok) return quoteProblem(c, result.error);
    const body = toQuoteBody(result.value);
    return body.ok ? c.json(body.value, 200) : quoteProblem(c, body.error);
  });
  return router;
}

/**
 * Loan quotes: schedule, APR and disclosure figures for a product or inline terms, computed and not stored.
 *
 * @example
 * export const resources = [productsResource, quotesResource];
 */
export const quotesResource: ApiResource = {
  tag: { name: "Quotes", description: "Schedules, APR and TILA disclosure figures, computed and never stored" },
  scopes: ["quotes:read"],
  routes: quoteRoutes,
};
