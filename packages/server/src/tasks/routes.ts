import { createRoute, z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { idSchema } from "../http/id-schema.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import {
  completeTaskSchema,
  reassignTaskSchema,
  staffRoleSchema,
  taskPathSchema,
  taskSchema,
  taskStatusSchema,
} from "./schemas.js";

const tags = ["Tasks"];
const security = [{ bearerAuth: [] }];
const read = requireScope("tasks:read");
const write = requireScope("tasks:write");
const manage = requireScope("tasks:manage");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { "application/json": { schema } } });
const COMPLETED = "A completed task changes no more: 409 `task_completed`.";

export const getTaskRoute = createRoute({
  method: "get",
  path: "/v1/tasks/{taskId}",
  operationId: "getTask",
  summary: "Get a task",
  tags,
  security,
  middleware: read,
  request: { params: taskPathSchema },
  responses: { 200: json(taskSchema, "The task"), ...problemResponses(404) },
});

export const claimTaskRoute = createRoute({
  method: "post",
  path: "/v1/tasks/{taskId}/claim",
  operationId: "claimTask",
  summary: "Claim a task",
  description: `The caller (the token's subject) becomes the assignee of an open task. The token must hold the task's role as a scope (\`roles:processor\`, \`roles:underwriter\`, \`roles:closer\`, \`roles:collector\`; \`roles:admin\` works any task), else 403 \`task_role_mismatch\`. A task claimed by someone else is 409 \`task_claimed\` (a manager reassigns it); claiming one's own again changes nothing. ${COMPLETED}`,
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, params: taskPathSchema },
  responses: { 200: json(taskSchema, "The claimed task"), ...problemResponses(404, 409) },
});

export const completeTaskRoute = createRoute({
  method: "post",
  path: "/v1/tasks/{taskId}/complete",
  operationId: "completeTask",
  summary: "Complete a task",
  description: `The assignee records the outcome (and a note). Anyone else, or a task nobody has claimed, is 403 \`not_task_assignee\`. ${COMPLETED}`,
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, params: taskPathSchema, body: body(completeTaskSchema) },
  responses: { 200: json(taskSchema, "The completed task"), ...problemResponses(404, 409, ...BODY_PROBLEMS) },
});

export const reassignTaskRoute = createRoute({
  method: "post",
  path: "/v1/tasks/{taskId}/reassign",
  operationId: "reassignTask",
  summary: "Reassign a task",
  description: `A manager (scope \`tasks:manage\`) gives an open or claimed task to the named subject. ${COMPLETED}`,
  tags,
  security,
  middleware: manage,
  request: { headers: optionalIdempotencyKey, params: taskPathSchema, body: body(reassignTaskSchema) },
  responses: { 200: json(taskSchema, "The reassigned task"), ...problemResponses(404, 409, ...BODY_PROBLEMS) },
});

/** `GET /v1/tasks` (listTasks). */
export const listTasksDefinition = {
  path: "/v1/tasks",
  operationId: "listTasks",
  summary: "List tasks",
  description: "Tasks the tenant's workflows created when applications entered their stages.",
  tag: "Tasks",
  middleware: read,
  filters: {
    status: taskStatusSchema.optional().openapi({ description: "Only tasks in this status" }),
    assignee: z.string().min(1).max(200).optional().openapi({ description: "Only tasks this subject works" }),
    applicationId: idSchema("app").optional().openapi({ description: "Only this application's tasks" }),
    role: staffRoleSchema.optional().openapi({ description: "Only tasks for this role" }),
    queue: z.string().min(1).max(64).optional().openapi({ description: "Only tasks in this queue" }),
    overdue: z
      .enum(["true", "false"])
      .optional()
      .openapi({ description: "true: only tasks not completed and past due; false: only the others" }),
  },
  item: taskSchema,
  pageName: "TaskPage",
};
