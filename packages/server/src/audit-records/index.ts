import { z } from "zod";
import { decodeStored } from "../db/corrupt-record.js";
import type { AuditRecordRow } from "../db/schema/index.js";
import { createRouter } from "../http/app-env.js";
import { decodeCursor, toPage } from "../http/pagination.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { isIdWithPrefix } from "../ids.js";
import { listAuditRecordsRoute } from "./routes.js";
import { listAuditRecords } from "./store.js";

const isAuditId = (id: string) => isIdWithPrefix(id, "aud");
const instant = (value: string | undefined) => (value === undefined ? undefined : new Date(value));

/** What `writeAudit` stores in `details`: a JSON object. */
const storedDetailsSchema = z.record(z.string(), z.unknown());

function toAuditRecordBody(row: AuditRecordRow) {
  const { tenantId: _tenant, occurredAt, details, ...rest } = row;
  const at = { table: "audit_records", id: row.id, column: "details" };
  return { ...rest, details: decodeStored(storedDetailsSchema, details, at), occurredAt: occurredAt.toISOString() };
}

function auditRecordRoutes(deps: ResourceDeps) {
  const router = createRouter();
  router.openapi(listAuditRecordsRoute, async (c) => {
    const { cursor, limit, occurredFrom, occurredBefore, ...filters } = c.req.valid("query");
    const position = cursor === undefined ? undefined : decodeCursor(cursor, isAuditId);
    if (position !== undefined && !position.ok) return domainProblem(c, position.error);
    const rows = await listAuditRecords(deps.db, c.get("principal").tenantId, {
      ...filters,
      occurredFrom: instant(occurredFrom),
      occurredBefore: instant(occurredBefore),
      afterId: position?.value.afterId,
      take: limit + 1,
    });
    return c.json(
      toPage(rows.map(toAuditRecordBody), limit, (record) => record.id),
      200,
    );
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
