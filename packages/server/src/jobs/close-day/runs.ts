import { and, eq } from "drizzle-orm";
import { closeRuns } from "../../db/schema/index.js";
import type { Db } from "../../db/types.js";
import type { IdGenerator } from "../../ids.js";

/** What started a close: the worker at the tenant's cutoff, a sandbox's test clock, or the CLI. */
export type CloseTrigger = "schedule" | "test_clock" | "cli";

/** A started run: enough to finish it. */
export interface StartedRun {
  readonly tenantId: string;
  readonly id: string;
}

/**
 * Records a close run of one tenant as `running`, committed at once so `GET /v1/close-runs` shows it
 * while it works.
 *
 * @example
 * const run = await startCloseRun(db, { tenantId, businessDate, trigger: "schedule" }, { clock, ids });
 */
export async function startCloseRun(
  db: Db,
  run: { tenantId: string; businessDate: string; trigger: CloseTrigger },
  deps: { clock: () => Date; ids: IdGenerator },
): Promise<StartedRun> {
  const id = deps.ids.next("cr");
  await db.insert(closeRuns).values({ ...run, id, status: "running", startedAt: deps.clock() });
  return { tenantId: run.tenantId, id };
}

/**
 * Records how a run ended: `succeeded` when every loan closed, else `completed_with_failures` with each
 * failed loan and why.
 *
 * @example
 * await finishCloseRun(db, run, { loansClosed: 120, failures: [], now: new Date() });
 */
export async function finishCloseRun(
  db: Db,
  run: StartedRun,
  outcome: {
    loansClosed: number;
    failures: ReadonlyArray<{ loanId: string; code: string; message: string }>;
    now: Date;
  },
): Promise<void> {
  await db
    .update(closeRuns)
    .set({
      status: outcome.failures.length === 0 ? "succeeded" : "completed_with_failures",
      loansClosed: outcome.loansClosed,
      loansFailed: outcome.failures.length,
      failures: outcome.failures.map(({ loanId, code, message }) => ({ loanId, code, message })),
      finishedAt: outcome.now,
    })
    .where(and(eq(closeRuns.tenantId, run.tenantId), eq(closeRuns.id, run.id)));
}
