import { ok } from "@lendstack/core/errors";
import { createRouter, type Router } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import * as routes from "./routes.js";
import { createWorkflow, publishWorkflow, workflowNotFound } from "./service.js";
import { workflowsStore } from "./store.js";
import { toWorkflowBody } from "./view.js";

function workflowRoutes(deps: ResourceDeps): Router {
  const { db } = deps;
  const router = createRouter();
  router.openapi(routes.createWorkflowRoute, async (c) => {
    const created = await createWorkflow(db, changeContext(c, deps), c.req.valid("json"));
    return created.ok ? c.json(toWorkflowBody(created.value), 201) : domainProblem(c, created.error);
  });
  router.openapi(routes.getWorkflowRoute, async (c) => {
    const { workflowId } = c.req.valid("param");
    const row = await workflowsStore(db, c.get("principal").tenantId).find(workflowId);
    if (row === undefined) return domainProblem(c, workflowNotFound(workflowId).error, "path");
    return c.json(toWorkflowBody(row), 200);
  });
  router.openapi(routes.publishWorkflowRoute, async (c) => {
    const published = await publishWorkflow(db, changeContext(c, deps), c.req.valid("param").workflowId);
    return published.ok ? c.json(toWorkflowBody(published.value), 200) : domainProblem(c, published.error, "path");
  });
  listRoute(router, routes.listWorkflowsDefinition, idOrder("wf"), async ({ tenantId, filters, after, take }) => {
    const rows = await workflowsStore(db, tenantId).list({ ...filters, after, take });
    return ok(rows.map(toWorkflowBody));
  });
  return router;
}

/**
 * Workflows: versioned per product, each a list of stages inside the application lifecycle with the tasks
 * (queue, role, SLA) entering a stage creates, and the product's standard underwriting conditions.
 *
 * @example
 * export const resources = [applicationsResource, workflowsResource, tasksResource, …];
 */
export const workflowsResource: ApiResource = {
  tag: {
    name: "Workflows",
    description: "Versioned origination workflows per product: stages, task templates with SLAs, conditions",
  },
  scopes: ["workflows:read", "workflows:write"],
  routes: workflowRoutes,
};
