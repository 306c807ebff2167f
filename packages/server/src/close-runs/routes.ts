import { createRoute } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { problemResponses } from "../http/responses.js";
import { closeRunFilters, closeRunPathSchema, closeRunSchema } from "./schemas.js";

const read = requireScope("close-runs:read");

/** `GET /v1/close-runs` (listCloseRuns). @example listRoute(router, listCloseRunsDefinition, idOrder("cr"), fetchPage); */
export const listCloseRunsDefinition = {
  path: "/v1/close-runs",
  operationId: "listCloseRuns",
  summary: "List close runs",
  description:
    "Each daily close of the tenant, one per business date (every worker closing that date shares it): what started it, loans closed, failed and pending, and the rate.",
  tag: "Close runs",
  middleware: read,
  filters: closeRunFilters,
  item: closeRunSchema,
  pageName: "CloseRunPage",
};

/** `GET /v1/close-runs/{closeRunId}` (getCloseRun). @example router.openapi(getCloseRunRoute, handler); */
export const getCloseRunRoute = createRoute({
  method: "get",
  path: "/v1/close-runs/{closeRunId}",
  operationId: "getCloseRun",
  summary: "Get a close run",
  description: "One daily close, with every loan it could not close and why.",
  tags: ["Close runs"],
  security: [{ bearerAuth: [] }],
  middleware: read,
  request: { params: closeRunPathSchema },
  responses: {
    200: { description: "The close run", content: { "application/json": { schema: closeRunSchema } } },
    ...problemResponses(404),
  },
});
