import { createRoute, type z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import {
  applicationConditionsPathSchema,
  conditionPathSchema,
  conditionSchema,
  conditionStatusSchema,
  raiseConditionSchema,
  waiveConditionSchema,
} from "./schemas.js";

const tags = ["Underwriting conditions"];
const security = [{ bearerAuth: [] }];
const read = requireScope("applications:read");
const underwrite = requireScope("applications:approve");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { "application/json": { schema } } });
const NOT_OPEN = "A condition already cleared or waived is 409 `condition_not_open`.";

export const raiseConditionRoute = createRoute({
  method: "post",
  path: "/v1/applications/{applicationId}/conditions",
  operationId: "raiseApplicationCondition",
  summary: "Raise an underwriting condition",
  description:
    "Raises an open condition: one of the product's published workflow's condition templates (`templateId`; unknown: 422 `unknown_condition_template`), or a `kind` and `description`. The workflow's templates are also raised by themselves when an application first enters one of its stages. Open prior-to-approval conditions refuse approvals (`decision` approving, `approve`), open prior-to-closing ones refuse `fund`: 409 `conditions_open`.",
  tags,
  security,
  middleware: underwrite,
  request: {
    headers: optionalIdempotencyKey,
    params: applicationConditionsPathSchema,
    body: body(raiseConditionSchema),
  },
  responses: { 201: json(conditionSchema, "The open condition"), ...problemResponses(404, ...BODY_PROBLEMS) },
});

export const clearConditionRoute = createRoute({
  method: "post",
  path: "/v1/applications/{applicationId}/conditions/{conditionId}/clear",
  operationId: "clearApplicationCondition",
  summary: "Clear a condition",
  description: `Marks an open condition met, with who and when. ${NOT_OPEN}`,
  tags,
  security,
  middleware: underwrite,
  request: { headers: optionalIdempotencyKey, params: conditionPathSchema },
  responses: { 200: json(conditionSchema, "The cleared condition"), ...problemResponses(404, 409) },
});

export const waiveConditionRoute = createRoute({
  method: "post",
  path: "/v1/applications/{applicationId}/conditions/{conditionId}/waive",
  operationId: "waiveApplicationCondition",
  summary: "Waive a condition",
  description: `Sets an open condition aside, with the reason, who and when. ${NOT_OPEN}`,
  tags,
  security,
  middleware: underwrite,
  request: { headers: optionalIdempotencyKey, params: conditionPathSchema, body: body(waiveConditionSchema) },
  responses: { 200: json(conditionSchema, "The waived condition"), ...problemResponses(404, 409, ...BODY_PROBLEMS) },
});

/** `GET /v1/applications/{applicationId}/conditions` (listApplicationConditions). */
export const listConditionsDefinition = {
  path: "/v1/applications/{applicationId}/conditions",
  operationId: "listApplicationConditions",
  summary: "List an application's conditions",
  description: "Its underwriting conditions, open and resolved.",
  tag: "Underwriting conditions",
  middleware: read,
  params: applicationConditionsPathSchema,
  filters: { status: conditionStatusSchema.optional().openapi({ description: "Only conditions in this status" }) },
  item: conditionSchema,
  pageName: "ConditionPage",
};
