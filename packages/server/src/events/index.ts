import { ok } from "@lendstack/core/errors";
import { createRouter } from "../http/app-env.js";
import { dateRangeOf, instantRangeOf } from "../http/list-filters.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { getEventRoute, listEventsDefinition } from "./routes.js";
import { findEvent, listEvents } from "./store.js";
import { toEventBody } from "./view.js";

function eventRoutes(deps: ResourceDeps) {
  const router = createRouter();
  const { db } = deps;
  listRoute(router, listEventsDefinition, idOrder("evt"), async ({ tenantId, filters, after, take }) => {
    const rows = await listEvents(db, tenantId, {
      type: filters.type,
      resourceId: filters.resourceId,
      createdAt: instantRangeOf(filters, "createdAt"),
      businessDate: dateRangeOf(filters, "businessDate"),
      after,
      take,
    });
    return ok(rows.map(toEventBody));
  });
  router.openapi(getEventRoute, async (c) => {
    const { eventId } = c.req.valid("param");
    const row = await findEvent(db, c.get("principal").tenantId, eventId);
    if (row === undefined) return domainProblem(c, { code: "not_found", message: `no event ${eventId}` });
    return c.json(toEventBody(row), 200);
  });
  return router;
}

/**
 * Events: every change, recorded with it (a transactional outbox), listed for reconciliation.
 *
 * @example
 * export const resources = [productsResource, eventsResource];
 */
export const eventsResource: ApiResource = {
  tag: { name: "Events", description: "What happened: one event per change, in the change's transaction" },
  scopes: ["events:read"],
  routes: eventRoutes,
};
