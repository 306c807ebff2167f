import { integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Fixed-window request counters for `RATE_LIMIT_STORE=postgres`: one row per tenant, token subject and
 * window, incremented with one upsert per request, so every API process sharing the database counts
 * against the same limit. Rows of past windows are deleted as new windows start.
 *
 * @example
 * await db.insert(rateLimitCounters).values({ tenantId, subject, windowStart, count: 1 });
 */
export const rateLimitCounters = pgTable(
  "rate_limit_counters",
  {
    tenantId: text().notNull(),
    /** The token's `sub`. */
    subject: text().notNull(),
    windowStart: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    count: integer().notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.subject, table.windowStart] })],
);

/** A counter row. @example const row: RateLimitCounterRow = rows[0]!; */
export type RateLimitCounterRow = typeof rateLimitCounters.$inferSelect;
