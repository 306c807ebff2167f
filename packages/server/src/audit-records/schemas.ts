import { z } from "@hono/zod-openapi";
import { instantRange } from "../http/list-filters.js";

/** Filters of `GET /v1/audit-records`. @example filters: auditRecordFilters */
export const auditRecordFilters = {
  resourceType: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .openapi({ description: "Only records about this kind of resource", example: "loan" }),
  resourceId: z.string().min(1).max(64).optional().openapi({ description: "Only records about this resource" }),
  action: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: "Only this action", example: "product.created" }),
  ...instantRange("occurredAt"),
};

const hashSchema = z.string().nullable();

/** One audit record on the wire. @example const body: z.infer<typeof auditRecordSchema> = toAuditRecordBody(row); */
export const auditRecordSchema = z
  .object({
    id: z.string().openapi({ example: "aud_01JGFJJZ0000000000000000AB" }),
    actor: z.string().openapi({ description: "Subject of the token that made the change" }),
    action: z.string().openapi({ example: "product.created" }),
    resourceType: z.string().openapi({ example: "product" }),
    resourceId: z.string(),
    requestId: z.string(),
    occurredAt: z.string().openapi({ description: "When the change was made (ISO 8601, UTC)" }),
    details: z.record(z.string(), z.unknown()),
    sequence: z
      .int()
      .nullable()
      .openapi({ description: "Position in the tenant's hash chain; null for records older than the chain" }),
    previousHash: hashSchema.openapi({ description: "SHA-256 (hex) of the previous record of the tenant" }),
    hash: hashSchema.openapi({ description: "SHA-256 (hex) over this record's fields and previousHash" }),
  })
  .openapi("AuditRecord");
