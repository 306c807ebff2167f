import { ok } from "@lendstack/core/errors";
import { statementLayout } from "@lendstack/core/statements";
import { renderLayoutPdf } from "../generated-documents/render-pdf.js";
import { createRouter } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import type { PageOrder } from "../http/list-route.js";
import { listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { loanNotFound } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import { documentParties } from "../tenants/servicer.js";
import { statementFromDocument } from "./document.js";
import { registerNoticeRoutes } from "./notices.js";
import { issuePastStatement } from "./on-demand.js";
import { createStatementRoute, getStatementPdfRoute, getStatementRoute, listStatementsDefinition } from "./routes.js";
import type { StatementBody, StatementDocument } from "./schemas.js";
import { findStatement, listStatements } from "./store.js";
import { toStatementBody } from "./view.js";

/** Newest first by statement date (one statement per loan and date): the cursor carries the date. */
const statementOrder: PageOrder<StatementBody> = {
  isKey: (key) => /^\d{4}-\d{2}-\d{2}$/.test(key),
  keyOf: (item) => item.statementDate,
};

const statementNotFound = (statementId: string) => ({
  code: "not_found",
  message: `No statement ${statementId} on this loan.`,
});

function registerRoutes(deps: ResourceDeps) {
  const router = createRouter();
  listRoute(router, listStatementsDefinition, statementOrder, async ({ tenantId, params, after, take }) => {
    if ((await loansStore(deps.db, tenantId).find(params.loanId)) === undefined) return loanNotFound(params.loanId);
    const rows = await listStatements(deps.db, tenantId, params.loanId, { after, take });
    return ok(rows.map(toStatementBody));
  });
  router.openapi(createStatementRoute, async (c) => {
    const { loanId } = c.req.valid("param");
    const { statementDate } = c.req.valid("json");
    const issued = await issuePastStatement(deps.db, changeContext(c, deps), loanId, statementDate);
    if (!issued.ok) return domainProblem(c, issued.error, issued.error.code === "loan_not_found" ? "path" : "body");
    return c.json(toStatementBody(issued.value), 201);
  });
  router.openapi(getStatementRoute, async (c) => {
    const { loanId, statementId } = c.req.valid("param");
    const row = await findStatement(deps.db, c.get("principal").tenantId, loanId, statementId);
    if (row === undefined) return domainProblem(c, statementNotFound(statementId), "path");
    return c.json(toStatementBody(row), 200);
  });
  router.openapi(getStatementPdfRoute, async (c) => {
    const { loanId, statementId } = c.req.valid("param");
    const tenantId = c.get("principal").tenantId;
    const row = await findStatement(deps.db, tenantId, loanId, statementId);
    if (row === undefined) return domainProblem(c, statementNotFound(statementId), "path");
    const loan = await loansStore(deps.db, tenantId).find(loanId);
    const statement = statementFromDocument(row.document as StatementDocument);
    const parties = documentParties(c.get("tenant").settings, tenantId, loan?.externalReference ?? loanId);
    const layout = statementLayout(statement, parties);
    const bytes = await renderLayoutPdf(layout);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="statement-${row.statementDate}-${row.id}.pdf"`,
    });
  });
  registerNoticeRoutes(router, deps);
  return router;
}

/**
 * Statements: each loan's periodic statement, issued by the daily close at every cycle end (an
 * installment due date), as JSON and as PDF.
 *
 * @example
 * export const resources = [statementsResource, …];
 */
export const statementsResource: ApiResource = {
  tag: {
    name: "Statements",
    description: "Loans' periodic statements, issued by the daily close at each installment due date",
  },
  scopes: ["loans:read", "loans:write"],
  routes: registerRoutes,
};
