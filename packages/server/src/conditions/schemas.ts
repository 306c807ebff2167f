import { z } from "@hono/zod-openapi";
import { conditionKinds } from "@lendstack/core/origination";
import { documentTypeSchema } from "../documents/schemas.js";
import { idSchema } from "../http/id-schema.js";

/** Registered as `ConditionKind`. */
export const conditionKindSchema = z.enum(conditionKinds).openapi("ConditionKind", {
  description: "prior_to_approval: resolve before an approval; prior_to_closing: resolve before funding",
});

/** Registered as `ConditionStatus`. */
export const conditionStatusSchema = z.enum(["open", "cleared", "waived"]).openapi("ConditionStatus", {
  description: "open: still to be met; cleared: met; waived: set aside with a reason",
});

const instant = (description: string) => z.string().openapi({ description: `${description}; UTC ISO 8601 instant` });

/** An underwriting condition as returned (registered as `Condition`). */
export const conditionSchema = z
  .object({
    object: z.literal("condition"),
    id: z.string().openapi({ example: "cnd_01JGFJJZ0000000000000000AB" }),
    applicationId: z.string(),
    workflowId: z.string().nullable().openapi({ description: "The workflow whose template raised it" }),
    templateId: z.string().nullable().openapi({ description: "The workflow's condition template" }),
    kind: conditionKindSchema,
    description: z.string(),
    status: conditionStatusSchema,
    raisedBy: z.string().openapi({ description: "Token subject that raised it (or moved the application)" }),
    raisedAt: instant("When it was raised"),
    resolvedBy: z.string().nullable(),
    resolvedAt: instant("When it was cleared or waived").nullable(),
    waiverReason: z.string().nullable(),
    documentType: documentTypeSchema.nullable().openapi({
      description:
        "A reviewer accepting a document of this type for the application, or for one of its applicants, clears it; null: cleared by hand",
    }),
    clearedByDocumentId: z.string().nullable().openapi({ description: "The accepted document that cleared it" }),
  })
  .openapi("Condition");

/** @example const body: ConditionBody = toConditionBody(row); */
export type ConditionBody = z.infer<typeof conditionSchema>;

/** `POST /v1/applications/{applicationId}/conditions` body. */
export const raiseConditionSchema = z
  .strictObject({
    templateId: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .openapi({ description: "One of the product's published workflow's condition templates" }),
    kind: conditionKindSchema.optional().openapi({ description: "Without a template: its kind" }),
    description: z.string().min(1).max(500).optional().openapi({ description: "Without a template: what must be met" }),
    documentType: documentTypeSchema.optional().openapi({
      description: "Without a template: the document type whose acceptance clears it (cleared at once if one is)",
    }),
  })
  .openapi("ConditionInput");

/** `POST …/conditions/{conditionId}/waive` body. */
export const waiveConditionSchema = z
  .strictObject({ reason: z.string().min(1).max(500).openapi({ description: "Why it is set aside" }) })
  .openapi("ConditionWaiver");

export const applicationConditionsPathSchema = z.object({
  applicationId: idSchema("app", { param: "applicationId" }),
});
export const conditionPathSchema = applicationConditionsPathSchema.extend({
  conditionId: idSchema("cnd", { param: "conditionId" }),
});
