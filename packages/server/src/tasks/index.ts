import { ok, type Result } from "@lendstack/core/errors";
import { staffRoles } from "@lendstack/core/origination";
import type { Context } from "hono";
import type { TaskRow } from "../db/schema/index.js";
import { type AppEnv, createRouter, type Router } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import * as routes from "./routes.js";
import { claimTask, completeTask, reassignTask, roleScope, taskNotFound } from "./service.js";
import { tasksStore } from "./store.js";
import { toTaskBody } from "./view.js";

function taskRoutes(deps: ResourceDeps): Router {
  const { db } = deps;
  const router = createRouter();
  const answer = (c: Context<AppEnv>, result: Result<TaskRow>) =>
    result.ok ? c.json(toTaskBody(result.value, deps.clock()), 200) : domainProblem(c, result.error, "path");
  router.openapi(routes.getTaskRoute, async (c) => {
    const { taskId } = c.req.valid("param");
    const row = await tasksStore(db, c.get("principal").tenantId).find(taskId);
    return answer(c, row === undefined ? taskNotFound(taskId) : ok(row));
  });
  router.openapi(routes.claimTaskRoute, async (c) =>
    answer(c, await claimTask(db, changeContext(c, deps), c.req.valid("param").taskId, c.get("principal").scopes)),
  );
  router.openapi(routes.completeTaskRoute, async (c) => {
    const { taskId } = c.req.valid("param");
    return answer(c, await completeTask(db, changeContext(c, deps), taskId, c.req.valid("json")));
  });
  router.openapi(routes.reassignTaskRoute, async (c) => {
    const { taskId } = c.req.valid("param");
    const { assignee } = c.req.valid("json");
    return answer(c, await reassignTask(db, changeContext(c, deps), taskId, assignee));
  });
  listRoute(router, routes.listTasksDefinition, idOrder("tsk"), async ({ tenantId, filters, after, take }) => {
    const now = deps.clock();
    const overdue = filters.overdue === undefined ? undefined : filters.overdue === "true";
    const rows = await tasksStore(db, tenantId).list({ ...filters, overdue, now, after, take });
    return ok(rows.map((row) => toTaskBody(row, now)));
  });
  return router;
}

/**
 * Tasks: the work a product's workflow routes to queues and roles when an application enters a stage,
 * each due by its SLA; claimed by a person, completed by them with an outcome, reassigned by a manager.
 *
 * @example
 * export const resources = [applicationsResource, workflowsResource, tasksResource, …];
 */
export const tasksResource: ApiResource = {
  tag: { name: "Tasks", description: "Work queues of origination: claim, complete, reassign; SLA due times" },
  scopes: ["tasks:read", "tasks:write", "tasks:manage", ...staffRoles.map(roleScope)],
  routes: taskRoutes,
};
