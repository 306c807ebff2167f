import { createRoute } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { problemResponses } from "../http/responses.js";
import { pipelineQuerySchema, pipelineReportSchema } from "./pipeline-schemas.js";

/** `GET /v1/reports/pipeline` (getPipelineReport). @example router.openapi(pipelineReportRoute, handler); */
export const pipelineReportRoute = createRoute({
  method: "get",
  path: "/v1/reports/pipeline",
  operationId: "getPipelineReport",
  summary: "Origination pipeline",
  description:
    "The applications now: count and requested amount by stage (state), the age of those in each stage and the dwell of every visit (p50/p90), SLA breaches (each stay against the hours `origination.stageSlaHours` gave its state in the product version current when the stay began), the conversion funnel (submitted → approved → accepted → funded) with the pull-through rate, the bottleneck (the open stage with the highest median dwell) and the expected closing dates. Filter by product, assignee and creation time.",
  tags: ["Reports"],
  security: [{ bearerAuth: [] }],
  middleware: requireScope("reports:read"),
  request: { query: pipelineQuerySchema },
  responses: {
    200: { description: "The report", content: { "application/json": { schema: pipelineReportSchema } } },
    ...problemResponses(),
  },
});
