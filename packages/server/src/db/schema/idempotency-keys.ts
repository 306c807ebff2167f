import { integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Stored outcomes of POST requests sent with an `Idempotency-Key`, so a retry replays the first response.
 * `state` is `in_progress` while the first request runs and `completed` once its response is stored.
 *
 * @example
 * await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.tenantId, t), eq(idempotencyKeys.key, k)));
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    tenantId: text().notNull(),
    key: text().notNull(),
    /** `POST /v1/products` — a key is bound to the operation it was first used with. */
    operation: text().notNull(),
    /** SHA-256 (hex) of the request body. */
    requestHash: text().notNull(),
    state: text().notNull(),
    responseStatus: integer(),
    /** The response body exactly as first sent (text, so a replay is byte-for-byte the same). */
    responseBody: text(),
    responseContentType: text(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    completedAt: timestamp({ withTimezone: true, mode: "date" }),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.key] })],
);

/** An idempotency-key row. @example const row: IdempotencyKeyRow = rows[0]!; */
export type IdempotencyKeyRow = typeof idempotencyKeys.$inferSelect;
