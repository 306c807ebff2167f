import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { equalTo } from "../db/filters.js";
import { type ScreeningHitRow, type ScreeningRow, screeningHits, screenings } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** Filters and position of a screening hits page. */
export interface ScreeningHitQuery {
  readonly status?: string | undefined;
  readonly partyId?: string | undefined;
  readonly after?: string | undefined;
  readonly take: number;
}

/**
 * Every screening and screening hit query, scoped to one tenant.
 *
 * @example
 * const hit = await screeningsStore(db, "demo").findHit("sch_…", { lock: true });
 */
export function screeningsStore(executor: Executor, tenantId: string) {
  const hitById = (id: string) => and(eq(screeningHits.tenantId, tenantId), eq(screeningHits.id, id));
  return {
    async insertScreening(row: Omit<ScreeningRow, "tenantId">): Promise<ScreeningRow> {
      const stored = { ...row, tenantId };
      await executor.insert(screenings).values(stored);
      return stored;
    },
    async insertHit(row: Omit<ScreeningHitRow, "tenantId">): Promise<ScreeningHitRow> {
      const stored = { ...row, tenantId };
      await executor.insert(screeningHits).values(stored);
      return stored;
    },
    async hitsOfParty(partyId: string): Promise<ScreeningHitRow[]> {
      return executor
        .select()
        .from(screeningHits)
        .where(and(eq(screeningHits.tenantId, tenantId), eq(screeningHits.partyId, partyId)))
        .orderBy(asc(screeningHits.id));
    },
    async findHit(id: string, options: { readonly lock?: boolean } = {}): Promise<ScreeningHitRow | undefined> {
      const query = executor.select().from(screeningHits).where(hitById(id));
      const [row] = options.lock === true ? await query.for("update") : await query;
      return row;
    },
    async updateHit(id: string, changes: Partial<Omit<ScreeningHitRow, "tenantId" | "id">>): Promise<ScreeningHitRow> {
      const [row] = await executor.update(screeningHits).set(changes).where(hitById(id)).returning();
      if (row === undefined) throw new Error(`screening hit ${id} vanished under its row lock`);
      return row;
    },
    listHits(query: ScreeningHitQuery): Promise<ScreeningHitRow[]> {
      const conditions: SQL[] = [
        eq(screeningHits.tenantId, tenantId),
        ...equalTo(screeningHits.status, query.status),
        ...equalTo(screeningHits.partyId, query.partyId),
        ...(query.after === undefined ? [] : [gt(screeningHits.id, query.after)]),
      ];
      return executor
        .select()
        .from(screeningHits)
        .where(and(...conditions))
        .orderBy(asc(screeningHits.id))
        .limit(query.take);
    },
  };
}
