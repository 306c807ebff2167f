import { ok, type Result } from "@lendstack/core/errors";
import type { Context } from "hono";
import { applicationsStore } from "../applications/store.js";
import type { ApplicationConditionRow } from "../db/schema/index.js";
import { type AppEnv, createRouter, type Router } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import * as routes from "./routes.js";
import { clearApplicationCondition, raiseApplicationCondition, waiveApplicationCondition } from "./service.js";
import { conditionsStore } from "./store.js";
import { toConditionBody } from "./view.js";

function conditionRoutes(deps: ResourceDeps): Router {
  const { db } = deps;
  const router = createRouter();
  const answer = (c: Context<AppEnv>, result: Result<ApplicationConditionRow>) =>
    result.ok ? c.json(toConditionBody(result.value), 200) : domainProblem(c, result.error);
  router.openapi(routes.raiseConditionRoute, async (c) => {
    const { applicationId } = c.req.valid("param");
    const raised = await raiseApplicationCondition(db, changeContext(c, deps), applicationId, c.req.valid("json"));
    return raised.ok ? c.json(toConditionBody(raised.value), 201) : domainProblem(c, raised.error);
  });
  router.openapi(routes.clearConditionRoute, async (c) =>
    answer(c, await clearApplicationCondition(db, changeContext(c, deps), c.req.valid("param"))),
  );
  router.openapi(routes.waiveConditionRoute, async (c) => {
    const { reason } = c.req.valid("json");
    return answer(c, await waiveApplicationCondition(db, changeContext(c, deps), c.req.valid("param"), reason));
  });
  listRoute(
    router,
    routes.listConditionsDefinition,
    idOrder("cnd"),
    async ({ tenantId, params, filters, after, take }) => {
      const { applicationId } = params;
      if ((await applicationsStore(db, tenantId).find(applicationId)) === undefined) {
        return {
          ok: false,
          error: { code: "application_not_found", message: `No application ${applicationId} in this tenant.` },
        };
      }
      const rows = await conditionsStore(db, tenantId).forApplication(applicationId, { ...filters, after, take });
      return ok(rows.map(toConditionBody));
    },
  );
  return router;
}

/**
 * Underwriting conditions of applications: raised from the product's workflow or by an underwriter,
 * cleared or waived; open ones block approvals and funding (409 `conditions_open`).
 *
 * @example
 * export const resources = [applicationsResource, conditionsResource, …];
 */
export const conditionsResource: ApiResource = {
  tag: {
    name: "Underwriting conditions",
    description: "Conditions on applications: raised from the workflow or by hand, cleared or waived",
  },
  scopes: ["applications:read", "applications:approve"],
  routes: conditionRoutes,
};
