import { ok } from "@lendstack/core/errors";
import { createRouter } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { listRoute, type PageOrder } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { exportBookResponse, exportBookRoute } from "./export-route.js";
import { createImportRoute, getImportRoute, listImportResultsDefinition, resumeImportRoute } from "./routes.js";
import { boardPending, createImport } from "./service.js";
import { importsStore, listImportResults } from "./store.js";
import { toImportBody, toImportResultBody } from "./view.js";

/** Results are ordered by row number. */
const rowOrder: PageOrder<{ readonly row: number }> = {
  isKey: (key) => /^[1-9]\d{0,8}$/.test(key),
  keyOf: (item) => String(item.row),
};

function importRoutes(deps: ResourceDeps) {
  const router = createRouter();
  const { db } = deps;
  router.openapi(createImportRoute, async (c) => {
    const created = await createImport(db, changeContext(c, deps), c.req.valid("json"));
    return created.ok ? c.json(toImportBody(created.value), 201) : domainProblem(c, created.error);
  });
  router.openapi(exportBookRoute, (c) => exportBookResponse(c, deps));
  router.openapi(getImportRoute, async (c) => {
    const { importId } = c.req.valid("param");
    const row = await importsStore(db, c.get("principal").tenantId).find(importId);
    return row === undefined
      ? domainProblem(c, { code: "import_not_found", message: `no import ${importId}` })
      : c.json(toImportBody(row), 200);
  });
  router.openapi(resumeImportRoute, async (c) => {
    const { importId } = c.req.valid("param");
    const context = changeContext(c, deps);
    // A background import a worker holds is answered as it is: that worker is boarding it.
    const record = await importsStore(db, context.tenantId).find(importId);
    if (record?.background && record.claimedUntil !== null && record.claimedUntil > context.now) {
      return c.json(toImportBody(record), 200);
    }
    const resumed = await boardPending(db, context, importId);
    return resumed.ok ? c.json(toImportBody(resumed.value), 200) : domainProblem(c, resumed.error);
  });
  listRoute(router, listImportResultsDefinition, rowOrder, async ({ tenantId, params, filters, after, take }) => {
    const store = importsStore(db, tenantId);
    if ((await store.find(params.importId)) === undefined) {
      return { ok: false, error: { code: "import_not_found", message: `no import ${params.importId}` } };
    }
    const rows = await listImportResults(db, tenantId, params.importId, {
      status: filters.status,
      outcome: filters.outcome,
      after: after === undefined ? undefined : Number(after),
      take,
    });
    return ok(rows.map(toImportResultBody));
  });
  return router;
}

/**
 * Imports: a live book from another core, reconciled to the cent and boarded.
 *
 * @example
 * export const resources = [importsResource];
 */
export const importsResource: ApiResource = {
  tag: { name: "Imports", description: "Migrating a live book: export, dry-run reconciliation and boarding" },
  scopes: ["imports:read", "imports:write"],
  routes: importRoutes,
};
