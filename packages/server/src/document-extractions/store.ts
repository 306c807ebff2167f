import { and, asc, desc, eq, gt, inArray } from "drizzle-orm";
import { type DocumentExtractionRow, documentExtractions } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/**
 * Every document extraction query, scoped to one tenant.
 *
 * @example
 * const row = await documentExtractionsStore(db, "demo").find("dxt_…");
 */
export function documentExtractionsStore(executor: Executor, tenantId: string) {
  return {
    async insert(row: Omit<DocumentExtractionRow, "tenantId">): Promise<DocumentExtractionRow> {
      const stored = { ...row, tenantId };
      await executor.insert(documentExtractions).values(stored);
      return stored;
    },
    async find(id: string): Promise<DocumentExtractionRow | undefined> {
      const [row] = await executor
        .select()
        .from(documentExtractions)
        .where(and(eq(documentExtractions.tenantId, tenantId), eq(documentExtractions.id, id)));
      return row;
    },
    /** A document's extractions, oldest first. */
    listOfDocument(documentId: string, after: string | undefined, take: number): Promise<DocumentExtractionRow[]> {
      return executor
        .select()
        .from(documentExtractions)
        .where(
          and(
            eq(documentExtractions.tenantId, tenantId),
            eq(documentExtractions.documentId, documentId),
            ...(after === undefined ? [] : [gt(documentExtractions.id, after)]),
          ),
        )
        .orderBy(asc(documentExtractions.id))
        .limit(take);
    },
    /** The newest extraction of each of these documents. */
    async latestOf(documentIds: ReadonlyArray<string>): Promise<DocumentExtractionRow[]> {
      if (documentIds.length === 0) return [];
      const rows = await executor
        .select()
        .from(documentExtractions)
        .where(
          and(eq(documentExtractions.tenantId, tenantId), inArray(documentExtractions.documentId, [...documentIds])),
        )
        .orderBy(desc(documentExtractions.id));
      const latest = new Map<string, DocumentExtractionRow>();
      for (const row of rows) if (!latest.has(row.documentId)) latest.set(row.documentId, row);
      return [...latest.values()];
    },
  };
}
