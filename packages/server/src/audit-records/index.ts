import { ok } from "@lendstack/core/errors";
import { createRouter } from "../http/app-env.js";
import { instantRangeOf } from "../http/list-filters.js";
import { idOrder, listRoute } from "../http/list-route.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { listAuditRecordsDefinition } from "./routes.js";
import { listAuditRecords } from "./store.js";
import { toAuditRecordBody } from "./view.js";

function auditRecordRoutes(deps: ResourceDeps) {
  const router = createRouter();
  listRoute(router, listAuditRecordsDefinition, idOrder("aud"), async ({ tenantId, filters, after, take }) => {
    const rows = await listAuditRecords(deps.db, tenantId, {
      resourceType: filters.resourceType,
      resourceId: filters.resourceId,
      action: filters.action,
      occurredAt: instantRangeOf(filters, "occurredAt"),
      after,
      take,
    });
    return ok(rows.map(toAuditRecordBody));
  });
  return router;
}

/**
 * Audit records: who changed what and when, as a per-tenant hash chain.
 *
 * @example
 * export const resources = [productsResource, auditRecordsResource];
 */
export const auditRecordsResource: ApiResource = {
  tag: { name: "Audit records", description: "Every change, tamper-evident: a SHA-256 hash chain per tenant" },
  scopes: ["audit:read"],
  routes: auditRecordRoutes,
};
