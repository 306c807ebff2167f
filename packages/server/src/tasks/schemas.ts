import { z } from "@hono/zod-openapi";
import { staffRoles } from "@lendstack/core/origination";
import { idSchema } from "../http/id-schema.js";

/** Where a task is (registered as `TaskStatus`). */
export const taskStatusSchema = z.enum(["open", "claimed", "completed"]).openapi("TaskStatus", {
  description:
    "open: in its queue, nobody's yet; claimed: someone (the assignee) works it; completed: done, with an outcome",
});

/** Who works a task (registered as `StaffRole`). */
export const staffRoleSchema = z.enum(staffRoles).openapi("StaffRole");

const instant = (description: string) => z.string().openapi({ description: `${description}; UTC ISO 8601 instant` });

/** A task as returned (registered as `Task`). */
export const taskSchema = z
  .object({
    object: z.literal("task"),
    id: z.string().openapi({ example: "tsk_01JGFJJZ0000000000000000AB" }),
    applicationId: z
      .string()
      .nullable()
      .openapi({ description: "The application it is for; null for a party's task (a sanctions hit review)" }),
    workflowId: z.string().nullable().openapi({ description: "The workflow version that made it; null if none did" }),
    workflowVersion: z.int().nullable(),
    stageId: z.string().nullable().openapi({ description: "The stage whose entry made it; null if none did" }),
    templateId: z.string().nullable().openapi({ description: "Its task template in that stage; null if none" }),
    partyId: z.string().nullable().openapi({ description: "The party a party's task is about, else null" }),
    details: z.record(z.string(), z.unknown()).nullable().openapi({
      description:
        "What the task is about, for its worker: for a sanctions hit review the hit, the list entry, the matched name and the score",
    }),
    name: z.string(),
    queue: z.string(),
    role: staffRoleSchema,
    status: taskStatusSchema,
    assignee: z.string().nullable().openapi({ description: "Token subject working it; null while open" }),
    dueAt: instant("When its SLA runs out"),
    overdue: z.boolean().openapi({ description: "Not completed and past dueAt" }),
    createdAt: instant("When it was created"),
    claimedAt: instant("When it was last claimed or reassigned").nullable(),
    completedAt: instant("When it was completed").nullable(),
    completedBy: z.string().nullable(),
    outcome: z.string().nullable(),
    note: z.string().nullable(),
    updatedAt: instant("When it last changed"),
  })
  .openapi("Task");

/** @example const body: TaskBody = toTaskBody(row, now); */
export type TaskBody = z.infer<typeof taskSchema>;

export const taskPathSchema = z.object({ taskId: idSchema("tsk", { param: "taskId" }) });

/** `POST /v1/tasks/{taskId}/complete` body. */
export const completeTaskSchema = z
  .strictObject({
    outcome: z.string().min(1).max(64).openapi({ description: "What came of it, e.g. verified", example: "verified" }),
    note: z.string().min(1).max(2_000).optional().openapi({ description: "Free text for the file" }),
  })
  .openapi("TaskCompletion");

/** `POST /v1/tasks/{taskId}/reassign` body. */
export const reassignTaskSchema = z
  .strictObject({
    assignee: z.string().min(1).max(200).openapi({ description: "The token subject (`sub`) to work it" }),
  })
  .openapi("TaskReassignment");
