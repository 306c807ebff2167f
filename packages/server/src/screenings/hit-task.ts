import type { ChangeContext } from "../db/audit.js";
import type { ScreeningHitRow, TaskRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { openSystemTask } from "../tasks/system.js";

/** A hit is reviewed within a day. */
const REVIEW_WITHIN_MS = 24 * 60 * 60 * 1000;

/**
 * The "Review sanctions hit" task for a new hit: queue `compliance`, role `underwriter`, due in 24 hours,
 * its details the hit, the entry, the matched name and the score; with its audit record and
 * `task.created` event, in the caller's transaction.
 *
 * @example
 * const task = await createHitReviewTask(tx, context, hit);
 */
export function createHitReviewTask(
  executor: Executor,
  context: ChangeContext,
  hit: Omit<ScreeningHitRow, "tenantId" | "taskId">,
): Promise<TaskRow> {
  return openSystemTask(executor, context, {
    name: "Review sanctions hit",
    queue: "compliance",
    role: "underwriter",
    dueAt: new Date(context.now.getTime() + REVIEW_WITHIN_MS),
    partyId: hit.partyId,
    details: {
      kind: "sanctions_hit_review",
      screeningHitId: hit.id,
      entryId: hit.entryId,
      entryName: hit.entryName,
      programs: hit.programs,
      matchedName: hit.matchedName,
      screenedName: hit.screenedName,
      score: hit.score,
    },
    audit: { partyId: hit.partyId, screeningHitId: hit.id },
  });
}
