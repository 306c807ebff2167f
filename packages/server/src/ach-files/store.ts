import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { inRange, type Range } from "../db/filters.js";
import { type AchFileRow, achFiles } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** One file of a tenant, or undefined. @example await findAchFile(db, t, "achf_…") */
export async function findAchFile(executor: Executor, tenantId: string, id: string): Promise<AchFileRow | undefined> {
  const [row] = await executor
    .select()
    .from(achFiles)
    .where(and(eq(achFiles.tenantId, tenantId), eq(achFiles.id, id)));
  return row;
}

/** A page of a tenant's files, oldest first. @example await listAchFiles(db, t, { take: 21 }) */
export function listAchFiles(
  executor: Executor,
  tenantId: string,
  query: { readonly businessDate: Range<string>; readonly after?: string | undefined; readonly take: number },
): Promise<AchFileRow[]> {
  const conditions: SQL[] = [
    eq(achFiles.tenantId, tenantId),
    ...inRange(achFiles.businessDate, query.businessDate),
    ...(query.after === undefined ? [] : [gt(achFiles.id, query.after)]),
  ];
  return executor
    .select()
    .from(achFiles)
    .where(and(...conditions))
    .orderBy(asc(achFiles.id))
    .limit(query.take);
}
