import { createRoute, z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { idSchema } from "../http/id-schema.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { instantRange } from "../http/list-filters.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import { decisionInputSchema, decisionPathSchema, decisionSchema } from "./schemas.js";

const tags = ["Decisions"];
const security = [{ bearerAuth: [] }];

export const makeDecisionRoute = createRoute({
  method: "post",
  path: "/v1/decisions",
  operationId: "makeDecision",
  summary: "Decide an application",
  description:
    "Evaluates a published rule-set version against the facts and stores the decision with its inputs, version and hash. Bad facts: 422 `invalid_fact` / `missing_fact` with a pointer; facts the version does not declare as inputs: 422 `undeclared_fact` naming each (they are refused, not dropped or stored); a rule set with no published version: 409.",
  tags,
  security,
  middleware: requireScope("decisions:write"),
  request: {
    headers: optionalIdempotencyKey,
    body: { required: true, content: { "application/json": { schema: decisionInputSchema } } },
  },
  responses: {
    201: { description: "The stored decision", content: { "application/json": { schema: decisionSchema } } },
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});

/** `GET /v1/decisions` (listDecisions). @example listRoute(router, listDecisionsDefinition, idOrder("dec"), fetchPage); */
export const listDecisionsDefinition = {
  path: "/v1/decisions",
  operationId: "listDecisions",
  summary: "List decisions",
  description: "Stored decisions with their facts, trace and reasons.",
  tag: "Decisions",
  middleware: requireScope("decisions:read"),
  filters: {
    ruleSetId: idSchema("rls").optional().openapi({ description: "Only decisions made by this rule set" }),
    decision: z
      .enum(["approve", "refer", "decline"])
      .optional()
      .openapi({ description: "Only decisions with this outcome" }),
    ...instantRange("createdAt"),
  },
  item: decisionSchema,
  pageName: "DecisionPage",
};

export const getDecisionRoute = createRoute({
  method: "get",
  path: "/v1/decisions/{decisionId}",
  operationId: "getDecision",
  summary: "Get a stored decision",
  tags,
  security,
  middleware: requireScope("decisions:read"),
  request: { params: decisionPathSchema },
  responses: {
    200: { description: "The decision as made", content: { "application/json": { schema: decisionSchema } } },
    ...problemResponses(404),
  },
});
