import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { CorruptRecordError } from "../../db/corrupt-record.js";
import { rowsOf } from "../../db/rows.js";
import {
  type EventRow,
  events,
  type WebhookEndpointRow,
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
} from "../../db/schema/index.js";
import type { Db, Executor } from "../../db/types.js";
import { recordEvent } from "../../events/record.js";
import { toEventBody } from "../../events/view.js";
import type { IdGenerator } from "../../ids.js";
import { signWebhook } from "../../webhook-endpoints/signing.js";
import { signingSecrets } from "../../webhook-endpoints/store.js";
import { decodeEndpoint } from "../../webhook-endpoints/stored.js";
import type { WebhookUrlPolicy } from "../../webhook-endpoints/url-policy.js";
import { DISABLE_AFTER_FAILING_MS, nextAttemptAfter } from "./retry-schedule.js";
import { postWebhook, type SendOutcome } from "./send.js";

/** What a delivery pass needs. @example { db, clock, ids, policy, batchSize: 50 } */
export interface DeliveryOptions {
  /** The owner's database (not a tenant-scoped request): the worker serves every tenant. */
  readonly db: Db;
  readonly clock: () => Date;
  readonly ids: IdGenerator;
  readonly policy: WebhookUrlPolicy;
  /** Deliveries claimed per pass (default 50). */
  readonly batchSize?: number;
  /** How long a claim holds before another worker may take the delivery (default 60 s). */
  readonly leaseMs?: number;
  /** A 2xx must arrive within this (default 10 s). */
  readonly timeoutMs?: number;
  readonly random?: () => number;
}

/** What one pass did. */
export interface DeliveryPass {
  readonly attempted: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly dead: number;
}

interface Claimed {
  readonly tenant_id: string;
  readonly id: string;
  readonly endpoint_id: string;
  readonly event_id: string;
  readonly attempts: number;
}

/**
 * Claims due deliveries under a lease (`FOR UPDATE SKIP LOCKED`, so several workers never take the same
 * one), and returns them. A worker that dies leaves the lease to expire; the delivery is tried again.
 */
async function claimDue(options: DeliveryOptions, now: Date): Promise<Claimed[]> {
  const leasedUntil = new Date(now.getTime() + (options.leaseMs ?? 60_000));
  const result = await options.db.execute(sql`
    update webhook_deliveries set leased_until = ${leasedUntil.toISOString()}::timestamptz
    where (tenant_id, id) in (
      select tenant_id, id from webhook_deliveries
      where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz
        and (leased_until is null or leased_until <= ${now.toISOString()}::timestamptz)
      order by next_attempt_at, id
      limit ${options.batchSize ?? 50}
      for update skip locked)
    returning tenant_id, id, endpoint_id, event_id, attempts`);
  return rowsOf<Claimed>(result);
}

/**
 * One pass of the webhook worker: claims due deliveries, POSTs each event signed with the endpoint's
 * valid secrets, records the attempt, and settles the delivery (succeeded on 2xx; otherwise a retry
 * with back-off, or dead after about three days). An endpoint whose deliveries have all failed for
 * three days is disabled, with a `webhook_endpoint.disabled` event.
 *
 * @example
 * const pass = await deliverDueWebhooks({ db: database.db, clock, ids, policy });
 */
export async function deliverDueWebhooks(options: DeliveryOptions): Promise<DeliveryPass> {
  const claimed = await claimDue(options, options.clock());
  if (claimed.length === 0) return { attempted: 0, succeeded: 0, failed: 0, dead: 0 };
  const { endpointsById, eventsById } = await loadBatch(options.db, claimed);
  const sent = await Promise.all(
    claimed.map((delivery) =>
      send(options, delivery, endpointsById.get(delivery.endpoint_id), eventsById.get(delivery.event_id)),
    ),
  );
  const settled = await settleBatch(options, sent);
  return {
    attempted: settled.filter((outcome) => outcome !== "skipped").length,
    succeeded: settled.filter((outcome) => outcome === "succeeded").length,
    failed: settled.filter((outcome) => outcome === "failed" || outcome === "dead").length,
    dead: settled.filter((outcome) => outcome === "dead").length,
  };
}

type Settled = "succeeded" | "failed" | "dead" | "skipped";

/** The endpoints and events of a claimed batch, two queries for the whole batch. */
async function loadBatch(db: Db, claimed: ReadonlyArray<Claimed>) {
  const endpointRows = await db
    .select()
    .from(webhookEndpoints)
    .where(inArray(webhookEndpoints.id, [...new Set(claimed.map((delivery) => delivery.endpoint_id))]));
  const eventRows = await db
    .select()
    .from(events)
    .where(inArray(events.id, [...new Set(claimed.map((delivery) => delivery.event_id))]));
  // Ids are unique across tenants (random ULIDs); the tenant is checked anyway.
  const endpointsById = new Map(endpointRows.map((row) => [row.id, row]));
  const eventsById = new Map(eventRows.map((row) => [row.id, row]));
  return { endpointsById, eventsById };
}

interface Sent {
  readonly delivery: Claimed;
  /** Undefined when there was nothing to send (endpoint gone or disabled, event gone). */
  readonly outcome: SendOutcome | undefined;
  readonly sentAt: Date;
}

