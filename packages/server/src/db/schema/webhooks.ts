import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** A signing secret of an endpoint; a rotated-out one stays valid until `expiresAt`. */
export interface StoredWebhookSecret {
  readonly secret: string;
  readonly createdAt: string;
  /** Null for the current secret. */
  readonly expiresAt: string | null;
}

/**
 * Where a tenant wants its events delivered, and which.
 *
 * @example
 * await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.tenantId, tenantId));
 */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    tenantId: text().notNull(),
    /** `we_…`. */
    id: text().notNull(),
    url: text().notNull(),
    description: text(),
    /** Event types, `loan.*` prefixes or `*`. */
    eventTypes: jsonb().$type<string[]>().notNull(),
    enabled: boolean().notNull(),
    /** Why the endpoint was disabled by Lendstack (null when enabled or disabled by the user). */
    disabledReason: text(),
    secrets: jsonb().$type<StoredWebhookSecret[]>().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] })],
);

/**
 * One event to send to one endpoint, until it succeeds or is dead-lettered. Made in the transaction that
 * records the event; a worker claims due rows (`FOR UPDATE SKIP LOCKED`) under a lease.
 *
 * @example
 * await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    tenantId: text().notNull(),
    /** `whd_…`. (The `webhook-id` header is the event id, the same on every attempt and replay.) */
    id: text().notNull(),
    endpointId: text().notNull(),
    eventId: text().notNull(),
    /** `pending`, `succeeded` or `dead` (retries exhausted). */
    status: text().notNull(),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    /** A worker holds the row until then; a dead worker's lease simply expires. */
    leasedUntil: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.status, table.nextAttemptAt),
    index().on(table.tenantId, table.endpointId, table.id),
  ],
);

/**
 * Each attempt at a delivery: what the endpoint answered and how fast.
 *
 * @example
 * await db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, deliveryId));
 */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    tenantId: text().notNull(),
    deliveryId: text().notNull(),
    attempt: integer().notNull(),
    endpointId: text().notNull(),
    attemptedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    /** Null when no HTTP answer came (refused, timed out, unreachable). */
    statusCode: integer(),
    latencyMs: integer().notNull(),
    /** The first 1 KiB of the response body, or why there was none. */
    response: text().notNull(),
    succeeded: boolean().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.deliveryId, table.attempt] }),
    index().on(table.tenantId, table.endpointId, table.attemptedAt),
  ],
);

/** @example const row: WebhookEndpointRow = rows[0]!; */
export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
/** @example const row: WebhookDeliveryRow = rows[0]!; */
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
/** @example const row: WebhookAttemptRow = rows[0]!; */
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;
