import { createRoute, z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { instantRange } from "../http/list-filters.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import {
  ruleSetDraftInputSchema,
  ruleSetDraftUpdateSchema,
  ruleSetPathSchema,
  ruleSetResponseSchema,
  ruleSetVersionPathSchema,
  ruleSetVersionSchema,
  ruleSetVersionStatusSchema,
  simulationInputSchema,
  simulationReportSchema,
  validateInputSchema,
  validationResultSchema,
} from "./schemas.js";

const tags = ["Rule sets"];
const security = [{ bearerAuth: [] }];
const read = requireScope("rule-sets:read");
const write = requireScope("rule-sets:write");
const jsonBody = <T extends z.ZodType>(schema: T, description: string) => ({
  required: true,
  description,
  content: { "application/json": { schema } },
});
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
/**
 * Problems of operations that compile a document. A refused document's 422 problem also carries the
 * RFC 9457 extension member `ruleSetError` (schema `RuleSetError`: core's code, pointer, rule id,
 * line, column); its schema stays `Problem` so every operation documents one problem shape.
 */
const compileProblems = (...extra: number[]) => problemResponses(...extra, ...BODY_PROBLEMS);

export const createRuleSetRoute = createRoute({
  method: "post",
  path: "/v1/rule-sets",
  operationId: "createRuleSet",
  summary: "Create a rule set",
  description:
    "Compiles the document (every expression parsed and type-checked) and stores it as draft version 1. The document's `id` becomes the rule set's `key`.",
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, body: jsonBody(ruleSetDraftInputSchema, "The first draft") },
  responses: { 201: json(ruleSetResponseSchema, "The created rule set"), ...compileProblems(409) },
});

/** `GET /v1/rule-sets` (listRuleSets). @example listRoute(router, listRuleSetsDefinition, idOrder("rls"), fetchPage); */
export const listRuleSetsDefinition = {
  path: "/v1/rule-sets",
  operationId: "listRuleSets",
  summary: "List rule sets",
  description: "Rule sets with their version numbers (no documents).",
  tag: "Rule sets",
  middleware: read,
  filters: {
    key: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: "Only the rule set with this key (its document's id)" }),
    ...instantRange("createdAt"),
  },
  item: ruleSetResponseSchema,
  pageName: "RuleSetPage",
};

export const getRuleSetRoute = createRoute({
  method: "get",
  path: "/v1/rule-sets/{ruleSetId}",
  operationId: "getRuleSet",
  summary: "Get a rule set with its versions",
  tags,
  security,
  middleware: read,
  request: { params: ruleSetPathSchema },
  responses: {
    200: json(ruleSetResponseSchema, "The rule set and a summary of each version"),
    ...problemResponses(404),
  },
});

export const updateRuleSetDraftRoute = createRoute({
  method: "put",
  path: "/v1/rule-sets/{ruleSetId}/draft",
  operationId: "updateRuleSetDraft",
  summary: "Replace the draft",
  description:
    "Replaces the draft version's document. When the newest version is published, starts a new draft n+1 (published versions never change). With `expectedVersion` naming a published version: 409 `version_immutable`.",
  tags,
  security,
  middleware: write,
  request: { params: ruleSetPathSchema, body: jsonBody(ruleSetDraftUpdateSchema, "The new draft") },
  responses: { 200: json(ruleSetVersionSchema, "The draft version"), ...compileProblems(404, 409) },
});

export const validateRuleSetRoute = createRoute({
  method: "post",
  path: "/v1/rule-sets/{ruleSetId}/validate",
  operationId: "validateRuleSet",
  summary: "Check a document or the draft",
  description:
    "Compiles a supplied document, or the current draft, and reports the first error precisely. Changes nothing.",
  tags,
  security,
  middleware: write,
  request: {
    headers: optionalIdempotencyKey,
    params: ruleSetPathSchema,
    body: jsonBody(validateInputSchema, "What to check ({} for the draft)"),
  },
  responses: {
    200: json(validationResultSchema, "valid, or the error with its rule and position"),
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});

export const publishRuleSetVersionRoute = createRoute({
  method: "post",
  path: "/v1/rule-sets/{ruleSetId}/versions/{version}/publish",
  operationId: "publishRuleSetVersion",
  summary: "Publish a draft version",
  description:
    "Freezes the draft with its content hash; it becomes the default for decisions. Publishing again is 409 `version_immutable`.",
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, params: ruleSetVersionPathSchema },
  responses: { 200: json(ruleSetVersionSchema, "The published version"), ...compileProblems(404, 409) },
});

/** `GET /v1/rule-sets/{ruleSetId}/versions` (listRuleSetVersions). @example listRoute(router, listRuleSetVersionsDefinition, versionOrder, fetchPage); */
export const listRuleSetVersionsDefinition = {
  path: "/v1/rule-sets/{ruleSetId}/versions",
  operationId: "listRuleSetVersions",
  summary: "List a rule set's versions",
  description: "Every version with its document, drafts and published.",
  tag: "Rule sets",
  middleware: read,
  params: ruleSetPathSchema,
  filters: {
    status: ruleSetVersionStatusSchema.optional().openapi({ description: "Only versions in this status" }),
  },
  item: ruleSetVersionSchema,
  pageName: "RuleSetVersionPage",
};

export const getRuleSetVersionRoute = createRoute({
  method: "get",
  path: "/v1/rule-sets/{ruleSetId}/versions/{version}",
  operationId: "getRuleSetVersion",
  summary: "Get one version of a rule set",
  tags,
  security,
  middleware: read,
  request: { params: ruleSetVersionPathSchema },
  responses: { 200: json(ruleSetVersionSchema, "The version with its document"), ...problemResponses(404) },
});

export const simulateRuleSetVersionRoute = createRoute({
  method: "post",
  path: "/v1/rule-sets/{ruleSetId}/versions/{version}/simulate",
  operationId: "simulateRuleSetVersion",
  summary: "Simulate a version against another",
  description:
    "Runs this version (draft or published) and a baseline over supplied applications and/or the facts of recent stored decisions; reports counts per outcome, the transition matrix and a sample of changed cases. Stores nothing. A supplied fact that neither version declares as an input is 422 `undeclared_fact` with one `errors` entry per fact (`/applications/{index}/{name}`), as `POST /v1/decisions` refuses it; a fact only one version declares makes that version's outcome `error` (`errorCode` `undeclared_fact`).",
  tags,
  security,
  middleware: write,
  request: {
    headers: optionalIdempotencyKey,
    params: ruleSetVersionPathSchema,
    body: jsonBody(simulationInputSchema, "Applications to run"),
  },
  responses: { 200: json(simulationReportSchema, "How outcomes change"), ...problemResponses(404, ...BODY_PROBLEMS) },
});