async function send(
  options: DeliveryOptions,
  delivery: Claimed,
  endpoint: WebhookEndpointRow | undefined,
  event: EventRow | undefined,
): Promise<Sent> {
  const sentAt = options.clock();
  const usable =
    endpoint !== undefined && event !== undefined && endpoint.enabled && endpoint.tenantId === delivery.tenant_id;
  if (!usable || event.tenantId !== delivery.tenant_id) return { delivery, outcome: undefined, sentAt };
  const request = signedRequest(endpoint, event, sentAt);
  if (request instanceof CorruptRecordError) {
    // Never sent with a wrong secret or body: a failed attempt (retried, then dead) that says why.
    return { delivery, outcome: { statusCode: null, latencyMs: 0, response: `not sent: ${request.message}` }, sentAt };
  }
  const outcome = await postWebhook(endpoint.url, request.body, request.headers, {
    timeoutMs: options.timeoutMs ?? 10_000,
    policy: options.policy,
  });
  return { delivery, outcome, sentAt };
}

/** The body and signed headers of a delivery, or the error of a stored row that does not decode. */
function signedRequest(stored: WebhookEndpointRow, event: EventRow, sentAt: Date) {
  let endpoint: WebhookEndpointRow;
  let body: string;
  try {
    endpoint = decodeEndpoint(stored);
    body = JSON.stringify(toEventBody(event));
  } catch (error) {
    if (error instanceof CorruptRecordError) return error;
    throw error;
  }
  const timestamp = Math.floor(sentAt.getTime() / 1000);
  const headers = {
    "content-type": "application/json",
    "user-agent": "Lendstack-Webhooks/1",
    "webhook-id": event.id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signWebhook({ id: event.id, timestamp, body }, signingSecrets(endpoint.secrets, sentAt)),
  };
  return { body, headers };
}

const isSuccess = (outcome: SendOutcome) =>
  outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;

/**
 * Records a batch's attempts and settles its deliveries in one transaction: one insert for every
 * attempt, one update for every success, one update per failure (each has its own retry time).
 */
async function settleBatch(options: DeliveryOptions, sent: ReadonlyArray<Sent>): Promise<Settled[]> {
  const now = options.clock();
  return options.db.transaction(async (tx) => {
    const tried = sent.filter((item): item is Sent & { outcome: SendOutcome } => item.outcome !== undefined);
    if (tried.length > 0) {
      await tx.insert(webhookAttempts).values(
        tried.map(({ delivery, outcome, sentAt }) => ({
          tenantId: delivery.tenant_id,
          deliveryId: delivery.id,
          attempt: delivery.attempts + 1,
          endpointId: delivery.endpoint_id,
          attemptedAt: sentAt,
          statusCode: outcome.statusCode,
          latencyMs: outcome.latencyMs,
          response: outcome.response,
          succeeded: isSuccess(outcome),
        })),
      );
    }
    const succeededIds = tried.filter((item) => isSuccess(item.outcome)).map((item) => item.delivery.id);
    const skippedIds = sent.filter((item) => item.outcome === undefined).map((item) => item.delivery.id);
    for (const [ids, status, bump] of [
      [succeededIds, "succeeded", 1],
      [skippedIds, "dead", 0],
    ] as const) {
      if (ids.length === 0) continue;
      await tx
        .update(webhookDeliveries)
        .set({ status, attempts: sql`${webhookDeliveries.attempts} + ${bump}`, leasedUntil: null, updatedAt: now })
        .where(inArray(webhookDeliveries.id, [...ids]));
    }
    const results: Settled[] = [];
    for (const item of sent) {
      if (item.outcome === undefined) results.push("skipped");
      else if (isSuccess(item.outcome)) results.push("succeeded");
      else results.push(await settleFailure(tx, options, item.delivery, now));
    }
    return results;
  });
}

async function settleFailure(tx: Executor, options: DeliveryOptions, delivery: Claimed, now: Date): Promise<Settled> {
  const attempt = delivery.attempts + 1;
  const retryAt = nextAttemptAfter(attempt, now, options.random);
  const status = retryAt === undefined ? "dead" : "pending";
  await tx
    .update(webhookDeliveries)
    .set({ status, attempts: attempt, nextAttemptAt: retryAt ?? now, leasedUntil: null, updatedAt: now })
    .where(and(eq(webhookDeliveries.tenantId, delivery.tenant_id), eq(webhookDeliveries.id, delivery.id)));
  if (status === "pending") return "failed";
  await disableIfFailingForDays(tx, options, delivery, now);
  return "dead";
}

/** Disables the endpoint when nothing sent to it has succeeded for three days (and it was tried then). */
async function disableIfFailingForDays(
  db: Executor,
  options: DeliveryOptions,
  delivery: Claimed,
  now: Date,
): Promise<void> {
  const since = new Date(now.getTime() - DISABLE_AFTER_FAILING_MS);
  const [recent] = await db
    .select({ succeeded: sql<number>`count(*) filter (where ${webhookAttempts.succeeded})::int` })
    .from(webhookAttempts)
    .where(
      and(
        eq(webhookAttempts.tenantId, delivery.tenant_id),
        eq(webhookAttempts.endpointId, delivery.endpoint_id),
        gt(webhookAttempts.attemptedAt, since),
      ),
    );
  if ((recent?.succeeded ?? 0) > 0) return;
  const reason = "every delivery failed for 3 days";
  const [endpoint] = await db
    .update(webhookEndpoints)
    .set({ enabled: false, disabledReason: reason, updatedAt: now })
    .where(
      and(
        eq(webhookEndpoints.tenantId, delivery.tenant_id),
        eq(webhookEndpoints.id, delivery.endpoint_id),
        eq(webhookEndpoints.enabled, true),
      ),
    )
    .returning({ id: webhookEndpoints.id, url: webhookEndpoints.url });
  if (endpoint === undefined) return;
  await recordEvent(
    db,
    { tenantId: delivery.tenant_id, now, ids: options.ids },
    {
      type: "webhook_endpoint.disabled",
      resourceType: "webhook_endpoint",
      resourceId: endpoint.id,
      data: { id: endpoint.id, object: "webhook_endpoint", url: endpoint.url, enabled: false, disabledReason: reason },
    },
  );
}
