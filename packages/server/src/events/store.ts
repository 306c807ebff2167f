import { and, asc, eq, gt, like, type SQL } from "drizzle-orm";
import { z } from "zod";
import { decodeStored } from "../db/corrupt-record.js";
import { equalTo, inRange, type Range } from "../db/filters.js";
import { type EventRow, events } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { eventTypeSchema } from "./catalogue.js";

/** An event's `data`: the resource as the API rendered it, a JSON object. */
const storedEventDataSchema = z.record(z.string(), z.unknown());

/** Filters and position of one page of events. @example listEvents(db, "acme", { type: "loan.*", take: 21 }) */
export interface EventQuery {
  /** An event type, a `prefix.*`, or `*`. */
  readonly type?: string | undefined;
  readonly resourceId?: string | undefined;
  readonly createdAt?: Range<Date> | undefined;
  readonly businessDate?: Range<string> | undefined;
  readonly after?: string | undefined;
  readonly take: number;
}

function typeCondition(pattern: string | undefined): SQL[] {
  if (pattern === undefined || pattern === "*") return [];
  if (pattern.endsWith(".*")) return [like(events.type, `${pattern.slice(0, -1)}%`)];
  return [eq(events.type, pattern)];
}

/**
 * One tenant's events matching the query, oldest first.
 *
 * @example
 * const rows = await listEvents(db, tenantId, { type: "loan.*", take: 21 });
 */
export function listEvents(executor: Executor, tenantId: string, query: EventQuery): Promise<EventRow[]> {
  const conditions = [
    eq(events.tenantId, tenantId),
    ...typeCondition(query.type),
    ...equalTo(events.resourceId, query.resourceId),
    ...inRange(events.createdAt, query.createdAt),
    ...inRange(events.businessDate, query.businessDate),
    ...(query.after === undefined ? [] : [gt(events.id, query.after)]),
  ];
  return executor
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(asc(events.id))
    .limit(query.take);
}

/** One event, or undefined. @example const row = await findEvent(db, tenantId, "evt_…"); */
export async function findEvent(executor: Executor, tenantId: string, id: string): Promise<EventRow | undefined> {
  const [row] = await executor
    .select()
    .from(events)
    .where(and(eq(events.tenantId, tenantId), eq(events.id, id)));
  return row;
}

/**
 * An event as the API renders it.
 *
 * @example
 * c.json(toEventBody(row), 200);
 */
export function toEventBody(row: EventRow) {
  const { tenantId: _tenant, createdAt, type, data, ...rest } = row;
  // Decoded, not cast: a stored type outside the catalogue is corrupt data, an error rather than a wrong answer.
  const at = (column: string) => ({ table: "events", id: row.id, column });
  return {
    ...rest,
    object: "event" as const,
    type: decodeStored(eventTypeSchema, type, at("type")),
    createdAt: createdAt.toISOString(),
    data: decodeStored(storedEventDataSchema, data, at("data")),
  };
}
