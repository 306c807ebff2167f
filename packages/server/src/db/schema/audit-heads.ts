import { bigint, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The anchor of each tenant's audit hash chain: the sequence and hash of its newest record, updated in the
 * same transaction as every append. A chain can prove that no record inside it was altered or removed; only
 * this row shows that none was removed from its end, so `audit verify` compares the chain's last record
 * with it.
 *
 * @example
 * await db.select().from(auditHeads).where(eq(auditHeads.tenantId, tenantId));
 */
export const auditHeads = pgTable("audit_heads", {
  tenantId: text().primaryKey(),
  /** `sequence` of the tenant's newest audit record. */
  sequence: bigint({ mode: "number" }).notNull(),
  /** `hash` of the tenant's newest audit record. */
  hash: text().notNull(),
  updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
});

/** @example const head: AuditHeadRow = rows[0]!; */
export type AuditHeadRow = typeof auditHeads.$inferSelect;
