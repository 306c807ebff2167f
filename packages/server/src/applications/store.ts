import { and, asc, eq, gt, isNotNull, isNull, type SQL } from "drizzle-orm";
import { equalTo, inRange, type Range } from "../db/filters.js";
import { type ApplicationRow, applications, type DisbursementRow, disbursements } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** Filters and position of an applications page. */
export interface ApplicationQuery {
  readonly state?: string | undefined;
  /** Declined ones whose adverse-action notice is still to send (`due`), or was sent. */
  readonly adverseActionNotice?: "due" | "sent" | undefined;
  readonly productId?: string | undefined;
  readonly assignee?: string | undefined;
  readonly createdAt?: Range<Date> | undefined;
  readonly after?: string | undefined;
  readonly take: number;
}

/**
 * Every application query, scoped to one tenant.
 *
 * @example
 * const row = await applicationsStore(db, "demo").find("app_…", { lock: true });
 */
export function applicationsStore(executor: Executor, tenantId: string) {
  const byId = (id: string) => and(eq(applications.tenantId, tenantId), eq(applications.id, id));
  return {
    async insert(row: Omit<ApplicationRow, "tenantId">): Promise<void> {
      await executor.insert(applications).values({ ...row, tenantId });
    },
    /** One application; `lock` takes its row lock for the rest of the transaction (every change does). */
    async find(id: string, options: { readonly lock?: boolean } = {}): Promise<ApplicationRow | undefined> {
      const query = executor.select().from(applications).where(byId(id));
      const [row] = options.lock === true ? await query.for("update") : await query;
      return row;
    },
    async update(id: string, changes: Partial<Omit<ApplicationRow, "tenantId" | "id">>): Promise<ApplicationRow> {
      const [row] = await executor.update(applications).set(changes).where(byId(id)).returning();
      if (row === undefined) throw new Error(`application ${id} vanished under its row lock`);
      return row;
    },
    list(query: ApplicationQuery): Promise<ApplicationRow[]> {
      const conditions: SQL[] = [
        eq(applications.tenantId, tenantId),
        ...equalTo(applications.state, query.state),
        ...equalTo(applications.productId, query.productId),
        ...equalTo(applications.assignee, query.assignee),
        ...inRange(applications.createdAt, query.createdAt),
        ...noticeFilter(query.adverseActionNotice),
        ...(query.after === undefined ? [] : [gt(applications.id, query.after)]),
      ];
      return executor
        .select()
        .from(applications)
        .where(and(...conditions))
        .orderBy(asc(applications.id))
        .limit(query.take);
    },
  };
}

function noticeFilter(notice: "due" | "sent" | undefined): SQL[] {
  if (notice === undefined) return [];
  if (notice === "sent") return [isNotNull(applications.adverseActionSentAt)];
  return [isNotNull(applications.declinedOn), isNull(applications.adverseActionSentAt)];
}

/**
 * Disbursement instructions of one tenant.
 *
 * @example
 * await disbursementsStore(tx, tenantId).insert(row);
 */
export function disbursementsStore(executor: Executor, tenantId: string) {
  const byId = (id: string) => and(eq(disbursements.tenantId, tenantId), eq(disbursements.id, id));
  return {
    async insert(row: Omit<DisbursementRow, "tenantId">): Promise<void> {
      await executor.insert(disbursements).values({ ...row, tenantId });
    },
    async find(id: string, options: { readonly lock?: boolean } = {}): Promise<DisbursementRow | undefined> {
      const query = executor.select().from(disbursements).where(byId(id));
      const [row] = options.lock === true ? await query.for("update") : await query;
      return row;
    },
    async forApplication(applicationId: string): Promise<DisbursementRow | undefined> {
      const [row] = await executor
        .select()
        .from(disbursements)
        .where(and(eq(disbursements.tenantId, tenantId), eq(disbursements.applicationId, applicationId)));
      return row;
    },
    async update(id: string, changes: Partial<Omit<DisbursementRow, "tenantId" | "id">>): Promise<DisbursementRow> {
      const [row] = await executor.update(disbursements).set(changes).where(byId(id)).returning();
      if (row === undefined) throw new Error(`disbursement ${id} vanished under its row lock`);
      return row;
    },
  };
}
