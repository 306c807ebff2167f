import { date, index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Domain events: one row per change, written in the change's own transaction (a transactional outbox),
 * so a committed change always has its event and a rolled-back one never does. Webhook deliveries are
 * made from these rows.
 *
 * @example
 * await db.select().from(events).where(and(eq(events.tenantId, tenantId), like(events.type, "loan.%")));
 */
export const events = pgTable(
  "events",
  {
    tenantId: text().notNull(),
    /** `evt_…`; sorts by creation time. */
    id: text().notNull(),
    /** From the catalog, e.g. `loan.payment_posted`. */
    type: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    /** The tenant's business date the change belongs to. */
    businessDate: date({ mode: "string" }).notNull(),
    /** The kind and id of the resource the event is about. */
    resourceType: text().notNull(),
    resourceId: text().notNull(),
    /** The request that made the change; null for the daily close and other background work. */
    requestId: text(),
    /** The resource as it is after the change, as the API renders it. */
    data: jsonb().$type<Record<string, unknown>>().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.type, table.id),
    index().on(table.tenantId, table.resourceId, table.id),
  ],
);

/** An event row. @example const row: EventRow = rows[0]!; */
export type EventRow = typeof events.$inferSelect;
