import { and, asc, desc, eq, gt, gte, inArray, lte, type SQL } from "drizzle-orm";
import { equalTo } from "../db/filters.js";
import { type CreditReportRow, creditReports } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** Filters and position of a party's credit reports page. */
export interface CreditReportQuery {
  readonly partyId: string;
  readonly kind?: string | undefined;
  readonly after?: string | undefined;
  readonly take: number;
}

/**
 * Every credit report query, scoped to one tenant.
 *
 * @example
 * const row = await creditReportsStore(db, "demo").find("crp_…");
 */
export function creditReportsStore(executor: Executor, tenantId: string) {
  return {
    async insert(row: Omit<CreditReportRow, "tenantId">): Promise<CreditReportRow> {
      const stored = { ...row, tenantId };
      await executor.insert(creditReports).values(stored);
      return stored;
    },
    async find(id: string): Promise<CreditReportRow | undefined> {
      const [row] = await executor
        .select()
        .from(creditReports)
        .where(and(eq(creditReports.tenantId, tenantId), eq(creditReports.id, id)));
      return row;
    },
    /** The party's newest completed report of one of `kinds` pulled at or after `since`. */
    async latestCompleted(
      partyId: string,
      since: Date,
      kinds: ReadonlyArray<string>,
      until?: Date,
    ): Promise<CreditReportRow | undefined> {
      const [row] = await executor
        .select()
        .from(creditReports)
        .where(
          and(
            eq(creditReports.tenantId, tenantId),
            eq(creditReports.partyId, partyId),
            eq(creditReports.status, "completed"),
            inArray(creditReports.kind, [...kinds]),
            gte(creditReports.createdAt, since),
            ...(until === undefined ? [] : [lte(creditReports.createdAt, until)]),
          ),
        )
        .orderBy(desc(creditReports.createdAt), desc(creditReports.id))
        .limit(1);
      return row;
    },
    list(query: CreditReportQuery): Promise<CreditReportRow[]> {
      const conditions: SQL[] = [
        eq(creditReports.tenantId, tenantId),
        eq(creditReports.partyId, query.partyId),
        ...equalTo(creditReports.kind, query.kind),
        ...(query.after === undefined ? [] : [gt(creditReports.id, query.after)]),
      ];
      return executor
        .select()
        .from(creditReports)
        .where(and(...conditions))
        .orderBy(asc(creditReports.id))
        .limit(query.take);
    },
  };
}
