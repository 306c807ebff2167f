import { InvariantError } from "@lendstack/core/errors";
import { and, asc, count, eq, gt, inArray, type SQL } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { equalTo } from "../db/filters.js";
import { type ImportRecordRow, type ImportResultRow, importResults, imports, loans } from "../db/schema/index.js";

/** A result row to insert. @example const result: NewResult = { row: 2, sourceId: "L1", status: "match", … }; */
export type NewResult = Omit<ImportResultRow, "tenantId" | "importId" | "loanId"> & { readonly loanId?: string | null };

/** Filters and position for a page of results. */
export interface ResultQuery {
  readonly status?: string | undefined;
  readonly outcome?: string | undefined;
  readonly after?: number | undefined;
  readonly take: number;
}

/** Result rows per insert statement (a 10,000-row file is 20 statements). */
const CHUNK = 500;

/**
 * Every import query, scoped to one tenant.
 *
 * @example const record = await importsStore(db, "demo").find("imp_…");
 */
export function importsStore(executor: Executor, tenantId: string) {
  const byId = (id: string) => and(eq(imports.tenantId, tenantId), eq(imports.id, id));
  const ofImport = (id: string) => and(eq(importResults.tenantId, tenantId), eq(importResults.importId, id));
  const find = async (id: string): Promise<ImportRecordRow | undefined> => {
    const [row] = await executor.select().from(imports).where(byId(id));
    return row;
  };
  return {
    find,
    async mustFind(id: string): Promise<ImportRecordRow> {
      const row = await find(id);
      if (row === undefined) throw new InvariantError(`import ${id} vanished`);
      return row;
    },
    async insert(row: Omit<ImportRecordRow, "tenantId">, results: ReadonlyArray<NewResult>): Promise<void> {
      await executor.insert(imports).values({ ...row, tenantId });
      for (let start = 0; start < results.length; start += CHUNK) {
        const chunk = results.slice(start, start + CHUNK);
        await executor.insert(importResults).values(chunk.map((r) => ({ ...r, tenantId, importId: row.id })));
      }
    },
    /** Row numbers of the loans still to board, in file order. */
    async pendingRows(id: string): Promise<number[]> {
      const rows = await executor
        .select({ row: importResults.row })
        .from(importResults)
        .where(and(ofImport(id), eq(importResults.outcome, "pending")))
        .orderBy(asc(importResults.row));
      return rows.map((r) => r.row);
    },
    /**
     * Recounts the commit's progress from the results (so it is right after a crash too) and stores it,
     * in one short transaction of its own (a savepoint inside a request's): the loans dealt with, boarded,
     * already boarded and refused while boarding; `startedAt` the first time; the lease renewed when given.
     */
    async refreshProgress(id: string, now: Date, isFinished: boolean, claimedUntil?: Date) {
      return executor.transaction(async (tx) => {
        const [record] = await tx.select().from(imports).where(byId(id));
        if (record === undefined) throw new InvariantError(`import ${id} vanished`);
        const progress = await progressOf(tx, record);
        // A batch dealt with loans: the worker's claims so far are forgiven (it counts as the first).
        const hasAdvanced = progress.processed > record.processed;
        await tx
          .update(imports)
          .set({
            ...progress,
            updatedAt: now,
            startedAt: record.startedAt ?? now,
            ...(claimedUntil === undefined ? {} : { claimedUntil }),
            ...(hasAdvanced && record.attempts > 1 ? { attempts: 1 } : {}),
            ...(isFinished ? { status: "completed", finishedAt: now, claimedUntil: null, failure: null } : {}),
          })
          .where(byId(id));
        return { ...progress, toBoard: record.toBoard };
      });
    },
    /** Marks the import `failed` with why (a permanent failure: it is never boarded further nor retried). */
    async markFailed(id: string, now: Date, failure: { code: string; reason: string }): Promise<void> {
      await executor
        .update(imports)
        .set({ status: "failed", failure, updatedAt: now, finishedAt: now, claimedUntil: null })
        .where(and(byId(id), eq(imports.status, "boarding")));
    },
  };
}

/**
 * An import's progress counted from its results: loans dealt with, boarded, already boarded, and
 * refused while boarding (a row refused then was pending: a match, or with `boardMismatches` a mismatch
 * or an unchecked row; the rows refused before boarding are not among them).
 */
async function progressOf(executor: Executor, record: ImportRecordRow) {
  const counts = await executor
    .select({ outcome: importResults.outcome, status: importResults.status, n: count() })
    .from(importResults)
    .where(and(eq(importResults.tenantId, record.tenantId), eq(importResults.importId, record.id)))
    .groupBy(importResults.outcome, importResults.status);
  const boardable = new Set(record.boardMismatches ? ["match", "mismatch", "unchecked"] : ["match"]);
  const of = (outcome: string, isBoardable?: boolean) =>
    counts
      .filter((c) => c.outcome === outcome && (isBoardable === undefined || boardable.has(c.status)))
      .reduce((sum, c) => sum + c.n, 0);
  return {
    processed: record.toBoard - of("pending"),
    boarded: of("boarded"),
    alreadyBoarded: of("already_boarded"),
    notBoarded: of("not_boarded", true),
  };
}

/**
 * A page of an import's results in row order.
 *
 * @example const page = await listImportResults(db, "demo", "imp_…", { status: "mismatch", take: 21 });
 */
export async function listImportResults(
  executor: Executor,
  tenantId: string,
  importId: string,
  query: ResultQuery,
): Promise<ImportResultRow[]> {
  const conditions: SQL[] = [
    eq(importResults.tenantId, tenantId),
    eq(importResults.importId, importId),
    ...equalTo(importResults.status, query.status),
    ...equalTo(importResults.outcome, query.outcome),
  ];
  if (query.after !== undefined) conditions.push(gt(importResults.row, query.after));
  return executor
    .select()
    .from(importResults)
    .where(and(...conditions))
    .orderBy(asc(importResults.row))
    .limit(query.take);
}

/**
 * The tenant's loans whose `externalReference` is one of `sourceIds`: source id → loan id (1,000 ids a query).
 *
 * @example const boarded = await boardedSourceIds(db, "demo", ["L1", "L2"]); boarded.get("L1")
 */
export async function boardedSourceIds(
  executor: Executor,
  tenantId: string,
  sourceIds: ReadonlyArray<string>,
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let start = 0; start < sourceIds.length; start += 1_000) {
    const chunk = sourceIds.slice(start, start + 1_000);
    const rows = await executor
      .select({ id: loans.id, externalReference: loans.externalReference })
      .from(loans)
      .where(and(eq(loans.tenantId, tenantId), inArray(loans.externalReference, chunk)));
    for (const row of rows) if (row.externalReference !== null) found.set(row.externalReference, row.id);
  }
  return found;
}
