import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { type ChangeContext, writeAudits } from "../db/audit.js";
import { jsonRows } from "../db/json-rows.js";
import { type TaskRow, tasks } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { recordEvents } from "../events/record.js";
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

function systemTaskRow(context: ChangeContext, task: SystemTask): TaskRow {
  return {
    tenantId: context.tenantId,
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
}

/**
 * Opens a task outside any workflow (a sanctions hit to review, a collections account to work) with its audit
 * record and `task.created` event, in the caller's transaction.
 *
 * @example
 * const task = await openSystemTask(tx, context, { name: "Review sanctions hit", queue: "compliance", role: "underwriter", dueAt, partyId, details: { kind: "sanctions_hit_review" }, audit: {} });
 */
export async function openSystemTask(executor: Executor, context: ChangeContext, task: SystemTask): Promise<TaskRow> {
  const [row] = await openSystemTasks(executor, context, [task]);
  if (row === undefined) throw new Error("no task opened");
  return row;
}

/** Tasks per insert statement (one jsonb parameter each). */
const TASKS_PER_STATEMENT = 1_000;

/**
 * Opens several system tasks as {@link openSystemTask} opens one (rows, audit records, `task.created`
 * events, in the list's order), with a statement per kind of row instead of per task.
 *
 * @example
 * const rows = await openSystemTasks(tx, context, accounts.map(collectorTask));
 */
export async function openSystemTasks(
  executor: Executor,
  context: ChangeContext,
  list: ReadonlyArray<SystemTask>,
): Promise<TaskRow[]> {
  if (list.length === 0) return [];
  const rows = list.map((task) => systemTaskRow(context, task));
  for (let from = 0; from < rows.length; from += TASKS_PER_STATEMENT) {
    await executor.insert(tasks).select(jsonRows(tasks, rows.slice(from, from + TASKS_PER_STATEMENT)));
  }
  await writeAudits(
    executor,
    context,
    rows.map((row, index) => ({
      action: "task.created",
      resourceType: "task",
      resourceId: row.id,
      details: list[index]?.audit ?? {},
    })),
  );
  await recordEvents(
    executor,
    context,
    rows.map((row) => ({
      type: "task.created",
      resourceType: "task",
      resourceId: row.id,
      data: toTaskBody(row, context.now),
    })),
  );
  return rows;
}

/** A task to complete: which, with what outcome and note. */
export interface TaskCompletion {
  readonly taskId: string;
  readonly outcome: string;
  readonly note: string | null;
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
  await completeSystemTasks(executor, context, [{ taskId, outcome, note }]);
}

/**
 * Completes several tasks as {@link completeSystemTask} completes one: the open ones are locked in one
 * statement, updated per distinct outcome and note, and their audit records and events written together.
 *
 * @example
 * await completeSystemTasks(tx, context, [{ taskId: "tsk_…", outcome: "cured", note: null }]);
 */
export async function completeSystemTasks(
  executor: Executor,
  context: ChangeContext,
  list: ReadonlyArray<TaskCompletion>,
): Promise<void> {
  if (list.length === 0) return;
  const open = await executor
    .select()
    .from(tasks)
    .where(
      and(
        eq(tasks.tenantId, context.tenantId),
        inArray(
          tasks.id,
          list.map((item) => item.taskId),
        ),
        ne(tasks.status, "completed"),
      ),
    )
    .orderBy(asc(tasks.id))
    .for("update");
  const openById = new Map(open.map((row) => [row.id, row]));
  const todo = list.filter((item) => openById.has(item.taskId));
  const completed: TaskRow[] = [];
  for (const item of todo) {
    const task = openById.get(item.taskId) as TaskRow;
    const changes = {
      status: "completed",
      assignee: task.assignee ?? context.actor,
      completedAt: context.now,
      completedBy: context.actor,
      outcome: item.outcome,
      note: item.note,
      updatedAt: context.now,
    };
    completed.push({ ...task, ...changes });
  }
  await storeCompletions(executor, context, completed);
  await writeAudits(
    executor,
    context,
    completed.map((row) => ({
      action: "task.completed",
      resourceType: "task",
      resourceId: row.id,
      details: { outcome: row.outcome },
    })),
  );
  await recordEvents(
    executor,
    context,
    completed.map((row) => ({
      type: "task.completed",
      resourceType: "task",
      resourceId: row.id,
      data: toTaskBody(row, context.now),
    })),
  );
}

/** One update per distinct (outcome, note, assignee): a close's batch has a handful, not one per task. */
async function storeCompletions(executor: Executor, context: ChangeContext, completed: ReadonlyArray<TaskRow>) {
  const groups = new Map<string, TaskRow[]>();
  for (const row of completed) {
    const key = JSON.stringify([row.outcome, row.note, row.assignee]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  for (const group of groups.values()) {
    const [first] = group;
    if (first === undefined) continue;
    await executor
      .update(tasks)
      .set({
        status: "completed",
        assignee: first.assignee,
        completedAt: context.now,
        completedBy: context.actor,
        outcome: first.outcome,
        note: first.note,
        updatedAt: context.now,
      })
      .where(
        and(
          eq(tasks.tenantId, context.tenantId),
          inArray(
            tasks.id,
            group.map((row) => row.id),
          ),
        ),
      );
  }
}
