import { sql } from "drizzle-orm";
import { compiledSql } from "../db/compiled-statement.js";
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
  const [id] = await recordEvents(executor, context, [event]);
  return id as string;
}

/** Events per insert statement (one jsonb parameter): a close's batch in one, a huge list in parts. */
const EVENTS_PER_STATEMENT = 1_000;
/** Deliveries per insert statement: 8 bind parameters a row. */
const DELIVERIES_PER_STATEMENT = 1_000;

type EventRow = typeof events.$inferInsert & { readonly id: string; readonly type: string };
type EndpointTypes = { readonly id: string; readonly eventTypes: string[] };

// The insert and the endpoint lookup travel as one statement (the insert as a CTE, which PostgreSQL runs to
// completion whether or not the query reads it): a change's event costs one round trip, not two. The rows
// travel as one jsonb parameter: the ORM's multi-row insert cost about 100 µs of CPU an event to build.
async function insertAndReadEndpoints(executor: Executor, tenantId: string, rows: ReadonlyArray<EventRow>) {
  const json = JSON.stringify(
    rows.map((row) => ({
      id: row.id,
      type: row.type,
      at: row.createdAt.toISOString(),
      day: row.businessDate,
      rt: row.resourceType,
      rid: row.resourceId,
      req: row.requestId ?? null,
      data: row.data,
    })),
  );
  return insertEventsReadEndpoints.run(executor, { tenantId, json });
}

const insertEventsReadEndpoints = compiledSql<{ tenantId: string; json: string }, EndpointTypes>(
  (value) => sql`with inserted as (
      insert into ${events} (tenant_id, id, type, created_at, business_date, resource_type, resource_id,
        request_id, data)
      select ${value("tenantId")}, id, type, at, day, rt, rid, req, data
      from jsonb_to_recordset(${value("json")}::jsonb) as r(id text, type text, at timestamptz, day date, rt text,
        rid text, req text, data jsonb)
      returning id)
    select id, event_types as "eventTypes" from ${webhookEndpoints} where tenant_id = ${value("tenantId")} and enabled`,
);

/**
 * Records several events of one tenant (a close's batch) as {@link recordEvent} records each: the same
 * rows and deliveries, but one insert (per 1,000 events) that also reads the endpoints once, and one insert
 * of all their deliveries, instead of statements per event. Ids are taken in the list's order.
 *
 * @example
 * const ids = await recordEvents(tx, { tenantId, now, ids }, closeEvents);
 */
export async function recordEvents(
  executor: Executor,
  context: EventContext,
  list: ReadonlyArray<NewEvent>,
): Promise<string[]> {
  return recordEventsOfChanges(
    executor,
    context.tenantId,
    list.map((event) => ({ context, event })),
  );
}

/**
 * Records the events of several changes of one tenant, each with its own context (request, instant, business
 * date): a group commit's payments. The same rows and deliveries as {@link recordEvents}, in its statements.
 *
 * @example
 * const ids = await recordEventsOfChanges(tx, tenantId, changes.map((change) => ({ context: change.context, event: change.event })));
 */
export async function recordEventsOfChanges(
  executor: Executor,
  tenantId: string,
  list: ReadonlyArray<{ readonly context: EventContext; readonly event: NewEvent }>,
): Promise<string[]> {
  if (list.length === 0) return [];
  const rows: EventRow[] = list.map(({ context, event }) => ({
    tenantId,
    id: context.ids.next("evt"),
    type: event.type,
    createdAt: context.now,
    businessDate: event.businessDate ?? context.businessDate ?? businessDateOf(context.now),
    resourceType: event.resourceType,
    resourceId: event.resourceId,
    requestId: context.requestId ?? null,
    data: event.data,
  }));
  let endpoints: ReadonlyArray<EndpointTypes> = [];
  for (let from = 0; from < rows.length; from += EVENTS_PER_STATEMENT) {
    const found = await insertAndReadEndpoints(executor, tenantId, rows.slice(from, from + EVENTS_PER_STATEMENT));
    if (from === 0) endpoints = found; // one answer for the whole list, as one statement would give
  }
  await queueDeliveries(executor, tenantId, list[0]!.context.ids, rows, endpoints);
  return rows.map((row) => row.id);
}

async function queueDeliveries(
  executor: Executor,
  tenantId: string,
  ids: IdGenerator,
  rows: ReadonlyArray<EventRow>,
  endpoints: ReadonlyArray<EndpointTypes>,
): Promise<void> {
  if (endpoints.length === 0) return;
  const patterns = endpoints.map((endpoint) => ({ id: endpoint.id, patterns: decodeEventTypes(endpoint) }));
  const deliveries = rows.flatMap((row) =>
    patterns
      .filter((endpoint) => endpoint.patterns.some((pattern) => matchesEventType(pattern, row.type)))
      .map((endpoint) => ({
        tenantId,
        id: ids.next("whd"),
        endpointId: endpoint.id,
        eventId: row.id,
        status: "pending",
        nextAttemptAt: row.createdAt,
        createdAt: row.createdAt,
        updatedAt: row.createdAt,
      })),
  );
  for (let from = 0; from < deliveries.length; from += DELIVERIES_PER_STATEMENT) {
    await executor.insert(webhookDeliveries).values(deliveries.slice(from, from + DELIVERIES_PER_STATEMENT));
  }
}
