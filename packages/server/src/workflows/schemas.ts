import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";

// Roles, states, units and kinds are strings here, not enums: core's validateWorkflow checks them with
// everything else, so a refused definition lists every problem in one 422 (`invalid_workflow`).

const text = (max: number, description: string) => z.string().max(max).openapi({ description });
const expression = (description: string) =>
  text(2_000, `${description}: a boolean rule-language expression over the declared facts`);

const slaSchema = z
  .strictObject({
    unit: text(32, "`business_hours`, `business_days` or `calendar_days`"),
    amount: z.int().min(0).max(1_000_000).openapi({ description: "A whole number from 1 to 10000" }),
  })
  .openapi("WorkflowSla", { description: "How long the work may take" });

const factSchema = z
  .strictObject({
    name: text(64, "An identifier, e.g. requestedAmount"),
    type: text(16, "`number`, `decimal`, `string`, `boolean`, `date` or `list`"),
    items: text(16, "Item type of a list: `string` or `number`").optional(),
    nullable: z.boolean().optional().openapi({ description: "A missing fact reads as null only when true" }),
    unit: text(64, "Documentation only, e.g. USD_minor").optional(),
    description: text(2_000, "What it is").optional(),
  })
  .openapi("WorkflowFact", {
    description:
      "A fact the workflow's expressions read, declared as a rule set declares an input. The application supplies `requestedAmount`, `numberOfPayments`, `termMonths` (monthly products), `proposedPayment`, `propertyValue`, `monthlyIncome`, `monthlyDebt` and `state`; declare others `nullable`.",
  });

const taskTemplateSchema = z
  .strictObject({
    id: text(64, "Unique in its stage: 1-64 letters, digits, `_`, `-` or `.`"),
    name: text(200, "What to do"),
    queue: text(64, "The work queue it goes to"),
    role: text(32, "Who works it: `processor`, `underwriter`, `closer` or `admin`"),
    sla: slaSchema,
    when: expression("Create the task only when this holds").optional(),
  })
  .openapi("WorkflowTaskTemplate");

const stageSchema = z
  .strictObject({
    id: text(64, "Unique in the workflow"),
    name: text(200, "Display name"),
    state: text(32, "The application state (`ApplicationState`) the stage is part of"),
    entryCondition: expression("The application is in this stage when this holds").optional(),
    sla: slaSchema.optional(),
    tasks: z.array(taskTemplateSchema).max(50),
  })
  .openapi("WorkflowStage", {
    description:
      "A step inside one application state. On entering a state the application takes the first of its stages whose entry condition holds; the last stage of each state has none.",
  });

const conditionTemplateSchema = z
  .strictObject({
    id: text(64, "Unique in the workflow"),
    kind: text(32, "`prior_to_approval` or `prior_to_closing`"),
    description: text(500, "What must be satisfied"),
    documentType: text(32, "A document type (`pay_stub`, `bank_statement`, …) whose acceptance clears it").optional(),
  })
  .openapi("WorkflowConditionTemplate");

const clock = (description: string) =>
  z
    .string()
    .max(5)
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM, 00:00-23:59")
    .openapi({ description, example: "09:00" });

/** Business hours SLA clocks run in (registered as `WorkingHours`). */
export const workingHoursSchema = z
  .strictObject({
    calendar: z
      .enum(["us_federal", "weekends_only"])
      .openapi({ description: "Business days: weekdays except US federal holidays, or every weekday" }),
    opensAt: clock("Local opening time"),
    closesAt: clock("Local closing time, after opensAt"),
    utcOffsetMinutes: z.int().min(-720).max(840).openapi({ description: "Local time minus UTC, in minutes" }),
  })
  .openapi("WorkingHours");

/** The working hours a workflow gets when it names none. */
export const defaultWorkingHours = {
  calendar: "us_federal",
  opensAt: "09:00",
  closesAt: "17:00",
  utcOffsetMinutes: 0,
} as const;

const definitionShape = {
  facts: z.array(factSchema).max(100),
  stages: z.array(stageSchema).max(100),
  conditions: z.array(conditionTemplateSchema).max(100),
};

/** The stored definition (the `definition` column). */
export const storedDefinitionSchema = z.strictObject(definitionShape);

/** `POST /v1/workflows` body. */
export const createWorkflowSchema = z
  .strictObject({
    productId: idSchema("prd").openapi({ description: "The product the workflow is for" }),
    ...definitionShape,
    conditions: definitionShape.conditions.optional(),
    workingHours: workingHoursSchema.optional().openapi({ description: "Defaults to us_federal, 09:00-17:00, UTC" }),
  })
  .openapi("WorkflowInput");

/** Lifecycle of a workflow version (registered as `WorkflowStatus`). */
export const workflowStatusSchema = z.enum(["draft", "published", "superseded"]).openapi("WorkflowStatus", {
  description: "draft: not in force; published: the product's workflow in force; superseded: replaced by a newer one",
});

const instant = (description: string) => z.string().openapi({ description: `${description}; UTC ISO 8601 instant` });

/** A workflow version as returned (registered as `Workflow`). */
export const workflowSchema = z
  .object({
    object: z.literal("workflow"),
    id: z.string().openapi({ example: "wf_01JGFJJZ0000000000000000AB" }),
    productId: z.string(),
    version: z.int().openapi({ description: "1, 2, 3… per product" }),
    status: workflowStatusSchema,
    ...definitionShape,
    workingHours: workingHoursSchema,
    createdAt: instant("When it was created"),
    createdBy: z.string().openapi({ description: "Token subject that created it" }),
    publishedAt: instant("When it was published").nullable(),
    publishedBy: z.string().nullable(),
    supersededAt: instant("When a newer version replaced it").nullable(),
  })
  .openapi("Workflow");

/** @example const body: WorkflowBody = toWorkflowBody(row); */
export type WorkflowBody = z.infer<typeof workflowSchema>;
/** @example const input: WorkflowInput = c.req.valid("json"); */
export type WorkflowInput = z.infer<typeof createWorkflowSchema>;

export const workflowPathSchema = z.object({ workflowId: idSchema("wf", { param: "workflowId" }) });
