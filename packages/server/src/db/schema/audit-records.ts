import { index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Who changed what, when, under which request. Written in the same transaction as the change it records.
 *
 * @example
 * await db.select().from(auditRecords).where(eq(auditRecords.resourceId, productId));
 */
export const auditRecords = pgTable(
  "audit_records",
  {
    tenantId: text().notNull(),
    id: text().notNull(),
    /** Subject (`sub`) of the bearer token. */
    actor: text().notNull(),
    /** e.g. `product.created`, `product.updated`, `product.archived`. */
    action: text().notNull(),
    resourceType: text().notNull(),
    resourceId: text().notNull(),
    requestId: text().notNull(),
    occurredAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.resourceType, table.resourceId),
  ],
);

/** An audit row. @example const row: AuditRecordRow = rows[0]!; */
export type AuditRecordRow = typeof auditRecords.$inferSelect;
