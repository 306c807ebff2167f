import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

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
    /**
     * Position in the tenant's hash chain (1, 2, …). Null only on records written before the chain
     * existed (migration 0004): the chain starts at the first record written after it.
     */
    sequence: bigint({ mode: "number" }),
    /** `hash` of the tenant's record at `sequence - 1` (64 zeros for the first). */
    previousHash: text(),
    /** SHA-256 (hex) of the canonical serialization of this record's fields and `previousHash`. */
    hash: text(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.resourceType, table.resourceId),
    // Two transactions can never both append the same position: the chain cannot fork.
    uniqueIndex().on(table.tenantId, table.sequence),
  ],
);

/** An audit row. @example const row: AuditRecordRow = rows[0]!; */
export type AuditRecordRow = typeof auditRecords.$inferSelect;
