import { createRoute } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { problemResponses } from "../http/responses.js";
import { auditRecordPageSchema, listAuditRecordsQuerySchema } from "./schemas.js";

/** `GET /v1/audit-records` (listAuditRecords). @example router.openapi(listAuditRecordsRoute, handler); */
export const listAuditRecordsRoute = createRoute({
  method: "get",
  path: "/v1/audit-records",
  operationId: "listAuditRecords",
  summary: "List audit records",
  description:
    "Every change of the tenant, oldest first, cursor-paginated. Each record carries the hash of the tenant's previous record and its own, so `lendstack audit verify` can prove none was altered or removed.",
  tags: ["Audit records"],
  security: [{ bearerAuth: [] }],
  middleware: requireScope("audit:read"),
  request: { query: listAuditRecordsQuerySchema },
  responses: {
    200: {
      description: "A page of audit records",
      content: { "application/json": { schema: auditRecordPageSchema } },
    },
    ...problemResponses(),
  },
});
