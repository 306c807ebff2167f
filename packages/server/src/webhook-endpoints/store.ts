import { and, asc, eq, gt, inArray, type SQL } from "drizzle-orm";
import { equalTo, inRange, type Range } from "../db/filters.js";
import {
  events,
  type StoredWebhookSecret,
  type WebhookEndpointRow,
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
} from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { matchesEventType } from "../events/catalog.js";
import type { IdGenerator } from "../ids.js";
import { deliveryStatusSchema } from "./schemas.js";
import { decodeEndpoint } from "./stored.js";

/** How long a rotated-out secret keeps signing. */
export const PREVIOUS_SECRET_VALIDITY_MS = 24 * 60 * 60 * 1000;

/** One endpoint of a tenant, or undefined. @example await findEndpoint(db, tenantId, "we_…") */
export async function findEndpoint(executor: Executor, tenantId: string, id: string) {
  const [row] = await executor
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, id)));
  return row === undefined ? undefined : decodeEndpoint(row);
}

/** A page of a tenant's endpoints, oldest first. @example await listEndpoints(db, tenantId, { take: 21 }) */
export async function listEndpoints(
  executor: Executor,
  tenantId: string,
  page: { after?: string | undefined; take: number },
) {
  const rows = await executor
    .select()
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.tenantId, tenantId),
        ...(page.after === undefined ? [] : [gt(webhookEndpoints.id, page.after)]),
      ),
    )
    .orderBy(asc(webhookEndpoints.id))
    .limit(page.take);
  return rows.map(decodeEndpoint);
}

/**
 * The secrets a delivery signs with now: the current one and any rotated-out one still valid.
 *
 * @example
 * signingSecrets(row.secrets, new Date()); // ["whsec_new…", "whsec_old…"]
 */
export function signingSecrets(secrets: ReadonlyArray<StoredWebhookSecret>, now: Date): string[] {
  return secrets
    .filter((secret) => secret.expiresAt === null || new Date(secret.expiresAt).getTime() > now.getTime())
    .map((secret) => secret.secret);
}

/**
 * The secrets after a rotation: `secret` current, the old current one valid for 24 more hours, expired ones dropped.
 *
 * @example
 * rotatedSecrets(row.secrets, "whsec_new…", now);
 */
export function rotatedSecrets(
  secrets: ReadonlyArray<StoredWebhookSecret>,
  secret: string,
  now: Date,
): StoredWebhookSecret[] {
  const expiresAt = new Date(now.getTime() + PREVIOUS_SECRET_VALIDITY_MS).toISOString();
  const kept = secrets
    .filter((old) => old.expiresAt === null || new Date(old.expiresAt).getTime() > now.getTime())
    .map((old) => (old.expiresAt === null ? { ...old, expiresAt } : old));
  return [{ secret, createdAt: now.toISOString(), expiresAt: null }, ...kept];
}

/** Deletes an endpoint and its unsettled deliveries. @example await deleteEndpoint(db, tenantId, "we_…") */
export async function deleteEndpoint(executor: Executor, tenantId: string, id: string): Promise<boolean> {
  await executor
    .delete(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.tenantId, tenantId),
        eq(webhookDeliveries.endpointId, id),
        eq(webhookDeliveries.status, "pending"),
      ),
    );
  const deleted = await executor
    .delete(webhookEndpoints)
    .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, id)))
    .returning({ id: webhookEndpoints.id });
  return deleted.length > 0;
}

/**
 * Queues a new delivery to `endpoint` of each event it subscribes to among those selected (one event, or
 * a creation-time range). Returns how many were queued.
 *
 * @example
 * await queueReplay(db, endpoint, { eventId: "evt_…" }, { now, ids });
 */
export async function queueReplay(
  executor: Executor,
  endpoint: WebhookEndpointRow,
  selection: { eventId?: string | undefined; createdAt?: Range<Date> | undefined },
  context: { now: Date; ids: IdGenerator },
): Promise<number> {
  const conditions: SQL[] = [
    eq(events.tenantId, endpoint.tenantId),
    ...equalTo(events.id, selection.eventId),
    ...inRange(events.createdAt, selection.createdAt),
  ];
  const selected = await executor
    .select({ id: events.id, type: events.type })
    .from(events)
    .where(and(...conditions))
    .orderBy(asc(events.id))
    .limit(10_000);
  const subscribed = selected.filter((event) =>
    endpoint.eventTypes.some((pattern) => matchesEventType(pattern, event.type)),
  );
  if (subscribed.length === 0) return 0;
  await executor.insert(webhookDeliveries).values(
    subscribed.map((event) => ({
      tenantId: endpoint.tenantId,
      id: context.ids.next("whd"),
      endpointId: endpoint.id,
      eventId: event.id,
      status: "pending",
      nextAttemptAt: context.now,
      createdAt: context.now,
      updatedAt: context.now,
    })),
  );
  return subscribed.length;
}

/** Filters and position of a deliveries page. */
export interface DeliveryQuery {
  readonly status?: string | undefined;
  readonly createdAt?: Range<Date> | undefined;
  readonly after?: string | undefined;
  readonly take: number;
}

/**
 * A page of an endpoint's deliveries with their attempts and event types, oldest first.
 *
 * @example
 * await listDeliveries(db, tenantId, "we_…", { take: 21 });
 */
export async function listDeliveries(executor: Executor, tenantId: string, endpointId: string, query: DeliveryQuery) {
  const rows = await executor
    .select({ delivery: webhookDeliveries, eventType: events.type })
    .from(webhookDeliveries)
    .innerJoin(events, and(eq(events.tenantId, webhookDeliveries.tenantId), eq(events.id, webhookDeliveries.eventId)))
    .where(
      and(
        eq(webhookDeliveries.tenantId, tenantId),
        eq(webhookDeliveries.endpointId, endpointId),
        ...equalTo(webhookDeliveries.status, query.status),
        ...inRange(webhookDeliveries.createdAt, query.createdAt),
        ...(query.after === undefined ? [] : [gt(webhookDeliveries.id, query.after)]),
      ),
    )
    .orderBy(asc(webhookDeliveries.id))
    .limit(query.take);
  const ids = rows.map((row) => row.delivery.id);
  const attempts =
    ids.length === 0
      ? []
      : await executor
          .select()
          .from(webhookAttempts)
          .where(and(eq(webhookAttempts.tenantId, tenantId), inArray(webhookAttempts.deliveryId, ids)))
          .orderBy(asc(webhookAttempts.deliveryId), asc(webhookAttempts.attempt));
  return rows.map(({ delivery, eventType }) => ({
    id: delivery.id,
    object: "webhook_delivery" as const,
    eventId: delivery.eventId,
    eventType,
    status: deliveryStatusSchema.parse(delivery.status),
    attempts: attempts
      .filter((attempt) => attempt.deliveryId === delivery.id)
      .map((attempt) => ({
        attempt: attempt.attempt,
        attemptedAt: attempt.attemptedAt.toISOString(),
        statusCode: attempt.statusCode,
        latencyMs: attempt.latencyMs,
        response: attempt.response,
        succeeded: attempt.succeeded,
      })),
    nextAttemptAt: delivery.status === "pending" ? delivery.nextAttemptAt.toISOString() : null,
    createdAt: delivery.createdAt.toISOString(),
  }));
}
