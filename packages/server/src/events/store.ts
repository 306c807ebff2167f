import { and, asc, eq, gt, like, type SQL } from "drizzle-orm";
import { equalTo, inRange, type Range } from "../db/filters.js";
import { type EventRow, events } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

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
