import { ok } from "@lendstack/core/errors";
import { sandboxCreditBureau } from "../adapters/credit-bureau/index.js";
import { createRouter } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource } from "../http/resource.js";
import { findParty } from "../parties/store.js";
import { tenantKeysFor } from "../pii/tenant-keys.js";
import { getCreditReportRoute, listPartyCreditReportsDefinition, pullPartyCreditReportRoute } from "./routes.js";
import { openCreditReport } from "./sealed.js";
import { DEFAULT_CREDIT_REPORT_REUSE_DAYS, pullCreditReport } from "./service.js";
import { creditReportsStore } from "./store.js";
import { toCreditReportBody } from "./view.js";

/**
 * Credit reports: a party's consumer credit report pulled through the credit bureau adapter (the sandbox
 * unless another bureau is configured), stored encrypted, reused within a window.
 *
 * @example
 * export const resources = [creditReportsResource, …];
 */
export const creditReportsResource: ApiResource = {
  tag: {
    name: "Credit reports",
    description: "Consumer credit reports: soft and hard pulls with a permissible purpose and consent",
  },
  scopes: ["credit-reports:read", "credit-reports:write"],
  routes: (deps) => {
    const router = createRouter();
    const reports = {
      db: deps.db,
      keyring: deps.pii,
      bureau: deps.creditBureau ?? sandboxCreditBureau,
      reuseDays: deps.creditReportReuseDays ?? DEFAULT_CREDIT_REPORT_REUSE_DAYS,
    };
    router.openapi(pullPartyCreditReportRoute, async (c) => {
      const { partyId } = c.req.valid("param");
      const pulled = await pullCreditReport(reports, changeContext(c, deps), partyId, c.req.valid("json"));
      if (!pulled.ok) return domainProblem(c, pulled.error, "path");
      const { row, report, reused } = pulled.value;
      return c.json(toCreditReportBody(row, report, { reused, withReport: false }), reused ? 200 : 201);
    });
    router.openapi(getCreditReportRoute, async (c) => {
      const { creditReportId } = c.req.valid("param");
      const tenantId = c.get("principal").tenantId;
      const row = await creditReportsStore(deps.db, tenantId).find(creditReportId);
      if (row === undefined) {
        return domainProblem(c, { code: "credit_report_not_found", message: `No credit report ${creditReportId}.` });
      }
      const keys = await tenantKeysFor(deps.db, deps.pii, tenantId, deps.clock());
      return c.json(toCreditReportBody(row, openCreditReport(keys, row), { reused: false, withReport: true }), 200);
    });
    listRoute(
      router,
      listPartyCreditReportsDefinition,
      idOrder("crp"),
      async ({ tenantId, params, filters, after, take }) => {
        if ((await findParty(deps.db, tenantId, params.partyId)) === undefined) {
          return {
            ok: false,
            error: {
              code: "party_not_found",
              message: `No party ${params.partyId} in this tenant.`,
              path: ["partyId"],
            },
          };
        }
        const keys = await tenantKeysFor(deps.db, deps.pii, tenantId, deps.clock());
        const rows = await creditReportsStore(deps.db, tenantId).list({
          partyId: params.partyId,
          kind: filters.kind,
          after,
          take,
        });
        return ok(
          rows.map((row) => toCreditReportBody(row, openCreditReport(keys, row), { reused: false, withReport: false })),
        );
      },
    );
    return router;
  },
};
