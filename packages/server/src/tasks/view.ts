import { decodeStored } from "../db/corrupt-record.js";
import type { TaskRow } from "../db/schema/index.js";
import { staffRoleSchema, type TaskBody, taskStatusSchema } from "./schemas.js";

/** Not completed and past due at `now`. @example isOverdue(row, new Date()) */
export function isOverdue(row: TaskRow, now: Date): boolean {
  return row.status !== "completed" && row.dueAt.getTime() < now.getTime();
}

/**
 * A task row as the API returns it, `overdue` as of `now`.
 *
 * @example
 * return c.json(toTaskBody(row, deps.clock()), 200);
 */
export function toTaskBody(row: TaskRow, now: Date): TaskBody {
  const at = (column: string) => ({ table: "tasks", id: row.id, column });
  return {
    object: "task",
    id: row.id,
    applicationId: row.applicationId,
    workflowId: row.workflowId,
    workflowVersion: row.workflowVersion,
    stageId: row.stageId,
    templateId: row.templateId,
    partyId: row.partyId,
    details: row.details,
    name: row.name,
    queue: row.queue,
    role: decodeStored(staffRoleSchema, row.role, at("role")),
    status: decodeStored(taskStatusSchema, row.status, at("status")),
    assignee: row.assignee,
    dueAt: row.dueAt.toISOString(),
    overdue: isOverdue(row, now),
    createdAt: row.createdAt.toISOString(),
    claimedAt: row.claimedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    completedBy: row.completedBy,
    outcome: row.outcome,
    note: row.note,
    updatedAt: row.updatedAt.toISOString(),
  };
}
