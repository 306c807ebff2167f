import { and, asc, eq, gt } from "drizzle-orm";
import { equalTo, inRange, type Range } from "../db/filters.js";
import { type CloseRunRow, closeRuns } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** Filters and position of one page of close runs. @example listCloseRuns(db, "acme", { take: 21 }) */
export interface CloseRunQuery {
  readonly status?: string | undefined;
  readonly businessDate?: Range<string> | undefined;
  readonly after?: string | undefined;
  readonly take: number;
}

/**
 * One tenant's close runs matching the query, oldest first.
 *
 * @example
 * const rows = await listCloseRuns(db, tenantId, { status: "running", take: 21 });
 */
export function listCloseRuns(executor: Executor, tenantId: string, query: CloseRunQuery): Promise<CloseRunRow[]> {
  const conditions = [
    eq(closeRuns.tenantId, tenantId),
    ...equalTo(closeRuns.status, query.status),
    ...inRange(closeRuns.businessDate, query.businessDate),
    ...(query.after === undefined ? [] : [gt(closeRuns.id, query.after)]),
  ];
  return executor
    .select()
    .from(closeRuns)
    .where(and(...conditions))
    .orderBy(asc(closeRuns.id))
    .limit(query.take);
}

/** One close run, or undefined. @example const row = await findCloseRun(db, tenantId, "cr_…"); */
export async function findCloseRun(executor: Executor, tenantId: string, id: string): Promise<CloseRunRow | undefined> {
  const [row] = await executor
    .select()
    .from(closeRuns)
    .where(and(eq(closeRuns.tenantId, tenantId), eq(closeRuns.id, id)));
  return row;
}
