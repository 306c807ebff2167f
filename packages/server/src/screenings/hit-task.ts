import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { ScreeningHitRow, TaskRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { tasksStore } from "../tasks/store.js";
import { toTaskBody } from "../tasks/view.js";

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
export async function createHitReviewTask(
  executor: Executor,
  context: ChangeContext,
  hit: Omit<ScreeningHitRow, "tenantId" | "taskId">,
): Promise<TaskRow> {
  const row = {
    id: context.ids.next("tsk"),
    applicationId: null,
    workflowId: null,
    workflowVersion: null,
    stageId: null,
    templateId: null,
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
    name: "Review sanctions hit",
    queue: "compliance",
    role: "underwriter",
    status: "open",
    assignee: null,
    dueAt: new Date(context.now.getTime() + REVIEW_WITHIN_MS),
    createdAt: context.now,
    claimedAt: null,
    completedAt: null,
    completedBy: null,
    outcome: null,
    note: null,
    updatedAt: context.now,
  };
  await tasksStore(executor, context.tenantId).insert(row);
  const stored = { ...row, tenantId: context.tenantId };
  await writeAudit(executor, context, {
    action: "task.created",
    resourceType: "task",
    resourceId: row.id,
    details: { partyId: hit.partyId, screeningHitId: hit.id },
  });
  const data = toTaskBody(stored, context.now);
  await recordEvent(executor, context, { type: "task.created", resourceType: "task", resourceId: row.id, data });
  return stored;
}

/**
 * Completes a hit's review task with the review's outcome (`cleared` or `confirmed`), whoever held it: the
 * review is the task's work. Already completed: left as it is.
 *
 * @example
 * await completeHitReviewTask(tx, context, "tsk_…", "cleared", "Different date of birth");
 */
export async function completeHitReviewTask(
  executor: Executor,
  context: ChangeContext,
  taskId: string,
  outcome: string,
  note: string,
): Promise<void> {
  const store = tasksStore(executor, context.tenantId);
  const task = await store.find(taskId, { lock: true });
  if (task === undefined || task.status === "completed") return;
  const completed = await store.update(taskId, {
    status: "completed",
    assignee: task.assignee ?? context.actor,
    completedAt: context.now,
    completedBy: context.actor,
    outcome,
    note,
    updatedAt: context.now,
  });
  await writeAudit(executor, context, {
    action: "task.completed",
    resourceType: "task",
    resourceId: taskId,
    details: { outcome },
  });
  const data = toTaskBody(completed, context.now);
  await recordEvent(executor, context, { type: "task.completed", resourceType: "task", resourceId: taskId, data });
}
