import { createRouter } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource } from "../http/resource.js";
import { loanNotFound } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import { cancelAutopayRoute, enrollAutopayRoute, getAutopayRoute } from "./routes.js";
import { cancelAutopay, enrollAutopay } from "./service.js";
import { latestEnrollment } from "./store.js";
import { toAutopayBody } from "./view.js";

/**
 * Autopay: a loan's enrollment in recurring ACH debits under the borrower's recorded authorization.
 *
 * @example
 * export const resources = [autopayResource, …];
 */
export const autopayResource: ApiResource = {
  tag: { name: "Autopay", description: "Loans' enrollments in recurring ACH debits" },
  scopes: ["loans:read", "payments:write"],
  routes: (deps) => {
    const router = createRouter();
    router.openapi(enrollAutopayRoute, async (c) => {
      const { loanId } = c.req.valid("param");
      const enrolled = await enrollAutopay(deps.db, changeContext(c, deps), loanId, c.req.valid("json"));
      if (!enrolled.ok) return domainProblem(c, enrolled.error);
      return c.json(toAutopayBody(enrolled.value), 200);
    });
    router.openapi(getAutopayRoute, async (c) => {
      const { loanId } = c.req.valid("param");
      const tenantId = c.get("principal").tenantId;
      if ((await loansStore(deps.db, tenantId).find(loanId)) === undefined) {
        return domainProblem(c, loanNotFound(loanId).error, "path");
      }
      const row = await latestEnrollment(deps.db, tenantId, loanId);
      if (row === undefined) {
        return domainProblem(c, { code: "autopay_not_found", message: `Loan ${loanId} has no autopay enrollment.` });
      }
      return c.json(toAutopayBody(row), 200);
    });
    router.openapi(cancelAutopayRoute, async (c) => {
      const { loanId } = c.req.valid("param");
      const cancelled = await cancelAutopay(deps.db, changeContext(c, deps), loanId);
      if (!cancelled.ok) return domainProblem(c, cancelled.error, "path");
      return c.json(toAutopayBody(cancelled.value), 200);
    });
    return router;
  },
};
