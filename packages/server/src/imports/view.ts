import type { ImportRecordRow, ImportResultRow } from "../db/schema/index.js";

/**
 * When boarding should end at the rate so far (loans dealt with over the time since it started), or
 * null before the first batch, once done, or when no time has passed.
 */
export function estimatedCompletion(row: ImportRecordRow): Date | null {
  if (row.status !== "boarding" || row.startedAt === null || row.processed === 0) return null;
  const elapsedMs = row.updatedAt.getTime() - row.startedAt.getTime();
  if (elapsedMs <= 0) return null;
  const remainingMs = Math.round((elapsedMs * (row.toBoard - row.processed)) / row.processed);
  return new Date(row.updatedAt.getTime() + remainingMs);
}

/** An import row as its API body. @example c.json(toImportBody(row), 200) */
export function toImportBody(row: ImportRecordRow) {
  return {
    id: row.id,
    object: "import" as const,
    format: row.format as "jsonl" | "csv",
    mode: row.mode as "dry_run" | "commit",
    boardMismatches: row.boardMismatches,
    productId: row.productId,
    status: row.status as "completed" | "boarding" | "failed",
    background: row.background,
    failure: row.failure === null ? null : { code: row.failure.code, reason: row.failure.reason },
    attempts: row.attempts,
    progress: {
      processed: row.processed,
      total: row.toBoard,
      boarded: row.boarded,
      failed: row.notBoarded,
      startedAt: row.startedAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
      estimatedCompletionAt: estimatedCompletion(row)?.toISOString() ?? null,
    },
    totals: {
      rows: row.total,
      matched: row.matched,
      mismatched: row.mismatched,
      unchecked: row.unchecked,
      failed: row.failed,
      refused: row.refused,
      boarded: row.boarded,
      alreadyBoarded: row.alreadyBoarded,
    },
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

type RowError = { path: string; column?: string; code: string; reason: string };

/** A result row as its API body. @example toImportResultBody(row).status */
export function toImportResultBody(row: ImportResultRow) {
  const difference = row.difference as { figure: string; expected: string; actual: string; difference?: string } | null;
  return {
    row: row.row,
    sourceId: row.sourceId,
    status: row.status as "match" | "mismatch" | "unchecked" | "failed" | "refused",
    difference,
    errors: (row.errors as RowError[]).map((e) => ({
      path: e.path,
      ...(e.column === undefined ? {} : { column: e.column }),
      code: e.code,
      reason: e.reason,
    })),
    outcome: row.outcome as "pending" | "boarded" | "already_boarded" | "not_boarded" | null,
    loanId: row.loanId,
  };
}
