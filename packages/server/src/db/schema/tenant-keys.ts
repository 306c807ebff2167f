import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Each tenant's PII keys: a 256-bit data key (AES-256-GCM) and a 256-bit hash key (HMAC-SHA256), made on
 * the tenant's first use, stored only wrapped (AES-256-GCM) by the master key from the configuration.
 * `lendstack rotate-keys` re-wraps them under a new master key; the data they protect is not touched.
 *
 * @example
 * await db.select().from(tenantKeys).where(eq(tenantKeys.tenantId, tenantId));
 */
export const tenantKeys = pgTable("tenant_keys", {
  tenantId: text().primaryKey(),
  /** The public id of the master key that wrapped them (`mk_…`). */
  masterKeyId: text().notNull(),
  /** `v1:` + base64url(iv | tag | ciphertext of data key ‖ hash key). */
  wrappedKeys: text().notNull(),
  createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  rotatedAt: timestamp({ withTimezone: true, mode: "date" }),
});

/** @example const row: TenantKeysRow = rows[0]!; */
export type TenantKeysRow = typeof tenantKeys.$inferSelect;
