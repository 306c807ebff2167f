import { ok } from "@lendstack/core/errors";
import { createRouter } from "../http/app-env.js";
import { dateRangeOf } from "../http/list-filters.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { getCloseRunRoute, listCloseRunsDefinition } from "./routes.js";
import { findCloseRun, listCloseRuns } from "./store.js";
import { toCloseRunBody } from "./view.js";

function closeRunRoutes(deps: ResourceDeps) {
  const router = createRouter();
  const { db } = deps;
  listRoute(router, listCloseRunsDefinition, idOrder("cr"), async ({ tenantId, filters, after, take }) => {
    const businessDate = dateRangeOf(filters, "businessDate");
    const rows = await listCloseRuns(db, tenantId, { status: filters.status, businessDate, after, take });
    const now = deps.clock();
    return ok(await Promise.all(rows.map((row) => toCloseRunBody(db, row, now))));
  });
  router.openapi(getCloseRunRoute, async (c) => {
    const { closeRunId } = c.req.valid("param");
    const row = await findCloseRun(db, c.get("principal").tenantId, closeRunId);
    return row === undefined
      ? domainProblem(c, { code: "not_found", message: `no close run ${closeRunId}` })
      : c.json(await toCloseRunBody(db, row, deps.clock()), 200);
  });
  return router;
}

/**
 * Close runs: the daily closes of the tenant, observable while they run.
 *
 * @example
 * export const resources = [closeRunsResource];
 */
export const closeRunsResource: ApiResource = {
  tag: { name: "Close runs", description: "The daily close: what ran, when, and what failed" },
  scopes: ["close-runs:read"],
  routes: closeRunRoutes,
};
