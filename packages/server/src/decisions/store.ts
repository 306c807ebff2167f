import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { equalTo, inRange, type Range } from "../db/filters.js";
import { type DecisionRow, decisions } from "../db/schema/index.js";

/** Filters and position for one page of decisions. @example store.list({ decision: "decline", take: 21 }) */
export interface DecisionListQuery {
  readonly ruleSetId?: string | undefined;
  readonly decision?: "approve" | "refer" | "decline" | undefined;
  readonly createdAt?: Range<Date> | undefined;
  /** The id the page starts after. */
  readonly after?: string | undefined;
  readonly take: number;
}

/**
 * Every decision query, scoped to one tenant: a store made for tenant A cannot see tenant B's decisions.
 *
 * @example
 * const row = await decisionsStore(db, "demo").find("dec_…");
 */
export function decisionsStore(executor: Executor, tenantId: string) {
  return {
    async insert(row: Omit<DecisionRow, "tenantId">): Promise<void> {
      await executor.insert(decisions).values({ ...row, tenantId });
    },
    async find(decisionId: string): Promise<DecisionRow | undefined> {
      const [row] = await executor
        .select()
        .from(decisions)
        .where(and(eq(decisions.tenantId, tenantId), eq(decisions.id, decisionId)));
      return row;
    },
    /** A page of decisions in id (creation) order. */
    async list(query: DecisionListQuery): Promise<DecisionRow[]> {
      const conditions: SQL[] = [
        eq(decisions.tenantId, tenantId),
        ...equalTo(decisions.ruleSetId, query.ruleSetId),
        ...equalTo(decisions.decision, query.decision),
        ...inRange(decisions.createdAt, query.createdAt),
      ];
      if (query.after !== undefined) conditions.push(gt(decisions.id, query.after));
      return executor
        .select()
        .from(decisions)
        .where(and(...conditions))
        .orderBy(asc(decisions.id))
        .limit(query.take);
    },
  };
}
