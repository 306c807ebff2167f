import type { LocalDate } from "@lendstack/core/calendar";
import { and, eq, sql } from "drizzle-orm";
import { closeRuns } from "../../db/schema/index.js";
import type { Db, Executor } from "../../db/types.js";
import type { IdGenerator } from "../../ids.js";
import { countPending } from "./claims.js";

/** What started a close: the worker at the tenant's cutoff, a sandbox's test clock, or the CLI. */
export type CloseTrigger = "schedule" | "test_clock" | "cli";

/** The run a worker joined: enough to report into it and leave it. */
export interface JoinedRun {
  readonly tenantId: string;
  readonly id: string;
  readonly businessDate: LocalDate;
}

/**
 * Joins the one close run of a tenant's business date, creating it as `running` (committed at once, so
 * `GET /v1/close-runs` shows it while it works). Every worker closing the same date joins the same run;
 * a run that had finished is reopened (its earlier failures cleared: this pass retries them), and a run a
 * killed worker left `running` is continued.
 *
 * @example
 * const run = await joinCloseRun(db, { tenantId, businessDate, trigger: "schedule" }, { clock, ids });
 */
export async function joinCloseRun(
  db: Db,
  run: { tenantId: string; businessDate: LocalDate; trigger: CloseTrigger },
  deps: { clock: () => Date; ids: IdGenerator },
): Promise<JoinedRun> {
  const reopening = sql`${closeRuns.status} <> 'running'`;
  const [joined] = await db
    .insert(closeRuns)
    .values({ ...run, id: deps.ids.next("cr"), status: "running", startedAt: deps.clock(), workersActive: 1 })
    .onConflictDoUpdate({
      target: [closeRuns.tenantId, closeRuns.businessDate],
      set: {
        status: "running",
        finishedAt: null,
        workersActive: sql`case when ${reopening} then 1 else ${closeRuns.workersActive} + 1 end`,
        failures: sql`case when ${reopening} then '[]'::jsonb else ${closeRuns.failures} end`,
        loansFailed: sql`case when ${reopening} then 0 else ${closeRuns.loansFailed} end`,
      },
    })
    .returning({ id: closeRuns.id });
  if (joined === undefined) throw new Error("joining a close run returned no row");
  return { tenantId: run.tenantId, id: joined.id, businessDate: run.businessDate };
}

/**
 * Adds one batch's outcome to the shared run, in the batch's transaction, so its counts move while the
 * close works and a killed worker's committed batches are counted exactly once. A loan that failed for
 * two workers is listed once.
 *
 * @example await recordCloseBatch(db, run, { written: 500, failures: [] });
 */
export async function recordCloseBatch(
  db: Executor,
  run: JoinedRun,
  batch: { written: number; failures: ReadonlyArray<{ loanId: string; code: string; message: string }> },
): Promise<void> {
  if (batch.written === 0 && batch.failures.length === 0) return;
  const added = JSON.stringify(batch.failures.map(({ loanId, code, message }) => ({ loanId, code, message })));
  const merged = sql`(select coalesce(jsonb_agg(distinct f), '[]'::jsonb)
    from jsonb_array_elements(${closeRuns.failures} || ${added}::jsonb) f)`;
  await db
    .update(closeRuns)
    .set({
      loansClosed: sql`${closeRuns.loansClosed} + ${batch.written}`,
      failures: merged,
      loansFailed: sql`jsonb_array_length(${merged})`,
    })
    .where(and(eq(closeRuns.tenantId, run.tenantId), eq(closeRuns.id, run.id)));
}

/**
 * A worker leaves the run after its passes. The run finishes when nothing is left to close but the loans
 * that failed, or when the last worker leaves: `succeeded` when every loan closed, else
 * `completed_with_failures` (failed loans listed; loans a payment held through every pass counted as
 * pending, for the next close to retry). A worker killed midway never leaves, so its run stays `running`
 * until the next close of that date continues it. Returns the loans still needing a snapshot as the worker
 * leaves (the worker's result reports them: counting them is a pass over the tenant's loans, done once).
 *
 * @example const pending = await leaveCloseRun(db, run, new Date());
 */
export async function leaveCloseRun(db: Db, run: JoinedRun, now: Date): Promise<number> {
  const where = and(eq(closeRuns.tenantId, run.tenantId), eq(closeRuns.id, run.id));
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(closeRuns)
      .set({ workersActive: sql`greatest(${closeRuns.workersActive} - 1, 0)` })
      .where(where)
      .returning({ workersActive: closeRuns.workersActive, loansFailed: closeRuns.loansFailed });
    // Counted after the row lock, so a worker that left just before is seen with all it committed.
    const pending = await countPending(tx, run.tenantId, run.businessDate);
    if (row === undefined) return pending;
    const unfinished = Math.max(pending - row.loansFailed, 0);
    if (unfinished > 0 && row.workersActive > 0) return pending;
    await tx
      .update(closeRuns)
      .set({
        status: row.loansFailed === 0 && unfinished === 0 ? "succeeded" : "completed_with_failures",
        loansPending: unfinished,
        finishedAt: now,
      })
      .where(where);
    return pending;
  });
}
