import { and, asc, eq, gt, gte, lt, ne, or, type SQL } from "drizzle-orm";
import { equalTo } from "../db/filters.js";
import { type TaskRow, tasks } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** Filters and position of a tasks page. */
export interface TaskQuery {
  readonly status?: string | undefined;
  readonly assignee?: string | undefined;
  readonly applicationId?: string | undefined;
  readonly role?: string | undefined;
  readonly queue?: string | undefined;
  /** Only tasks overdue (true) or not overdue (false) at `now`. */
  readonly overdue?: boolean | undefined;
  readonly now: Date;
  readonly after?: string | undefined;
  readonly take: number;
}

function overdueCondition(overdue: boolean | undefined, now: Date): SQL[] {
  if (overdue === undefined) return [];
  const late = and(ne(tasks.status, "completed"), lt(tasks.dueAt, now));
  const notLate = or(eq(tasks.status, "completed"), gte(tasks.dueAt, now));
  const condition = overdue ? late : notLate;
  return condition === undefined ? [] : [condition];
}

/**
 * Every task query, scoped to one tenant.
 *
 * @example
 * const row = await tasksStore(db, "demo").find("tsk_…", { lock: true });
 */
export function tasksStore(executor: Executor, tenantId: string) {
  const byId = (id: string) => and(eq(tasks.tenantId, tenantId), eq(tasks.id, id));
  return {
    async insert(row: Omit<TaskRow, "tenantId">): Promise<void> {
      await executor.insert(tasks).values({ ...row, tenantId });
    },
    async find(id: string, options: { readonly lock?: boolean } = {}): Promise<TaskRow | undefined> {
      const query = executor.select().from(tasks).where(byId(id));
      const [row] = options.lock === true ? await query.for("update") : await query;
      return row;
    },
    async update(id: string, changes: Partial<Omit<TaskRow, "tenantId" | "id">>): Promise<TaskRow> {
      const [row] = await executor.update(tasks).set(changes).where(byId(id)).returning();
      if (row === undefined) throw new Error(`task ${id} vanished under its row lock`);
      return row;
    },
    list(query: TaskQuery): Promise<TaskRow[]> {
      const conditions: SQL[] = [
        eq(tasks.tenantId, tenantId),
        ...equalTo(tasks.status, query.status),
        ...equalTo(tasks.assignee, query.assignee),
        ...equalTo(tasks.applicationId, query.applicationId),
        ...equalTo(tasks.role, query.role),
        ...equalTo(tasks.queue, query.queue),
        ...overdueCondition(query.overdue, query.now),
        ...(query.after === undefined ? [] : [gt(tasks.id, query.after)]),
      ];
      return executor
        .select()
        .from(tasks)
        .where(and(...conditions))
        .orderBy(asc(tasks.id))
        .limit(query.take);
    },
  };
}
