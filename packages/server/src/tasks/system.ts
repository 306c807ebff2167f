import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { TaskRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { tasksStore } from "./store.js";
import { toTaskBody } from "./view.js";

/** A task the system opens (not from a workflow stage): what it is, where it waits and for whom. */
export interface SystemTask {
  readonly name: string;
  readonly queue: string;
  readonly role: string;
  readonly dueAt: Date;
  readonly partyId: string | null;
  /** `kind` and what the worker needs to do it. */
  readonly details: Record<string, unknown> & { readonly kind: string };
  /** The task's audit record's details. */
  readonly audit: Record<string, unknown>;
}

/**
 * Opens a task outside any workflow (a sanctions hit to review, a collections account to work) with its audit
 * record and `task.created` event, in the caller's transaction.
 *
 * @example
 * const task = await openSystemTask(tx, context, { name: "Review sanctions hit", queue: "compliance", role: "underwriter", dueAt, partyId, details: { kind: "sanctions_hit_review" }, audit: {} });
 */
export async function openSystemTask(executor: Executor, context: ChangeContext, task: SystemTask): Promise<TaskRow> {
  const row = {
    id: context.ids.next("tsk"),
    applicationId: null,
    workflowId: null,
    workflowVersion: null,
    stageId: null,
    templateId: null,
    partyId: task.partyId,
    details: task.details,
    name: task.name,
    queue: task.queue,
    role: task.role,
    status: "open",
    assignee: null,
    dueAt: task.dueAt,
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
    details: task.audit,
  });
  const data = toTaskBody(stored, context.now);
  await recordEvent(executor, context, { type: "task.created", resourceType: "task", resourceId: row.id, data });
  return stored;
}

/**
 * Completes a task whose work was done, or made moot, elsewhere (a hit reviewed; an account that moved
 * queue or cured), whoever held it, with its audit record and `task.completed` event. Already completed
 * (or gone): left as it is.
 *
 * @example
 * await completeSystemTask(tx, context, "tsk_…", "cleared", "Different date of birth");
 */
export async function completeSystemTask(
  executor: Executor,
  context: ChangeContext,
  taskId: string,
  outcome: string,
  note: string | null,
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
