import { type SQL, sql } from "drizzle-orm";
import { deferWrite } from "../db/ambient.js";
import { rowsOf } from "../db/rows.js";
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

/** The JSON the insert's rows travel as. */
function rowsJson(rows: ReadonlyArray<EventRow>): string {
  return JSON.stringify(
    rows.map((row, index) => ({
      n: index,
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
}

// The insert and the endpoint lookup travel as one statement (the insert as a CTE, which PostgreSQL runs to
// completion whether or not the query reads it): a change's event costs one round trip, not two. The rows
// travel as one jsonb parameter: the ORM's multi-row insert cost about 100 µs of CPU an event to build.
async function insertAndReadEndpoints(executor: Executor, tenantId: string, rows: ReadonlyArray<EventRow>) {
  const json = rowsJson(rows);
  const result = await executor.execute(sql`with inserted as (
      insert into ${events} (tenant_id, id, type, created_at, business_date, resource_type, resource_id,
        request_id, data)
      select ${tenantId}, id, type, at, day, rt, rid, req, data
      from jsonb_to_recordset(${json}::jsonb) as r(n int, id text, type text, at timestamptz, day date, rt text,
        rid text, req text, data jsonb)
      returning id)
    select id, event_types as "eventTypes" from ${webhookEndpoints} where tenant_id = ${tenantId} and enabled`);
  return rowsOf<EndpointTypes>(result);
}

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
  if (list.length === 0) return [];
  const fallbackDate = context.businessDate ?? businessDateOf(context.now);
  const rows: EventRow[] = list.map((event) => ({
    tenantId: context.tenantId,
    id: context.ids.next("evt"),
    type: event.type,
    createdAt: context.now,
    businessDate: event.businessDate ?? fallbackDate,
    resourceType: event.resourceType,
    resourceId: event.resourceId,
    requestId: context.requestId ?? null,
    data: event.data,
  }));
  if (rows.length <= EVENTS_PER_STATEMENT && deferWrite(executor, outboxWrite(context, rows))) {
    return rows.map((row) => row.id);
  }
  let endpoints: ReadonlyArray<EndpointTypes> = [];
  for (let from = 0; from < rows.length; from += EVENTS_PER_STATEMENT) {
    const found = await insertAndReadEndpoints(
      executor,
      context.tenantId,
      rows.slice(from, from + EVENTS_PER_STATEMENT),
    );
    if (from === 0) endpoints = found; // one answer for the whole list, as one statement would give
  }
  await queueDeliveries(executor, context, rows, endpoints);
  return rows.map((row) => row.id);
}

async function queueDeliveries(
  executor: Executor,
  context: EventContext,
  rows: ReadonlyArray<EventRow>,
  endpoints: ReadonlyArray<EndpointTypes>,
): Promise<void> {
  if (endpoints.length === 0) return;
  const patterns = endpoints.map((endpoint) => ({ id: endpoint.id, patterns: decodeEventTypes(endpoint) }));
  const deliveries = rows.flatMap((row) =>
    patterns
      .filter((endpoint) => endpoint.patterns.some((pattern) => matchesEventType(pattern, row.type)))
      .map((endpoint) => ({
        tenantId: context.tenantId,
        id: context.ids.next("whd"),
        endpointId: endpoint.id,
        eventId: row.id,
        status: "pending",
        nextAttemptAt: context.now,
        createdAt: context.now,
        updatedAt: context.now,
      })),
  );
  for (let from = 0; from < deliveries.length; from += DELIVERIES_PER_STATEMENT) {
    await executor.insert(webhookDeliveries).values(deliveries.slice(from, from + DELIVERIES_PER_STATEMENT));
  }
}

/**
 * In a request's transaction, the events and their deliveries are written by the statement sent just before
 * the commit (`deferWrite`), with the request's other deferred writes: the outbox costs no round trip of its
 * own. The deliveries are matched in SQL (as `matchesEventType` matches) against the endpoints that statement
 * reads, and their ids made there: one Node id's time, a hash of it, then the delivery's place in the list (in
 * the events' order, then the endpoints' ids), so a request's deliveries sort in that order (the first 65,536;
 * each further block has a hash of its own). The endpoints come back and their event types are decoded
 * before the commit, so a corrupt one still rolls the change back (500 `corrupt_record`).
 */
function outboxWrite(context: EventContext, rows: ReadonlyArray<EventRow>) {
  return {
    part(prefix: string) {
      const [input, inserted, endpoints, deliveries] = ["input", "events", "endpoints", "deliveries"].map((name) =>
        sql.raw(prefix + name),
      );
      const seed = context.ids.next("whd");
      const at = context.now.toISOString();
      const deliveryId = sql`${`whd_${seed.slice(4, 14)}`} || upper(substr(md5(${seed} || ':' || (k / 65536)::text), 1, 12))
        || lpad(upper(to_hex((k % 65536)::int)), 4, '0')`;
      const ctes = sql`${input} as (select * from jsonb_to_recordset(${rowsJson(rows)}::jsonb) as r(n int, id text,
          type text, at timestamptz, day date, rt text, rid text, req text, data jsonb)),
        ${inserted} as (insert into ${events} (tenant_id, id, type, created_at, business_date, resource_type,
          resource_id, request_id, data)
          select ${context.tenantId}, id, type, at, day, rt, rid, req, data from ${input} order by n returning 1),
        ${endpoints} as (select id, event_types from ${webhookEndpoints} where tenant_id = ${context.tenantId} and enabled),
        ${deliveries} as (insert into ${webhookDeliveries} (tenant_id, id, endpoint_id, event_id, status,
            next_attempt_at, created_at, updated_at)
          select ${context.tenantId}, ${deliveryId}, endpoint_id, event_id, 'pending', ${at}::timestamptz,
            ${at}::timestamptz, ${at}::timestamptz
          from (select e.id as endpoint_id, r.id as event_id, row_number() over (order by r.n, e.id) - 1 as k
            from ${input} r join ${endpoints} e on ${matchedSql(sql`e.event_types`, sql`r.type`)}) matched
          order by k returning 1)`;
      const answer = sql`jsonb_build_object('written', (select count(*) from ${inserted}) + (select count(*) from ${deliveries}),
        'endpoints', (select coalesce(jsonb_agg(jsonb_build_object('id', id, 'eventTypes', event_types)), '[]'::jsonb)
        from ${endpoints}))`;
      return { ctes, answer };
    },
    async settle(answer: unknown) {
      for (const endpoint of (answer as { endpoints: EndpointTypes[] }).endpoints) decodeEventTypes(endpoint);
    },
  };
}

/**
 * Whether an endpoint's stored event types (jsonb) select an event type, in SQL, as `matchesEventType` says:
 * false, not an error, for a value that is not an array (it is decoded, and refused, after the statement).
 */
function matchedSql(eventTypes: SQL, type: SQL): SQL {
  return sql`exists (select 1 from jsonb_array_elements_text(case when jsonb_typeof(${eventTypes}) = 'array'
      then ${eventTypes} else '[]'::jsonb end) as p(pattern)
    where p.pattern = '*' or p.pattern = ${type}
      or (right(p.pattern, 2) = '.*' and left(${type}, length(p.pattern) - 1) = left(p.pattern, -1)))`;
}
