import { requireScope } from "../auth/middleware.js";
import { auditRecordFilters, auditRecordSchema } from "./schemas.js";

/** `GET /v1/audit-records` (listAuditRecords). @example listRoute(router, listAuditRecordsDefinition, idOrder("aud"), fetchPage); */
export const listAuditRecordsDefinition = {
  path: "/v1/audit-records",
  operationId: "listAuditRecords",
  summary: "List audit records",
  description:
    "Every change of the tenant. Each record carries the hash of the tenant's previous record and its own, so `lendstack audit verify` can prove none was altered or removed.",
  tag: "Audit records",
  middleware: requireScope("audit:read"),
  filters: auditRecordFilters,
  item: auditRecordSchema,
  pageName: "AuditRecordPage",
};
