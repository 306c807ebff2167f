import type { z } from "@hono/zod-openapi";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { TaskRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import type { completeTaskSchema } from "./schemas.js";
import { tasksStore } from "./store.js";

/** 404 for a task the tenant does not have. @example return taskNotFound(id); */
export function taskNotFound(taskId: string) {
  return fail("task_not_found", `No task ${taskId} in this tenant.`, ["taskId"]);
}

/**
 * The scope that lets a token work tasks of a staff role: segregation of duties, e.g. a processor's token
 * cannot claim an underwriter's task.
 *
 * @example roleScope("underwriter"); // "roles:underwriter"
 */
export function roleScope(role: string): string {
  return `roles:${role}`;
}

/** The task locked for a change, unless missing (404) or completed (409 `task_completed`). */
async function lockOpenTask(executor: Executor, context: ChangeContext, taskId: string): Promise<Result<TaskRow>> {
  const row = await tasksStore(executor, context.tenantId).find(taskId, { lock: true });
  if (row === undefined) return taskNotFound(taskId);
  if (row.status === "completed") return fail("task_completed", `Task ${taskId} is completed; it changes no more.`);
  return ok(row);
}

async function change(
  executor: Executor,
  context: ChangeContext,
  row: TaskRow,
  changes: Partial<TaskRow>,
  audit: { action: string; details: Record<string, unknown> },
): Promise<TaskRow> {
  const updated = await tasksStore(executor, context.tenantId).update(row.id, { ...changes, updatedAt: context.now });
  await writeAudit(executor, context, { ...audit, resourceType: "task", resourceId: row.id });
  return updated;
}

/**
 * The caller (the token subject) takes an open task of a role its token holds (`roles:<role>`, or
 * `roles:admin` for any): else 403 `task_role_mismatch`. Claimed by someone else: 409 `task_claimed` (a
 * manager reassigns it); already the caller's: unchanged. Completed: 409 `task_completed`.
 *
 * @example
 * const claimed = await claimTask(db, context, "tsk_…", new Set(["roles:underwriter"]));
 */
export async function claimTask(
  executor: Executor,
  context: ChangeContext,
  taskId: string,
  scopes: ReadonlySet<string>,
): Promise<Result<TaskRow>> {
  const locked = await lockOpenTask(executor, context, taskId);
  if (!locked.ok) return locked;
  const row = locked.value;
  if (!scopes.has(roleScope(row.role)) && !scopes.has(roleScope("admin"))) {
    return fail(
      "task_role_mismatch",
      `Task ${taskId} is for the ${row.role} role; claiming it needs the scope ${roleScope(row.role)} (or ${roleScope("admin")}).`,
    );
  }
  if (row.assignee === context.actor) return ok(row);
  if (row.assignee !== null) {
    return fail("task_claimed", `Task ${taskId} is claimed by someone else; a manager can reassign it.`);
  }
  const claimed = { status: "claimed", assignee: context.actor, claimedAt: context.now };
  return ok(await change(executor, context, row, claimed, { action: "task.claimed", details: {} }));
}

/**
 * The assignee completes a task with an outcome (and a note). Anyone else: 403 `not_task_assignee`;
 * completed already: 409 `task_completed`.
 *
 * @example
 * const done = await completeTask(db, context, "tsk_…", { outcome: "verified" });
 */
export async function completeTask(
  executor: Executor,
  context: ChangeContext,
  taskId: string,
  input: z.infer<typeof completeTaskSchema>,
): Promise<Result<TaskRow>> {
  const locked = await lockOpenTask(executor, context, taskId);
  if (!locked.ok) return locked;
  const row = locked.value;
  if (row.assignee !== context.actor) {
    return fail("not_task_assignee", `Only the task's assignee completes it; claim task ${taskId} first.`);
  }
  const completed = {
    status: "completed",
    completedAt: context.now,
    completedBy: context.actor,
    outcome: input.outcome,
    note: input.note ?? null,
  };
  return ok(await change(executor, context, row, completed, { action: "task.completed", details: { ...input } }));
}

/**
 * A manager (scope `tasks:manage`) gives a task to a named subject, whoever held it. Completed: 409
 * `task_completed`.
 *
 * @example
 * const moved = await reassignTask(db, context, "tsk_…", "ann");
 */
export async function reassignTask(
  executor: Executor,
  context: ChangeContext,
  taskId: string,
  assignee: string,
): Promise<Result<TaskRow>> {
  const locked = await lockOpenTask(executor, context, taskId);
  if (!locked.ok) return locked;
  const row = locked.value;
  const reassigned = { status: "claimed", assignee, claimedAt: context.now };
  const details = { from: row.assignee, to: assignee };
  return ok(await change(executor, context, row, reassigned, { action: "task.reassigned", details }));
}
