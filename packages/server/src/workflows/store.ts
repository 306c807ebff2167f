import { and, asc, desc, eq, gt, type SQL } from "drizzle-orm";
import { equalTo } from "../db/filters.js";
import { type WorkflowRow, workflows } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** Filters and position of a workflows page. */
export interface WorkflowQuery {
  readonly productId?: string | undefined;
  readonly status?: string | undefined;
  readonly after?: string | undefined;
  readonly take: number;
}

/**
 * Every workflow query, scoped to one tenant.
 *
 * @example
 * const inForce = await workflowsStore(tx, "demo").published("prd_…");
 */
export function workflowsStore(executor: Executor, tenantId: string) {
  const byId = (id: string) => and(eq(workflows.tenantId, tenantId), eq(workflows.id, id));
  return {
    async insert(row: Omit<WorkflowRow, "tenantId">): Promise<void> {
      await executor.insert(workflows).values({ ...row, tenantId });
    },
    /** One version; `lock` holds its row lock for the rest of the transaction. */
    async find(id: string, options: { readonly lock?: boolean } = {}): Promise<WorkflowRow | undefined> {
      const query = executor.select().from(workflows).where(byId(id));
      const [row] = options.lock === true ? await query.for("update") : await query;
      return row;
    },
    /** The product's newest version number, 0 when it has none. */
    async latestVersion(productId: string): Promise<number> {
      const [row] = await executor
        .select({ version: workflows.version })
        .from(workflows)
        .where(and(eq(workflows.tenantId, tenantId), eq(workflows.productId, productId)))
        .orderBy(desc(workflows.version))
        .limit(1);
      return row?.version ?? 0;
    },
    /** The product's workflow in force, if any. */
    async published(productId: string): Promise<WorkflowRow | undefined> {
      const [row] = await executor
        .select()
        .from(workflows)
        .where(
          and(eq(workflows.tenantId, tenantId), eq(workflows.productId, productId), eq(workflows.status, "published")),
        );
      return row;
    },
    async update(id: string, changes: Partial<Omit<WorkflowRow, "tenantId" | "id">>): Promise<WorkflowRow> {
      const [row] = await executor.update(workflows).set(changes).where(byId(id)).returning();
      if (row === undefined) throw new Error(`workflow ${id} vanished under its row lock`);
      return row;
    },
    list(query: WorkflowQuery): Promise<WorkflowRow[]> {
      const conditions: SQL[] = [
        eq(workflows.tenantId, tenantId),
        ...equalTo(workflows.productId, query.productId),
        ...equalTo(workflows.status, query.status),
        ...(query.after === undefined ? [] : [gt(workflows.id, query.after)]),
      ];
      return executor
        .select()
        .from(workflows)
        .where(and(...conditions))
        .orderBy(asc(workflows.id))
        .limit(query.take);
    },
  };
}
