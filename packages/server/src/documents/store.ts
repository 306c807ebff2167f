import { and, asc, eq, gt } from "drizzle-orm";
import { equalTo } from "../db/filters.js";
import { type DocumentRow, documents } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** Documents' list filters. */
export interface DocumentQuery {
  /** Every one must match (two different owners: nothing). */
  readonly ownerIds: ReadonlyArray<string>;
  readonly type?: string | undefined;
  readonly status?: string | undefined;
  readonly after?: string | undefined;
  readonly take: number;
}

/**
 * Document metadata, scoped to one tenant.
 *
 * @example
 * const row = await documentsStore(tx, "demo").find("doc_…");
 */
export function documentsStore(executor: Executor, tenantId: string) {
  const byId = (id: string) => and(eq(documents.tenantId, tenantId), eq(documents.id, id));
  return {
    async insert(row: Omit<DocumentRow, "tenantId">): Promise<DocumentRow> {
      const [inserted] = await executor
        .insert(documents)
        .values({ ...row, tenantId })
        .returning();
      if (inserted === undefined) throw new Error(`document ${row.id} was not inserted`);
      return inserted;
    },
    async find(id: string, options: { readonly lock?: boolean } = {}): Promise<DocumentRow | undefined> {
      const query = executor.select().from(documents).where(byId(id));
      const [row] = options.lock === true ? await query.for("update") : await query;
      return row;
    },
    /** Every version of a lineage, oldest first. */
    lineage(lineageId: string): Promise<DocumentRow[]> {
      return executor
        .select()
        .from(documents)
        .where(and(eq(documents.tenantId, tenantId), eq(documents.lineageId, lineageId)))
        .orderBy(asc(documents.version));
    },
    /** The version that superseded `id`, if any. */
    async successorOf(id: string): Promise<DocumentRow | undefined> {
      const [row] = await executor
        .select()
        .from(documents)
        .where(and(eq(documents.tenantId, tenantId), eq(documents.supersedesId, id)));
      return row;
    },
    async update(id: string, changes: Partial<Omit<DocumentRow, "tenantId" | "id">>): Promise<DocumentRow> {
      const [row] = await executor.update(documents).set(changes).where(byId(id)).returning();
      if (row === undefined) throw new Error(`document ${id} vanished under its row lock`);
      return row;
    },
    /** Oldest first. */
    list(query: DocumentQuery): Promise<DocumentRow[]> {
      return executor
        .select()
        .from(documents)
        .where(
          and(
            eq(documents.tenantId, tenantId),
            ...(query.after === undefined ? [] : [gt(documents.id, query.after)]),
            ...query.ownerIds.map((ownerId) => eq(documents.ownerId, ownerId)),
            ...equalTo(documents.type, query.type),
            ...equalTo(documents.status, query.status),
          ),
        )
        .orderBy(asc(documents.id))
        .limit(query.take);
    },
  };
}
