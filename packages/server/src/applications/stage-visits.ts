import { and, eq, isNull } from "drizzle-orm";
import { applicationStageVisits } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/**
 * Records an application's stays as typed rows beside its `stateHistory` (for the pipeline report), in the
 * caller's transaction: the stay it is in now ends at `at`, and each state reached starts a stay at `at`
 * (every one but the last ends at once). `firstSeq` is the new stays' position: the history's length
 * before them.
 *
 * @example
 * await recordStays(tx, tenantId, "app_…", 3, ["in_review", "approved"], now);
 */
export async function recordStays(
  executor: Executor,
  tenantId: string,
  applicationId: string,
  firstSeq: number,
  states: ReadonlyArray<string>,
  at: Date,
): Promise<void> {
  if (states.length === 0) return;
  if (firstSeq > 0) {
    await executor
      .update(applicationStageVisits)
      .set({ exitedAt: at })
      .where(
        and(
          eq(applicationStageVisits.tenantId, tenantId),
          eq(applicationStageVisits.applicationId, applicationId),
          isNull(applicationStageVisits.exitedAt),
        ),
      );
  }
  await executor.insert(applicationStageVisits).values(
    states.map((state, i) => ({
      tenantId,
      applicationId,
      seq: firstSeq + i,
      state,
      enteredAt: at,
      exitedAt: i === states.length - 1 ? null : at,
    })),
  );
}
