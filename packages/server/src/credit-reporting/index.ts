import { ok } from "@lendstack/core/errors";
import { writeAudit } from "../db/audit.js";
import { createRouter, type Router } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { loanNotFound } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import { setLoanCreditReporting } from "./disputes.js";
import { generateMetro2File, openMetro2Content } from "./generate.js";
import {
  downloadMetro2FileRoute,
  generateMetro2FileRoute,
  getLoanCreditReportingRoute,
  getMetro2FileRoute,
  listMetro2FilesDefinition,
  setLoanCreditReportingRoute,
} from "./routes.js";
import { findLoanCreditReporting, findMetro2File, listMetro2Files } from "./store.js";
import { toLoanCreditReportingBody, toMetro2FileBody } from "./view.js";

const notFound = (fileId: string) => ({ code: "not_found", message: `No Metro 2 file ${fileId}.` });

function registerFileRoutes(router: Router, deps: ResourceDeps): void {
  router.openapi(generateMetro2FileRoute, async (c) => {
    const generated = await generateMetro2File(deps, changeContext(c, deps), c.req.valid("json").month);
    if (!generated.ok) return domainProblem(c, generated.error);
    return c.json(toMetro2FileBody(generated.value), 201);
  });
  router.openapi(getMetro2FileRoute, async (c) => {
    const { furnishingFileId: fileId } = c.req.valid("param");
    const row = await findMetro2File(deps.db, c.get("principal").tenantId, fileId);
    if (row === undefined) return domainProblem(c, notFound(fileId), "path");
    return c.json(toMetro2FileBody(row), 200);
  });
  router.openapi(downloadMetro2FileRoute, async (c) => {
    const { furnishingFileId: fileId } = c.req.valid("param");
    const context = changeContext(c, deps);
    const row = await findMetro2File(deps.db, context.tenantId, fileId);
    if (row === undefined) return domainProblem(c, notFound(fileId), "path");
    const text = await openMetro2Content(deps, row, context.now);
    await writeAudit(deps.db, context, {
      action: "metro2_file.downloaded",
      resourceType: "metro2_file",
      resourceId: row.id,
      details: { month: row.month },
    });
    const filename = `metro2-${row.month}-${row.id}.txt`;
    return c.text(text, 200, { "content-disposition": `attachment; filename="${filename}"` });
  });
  listRoute(router, listMetro2FilesDefinition, idOrder("m2f"), async ({ tenantId, filters, after, take }) => {
    const rows = await listMetro2Files(deps.db, tenantId, { month: filters.month, after, take });
    return ok(rows.map(toMetro2FileBody));
  });
}

function registerLoanRoutes(router: Router, deps: ResourceDeps): void {
  router.openapi(getLoanCreditReportingRoute, async (c) => {
    const { loanId } = c.req.valid("param");
    const tenantId = c.get("principal").tenantId;
    if ((await loansStore(deps.db, tenantId).find(loanId)) === undefined) {
      return domainProblem(c, loanNotFound(loanId).error, "path");
    }
    return c.json(toLoanCreditReportingBody(loanId, await findLoanCreditReporting(deps.db, tenantId, loanId)), 200);
  });
  router.openapi(setLoanCreditReportingRoute, async (c) => {
    const { loanId } = c.req.valid("param");
    const { complianceConditionCode } = c.req.valid("json");
    const saved = await setLoanCreditReporting(deps.db, changeContext(c, deps), loanId, complianceConditionCode);
    if (!saved.ok) return domainProblem(c, saved.error, "path");
    return c.json(toLoanCreditReportingBody(loanId, saved.value), 200);
  });
}

/**
 * Credit reporting: monthly Metro 2 furnishing files built from the loans' month-end states, and each
 * loan's dispute code (compliance condition code).
 *
 * @example
 * export const resources = [creditReportingResource, …];
 */
export const creditReportingResource: ApiResource = {
  tag: {
    name: "Credit reporting",
    description: "Monthly Metro 2 files for the credit bureaus, and loans' dispute codes",
  },
  scopes: ["credit-reporting:read", "credit-reporting:write"],
  routes: (deps) => {
    const router = createRouter();
    registerFileRoutes(router, deps);
    registerLoanRoutes(router, deps);
    return router;
  },
};
