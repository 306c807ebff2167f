import { createRoute, type z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { idSchema } from "../http/id-schema.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import { createWorkflowSchema, workflowPathSchema, workflowSchema, workflowStatusSchema } from "./schemas.js";

const tags = ["Workflows"];
const security = [{ bearerAuth: [] }];
const read = requireScope("workflows:read");
const write = requireScope("workflows:write");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const createWorkflowRoute = createRoute({
  method: "post",
  path: "/v1/workflows",
  operationId: "createWorkflow",
  summary: "Create a workflow version",
  description:
    "Stores the product's next workflow version (1, 2, 3…) as a draft: its facts, its stages (each inside one application state, with an optional entry condition, an SLA and task templates routed to a queue and a role) and its standard underwriting conditions. Every expression is compiled with the rule engine; a definition with problems is 422 `invalid_workflow` with one `errors` entry per problem (JSON pointers into the body). A product the tenant does not have is 404.",
  tags,
  security,
  middleware: write,
  request: {
    headers: optionalIdempotencyKey,
    body: { required: true, content: { "application/json": { schema: createWorkflowSchema } } },
  },
  responses: { 201: json(workflowSchema, "The draft version"), ...problemResponses(404, ...BODY_PROBLEMS) },
});

export const getWorkflowRoute = createRoute({
  method: "get",
  path: "/v1/workflows/{workflowId}",
  operationId: "getWorkflow",
  summary: "Get a workflow version",
  tags,
  security,
  middleware: read,
  request: { params: workflowPathSchema },
  responses: { 200: json(workflowSchema, "The workflow version"), ...problemResponses(404) },
});

export const publishWorkflowRoute = createRoute({
  method: "post",
  path: "/v1/workflows/{workflowId}/publish",
  operationId: "publishWorkflow",
  summary: "Publish a workflow version",
  description:
    "Puts a draft in force for its product: from now on an application of the product that changes state enters the workflow's stage and gets its tasks. The version in force until now becomes `superseded`. Published and superseded versions never change: publishing one is 409 `version_immutable`; a draft older than the version in force is 409 `workflow_version_outdated`.",
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, params: workflowPathSchema },
  responses: { 200: json(workflowSchema, "The published version"), ...problemResponses(404, 409) },
});

/** `GET /v1/workflows` (listWorkflows). */
export const listWorkflowsDefinition = {
  path: "/v1/workflows",
  operationId: "listWorkflows",
  summary: "List workflow versions",
  description: "Every version of every product's workflow.",
  tag: "Workflows",
  middleware: read,
  filters: {
    productId: idSchema("prd").optional().openapi({ description: "Only this product's versions" }),
    status: workflowStatusSchema.optional().openapi({ description: "Only versions in this status" }),
  },
  item: workflowSchema,
  pageName: "WorkflowPage",
};
