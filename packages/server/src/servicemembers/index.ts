import { createRouter } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource } from "../http/resource.js";
import { todayOf } from "../loans/append-event.js";
import { loanNotFound } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import { endServicememberRoute, getServicememberRoute, setServicememberRoute } from "./routes.js";
import { endServicemember, servicememberNotFound, setServicemember } from "./service.js";
import { findServicemember } from "./store.js";
import { toServicememberBody } from "./view.js";

const pathCodes = new Set(["loan_not_found", "servicemember_not_found"]);

/**
 * A borrower's active-duty military service on a loan and the SCRA protection it gives (rate cap, no default
 * actions while protected).
 *
 * @example
 * export const resources = [servicemembersResource, …];
 */
export const servicemembersResource: ApiResource = {
  tag: {
    name: "Servicemembers",
    description: "Borrowers on active duty: the SCRA rate cap and the default actions it blocks",
  },
  scopes: ["loans:read", "loans:write"],
  routes: (deps) => {
    const router = createRouter();
    router.openapi(getServicememberRoute, async (c) => {
      const { loanId } = c.req.valid("param");
      const context = changeContext(c, deps);
      if ((await loansStore(deps.db, context.tenantId).find(loanId)) === undefined) {
        return domainProblem(c, loanNotFound(loanId).error, "path");
      }
      const row = await findServicemember(deps.db, context.tenantId, loanId);
      if (row === undefined) return domainProblem(c, servicememberNotFound(loanId).error, "path");
      return c.json(toServicememberBody(row, todayOf(context)), 200);
    });
    router.openapi(setServicememberRoute, async (c) => {
      const { loanId } = c.req.valid("param");
      const context = changeContext(c, deps);
      const saved = await setServicemember(deps.db, context, loanId, c.req.valid("json"));
      if (!saved.ok) return domainProblem(c, saved.error, pathCodes.has(saved.error.code) ? "path" : "body");
      return c.json(toServicememberBody(saved.value, todayOf(context)), 200);
    });
    router.openapi(endServicememberRoute, async (c) => {
      const { loanId } = c.req.valid("param");
      const context = changeContext(c, deps);
      const ended = await endServicemember(deps.db, context, loanId);
      if (!ended.ok) return domainProblem(c, ended.error, pathCodes.has(ended.error.code) ? "path" : "body");
      return c.json(toServicememberBody(ended.value, todayOf(context)), 200);
    });
    return router;
  },
};
