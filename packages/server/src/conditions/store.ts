import { and, asc, eq, gt } from "drizzle-orm";
import { equalTo } from "../db/filters.js";
import { type ApplicationConditionRow, applicationConditions } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/**
 * An application's underwriting conditions, scoped to one tenant.
 *
 * @example
 * const open = (await conditionsStore(tx, "demo").forApplication("app_…")).filter((c) => c.status === "open");
 */
export function conditionsStore(executor: Executor, tenantId: string) {
  const ofApplication = (applicationId: string) =>
    and(eq(applicationConditions.tenantId, tenantId), eq(applicationConditions.applicationId, applicationId));
  return {
    async insert(row: Omit<ApplicationConditionRow, "tenantId">): Promise<void> {
      await executor.insert(applicationConditions).values({ ...row, tenantId });
    },
    async find(
      applicationId: string,
      id: string,
      options: { readonly lock?: boolean } = {},
    ): Promise<ApplicationConditionRow | undefined> {
      const query = executor
        .select()
        .from(applicationConditions)
        .where(and(ofApplication(applicationId), eq(applicationConditions.id, id)));
      const [row] = options.lock === true ? await query.for("update") : await query;
      return row;
    },
    async update(id: string, changes: Partial<Omit<ApplicationConditionRow, "tenantId" | "id">>) {
      const [row] = await executor
        .update(applicationConditions)
        .set(changes)
        .where(and(eq(applicationConditions.tenantId, tenantId), eq(applicationConditions.id, id)))
        .returning();
      if (row === undefined) throw new Error(`condition ${id} vanished under its row lock`);
      return row;
    },
    /** Oldest first; a page when `take` is given. */
    forApplication(
      applicationId: string,
      page: { readonly status?: string | undefined; readonly after?: string | undefined; readonly take?: number } = {},
    ): Promise<ApplicationConditionRow[]> {
      const after = page.after === undefined ? [] : [gt(applicationConditions.id, page.after)];
      after.push(...equalTo(applicationConditions.status, page.status));
      const query = executor
        .select()
        .from(applicationConditions)
        .where(and(ofApplication(applicationId), ...after))
        .orderBy(asc(applicationConditions.id));
      return page.take === undefined ? query : query.limit(page.take);
    },
  };
}
