import type { StageEntry } from "@lendstack/core/origination";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { TaskRow, WorkflowRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { tasksStore } from "./store.js";
import { toTaskBody } from "./view.js";

/**
 * Inserts the tasks core's `enterStage` gave for an application entering a stage, each with its audit
 * record and `task.created` event, in the caller's transaction.
 *
 * @example
 * const created = await createStageTasks(tx, context, "app_…", workflow, entry);
 */
export async function createStageTasks(
  executor: Executor,
  context: ChangeContext,
  applicationId: string,
  workflow: WorkflowRow,
  entry: StageEntry,
): Promise<TaskRow[]> {
  const store = tasksStore(executor, context.tenantId);
  const created: TaskRow[] = [];
  for (const task of entry.tasks) {
    const row = {
      id: context.ids.next("tsk"),
      applicationId,
      workflowId: workflow.id,
      workflowVersion: workflow.version,
      stageId: task.stageId,
      templateId: task.templateId,
      partyId: null,
      details: null,
      name: task.name,
      queue: task.queue,
      role: task.role,
      status: "open",
      assignee: null,
      dueAt: new Date(task.dueAt),
      createdAt: context.now,
      claimedAt: null,
      completedAt: null,
      completedBy: null,
      outcome: null,
      note: null,
      updatedAt: context.now,
    };
    await store.insert(row);
    const details = { applicationId, stageId: task.stageId, templateId: task.templateId, dueAt: task.dueAt };
    await writeAudit(executor, context, { action: "task.created", resourceType: "task", resourceId: row.id, details });
    const stored = { ...row, tenantId: context.tenantId };
    const data = toTaskBody(stored, context.now);
    await recordEvent(executor, context, { type: "task.created", resourceType: "task", resourceId: row.id, data });
    created.push(stored);
  }
  return created;
}
