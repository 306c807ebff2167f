import { and, eq } from "drizzle-orm";
import { events, webhookDeliveries, webhookEndpoints } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import type { IdGenerator } from "../ids.js";
import { businessDateOf } from "../tenants/business-date.js";
import { decodeEventTypes } from "../webhook-endpoints/stored.js";
import { type EventType, matchesEventType } from "./catalog.js";

/** Who and when: what every recorded event needs besides its content. @example { tenantId, now, ids, requestId } */
export interface EventContext {
  readonly tenantId: string;
  readonly now: Date;
  readonly ids: IdGenerator;
  /** The request that made the change; absent for background work such as the daily close. */
  readonly requestId?: string | undefined;
  /** The tenant's business date now (from its settings); the UTC date of `now` when absent. */
  readonly businessDate?: string | undefined;
}

/** What happened, to which resource, and the resource after it. @example { type: "product.created", resourceType: "product", resourceId, data } */
export interface NewEvent {
  readonly type: EventType;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly data: Record<string, unknown>;
  /** Defaults to the context's business date. */
  readonly businessDate?: string | undefined;
}

/**
 * Records a domain event and queues one webhook delivery per enabled endpoint subscribed to its type.
 * Call it with the transaction that makes the change (inside a request, the ambient one): the change,
 * its event and its deliveries commit together or not at all.
 *
 * @example
 * const id = await recordEvent(db, { tenantId, now, ids, requestId }, { type: "product.created", resourceType: "product", resourceId, data });
 */
export async function recordEvent(executor: Executor, context: EventContext, event: NewEvent): Promise<string> {
  const id = context.ids.next("evt");
  await executor.insert(events).values({
    tenantId: context.tenantId,
    id,
    type: event.type,
    createdAt: context.now,
    businessDate: event.businessDate ?? context.businessDate ?? businessDateOf(context.now),
    resourceType: event.resourceType,
    resourceId: event.resourceId,
    requestId: context.requestId ?? null,
    data: event.data,
  });
  const endpoints = await executor
    .select({ id: webhookEndpoints.id, eventTypes: webhookEndpoints.eventTypes })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.tenantId, context.tenantId), eq(webhookEndpoints.enabled, true)));
  const subscribed = endpoints.filter((endpoint) =>
    decodeEventTypes(endpoint).some((pattern) => matchesEventType(pattern, event.type)),
  );
  if (subscribed.length > 0) {
    await executor.insert(webhookDeliveries).values(
      subscribed.map((endpoint) => ({
        tenantId: context.tenantId,
        id: context.ids.next("whd"),
        endpointId: endpoint.id,
        eventId: id,
        status: "pending",
        nextAttemptAt: context.now,
        createdAt: context.now,
        updatedAt: context.now,
      })),
    );
  }
  return id;
}
