import { ok } from "@lendstack/core/errors";
import { createRouter, type Router } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { loanNotFound } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import { findPreferences, listContacts } from "./contact-store.js";
import { borrowerTimeZone, logContact, setContactPreferences } from "./contacts.js";
import { registerHardshipRoutes } from "./hardship-routes.js";
import { listPromises, recordPromise } from "./promises.js";
import { registerQueueRoutes } from "./queue-routes.js";
import {
  getContactPreferencesRoute,
  listContactsDefinition,
  listPromisesDefinition,
  logContactRoute,
  recordPromiseRoute,
  setContactPreferencesRoute,
} from "./routes.js";
import { registerSettlementRoutes } from "./settlement-routes.js";
import { toContactBody, toPreferencesBody, toPromiseBody } from "./view.js";

async function loanExists(deps: ResourceDeps, tenantId: string, loanId: string): Promise<boolean> {
  return (await loansStore(deps.db, tenantId).find(loanId)) !== undefined;
}

function registerContactRoutes(router: Router, deps: ResourceDeps): void {
  router.openapi(logContactRoute, async (c) => {
    const { loanId } = c.req.valid("param");
    const logged = await logContact(deps.db, changeContext(c, deps), loanId, c.req.valid("json"));
    if (!logged.ok) return domainProblem(c, logged.error, logged.error.code === "loan_not_found" ? "path" : "body");
    return c.json(toContactBody(logged.value), 201);
  });
  listRoute(router, listContactsDefinition, idOrder("cnt"), async (request) => {
    const { loanId } = request.params;
    if (!(await loanExists(deps, request.tenantId, loanId))) return loanNotFound(loanId);
    const rows = await listContacts(deps.db, request.tenantId, loanId, {
      ...request.filters,
      after: request.after,
      take: request.take,
    });
    return ok(rows.map(toContactBody));
  });
  router.openapi(getContactPreferencesRoute, async (c) => {
    const { loanId } = c.req.valid("param");
    const tenantId = c.get("principal").tenantId;
    if (!(await loanExists(deps, tenantId, loanId))) return domainProblem(c, loanNotFound(loanId).error, "path");
    const row = await findPreferences(deps.db, tenantId, loanId);
    return c.json(toPreferencesBody(loanId, row, await borrowerTimeZone(deps.db, tenantId, undefined)), 200);
  });
  router.openapi(setContactPreferencesRoute, async (c) => {
    const { loanId } = c.req.valid("param");
    const context = changeContext(c, deps);
    const saved = await setContactPreferences(deps.db, context, loanId, c.req.valid("json"));
    if (!saved.ok) return domainProblem(c, saved.error, saved.error.code === "loan_not_found" ? "path" : "body");
    const tenantZone = await borrowerTimeZone(deps.db, context.tenantId, undefined);
    return c.json(toPreferencesBody(loanId, saved.value, tenantZone), 200);
  });
}

function registerPromiseRoutes(router: Router, deps: ResourceDeps): void {
  router.openapi(recordPromiseRoute, async (c) => {
    const { loanId } = c.req.valid("param");
    const recorded = await recordPromise(deps.db, changeContext(c, deps), loanId, c.req.valid("json"));
    if (!recorded.ok) {
      return domainProblem(c, recorded.error, recorded.error.code === "loan_not_found" ? "path" : "body");
    }
    return c.json(toPromiseBody(recorded.value), 201);
  });
  listRoute(router, listPromisesDefinition, idOrder("ptp"), async (request) => {
    const { loanId } = request.params;
    if (!(await loanExists(deps, request.tenantId, loanId))) return loanNotFound(loanId);
    const rows = await listPromises(deps.db, request.tenantId, loanId, {
      status: request.filters.status,
      after: request.after,
      take: request.take,
    });
    return ok(rows.map(toPromiseBody));
  });
}

/**
 * Collections: a loan's contact log (outbound calls checked against Regulation F), its contact preferences,
 * promises to pay that the daily close marks kept or broken, the queues of delinquent loans, hardship plans, and
 * settlements (a lesser amount accepted) that the daily close completes or breaks.
 *
 * @example
 * export const resources = [collectionsResource, …];
 */
export const collectionsResource: ApiResource = {
  tag: {
    name: "Collections",
    description: "Delinquent loans in queues, contact logs, contact preferences and promises to pay",
  },
  scopes: ["collections:read", "collections:write"],
  routes: (deps) => {
    const router = createRouter();
    registerContactRoutes(router, deps);
    registerPromiseRoutes(router, deps);
    registerQueueRoutes(router, deps);
    registerHardshipRoutes(router, deps);
    registerSettlementRoutes(router, deps);
    return router;
  },
};
