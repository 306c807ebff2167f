import { createRouter } from "../http/app-env.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { createQuoteRoute } from "./routes.js";
import { quoteLoan } from "./service.js";
import { toQuoteBody } from "./view.js";

function quoteRoutes(deps: ResourceDeps) {
  const router = createRouter();
  router.openapi(createQuoteRoute, async (c) => {
    const result = await quoteLoan(deps.db, c.get("principal").tenantId, c.req.valid("json"));
    if (!result.ok) return domainProblem(c, result.error);
    const body = toQuoteBody(result.value);
    return body.ok ? c.json(body.value, 200) : domainProblem(c, body.error);
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
