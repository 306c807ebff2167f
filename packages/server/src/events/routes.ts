import { createRoute } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { problemResponses } from "../http/responses.js";
import { eventFilters, eventPathSchema, eventSchema } from "./schemas.js";

const read = requireScope("events:read");

/** `GET /v1/events` (listEvents). @example listRoute(router, listEventsDefinition, idOrder("evt"), fetchPage); */
export const listEventsDefinition = {
  path: "/v1/events",
  operationId: "listEvents",
  summary: "List events",
  description:
    "Everything that happened in the tenant, each written in the same transaction as its change: reconcile webhook deliveries against it, or poll it. `type` takes an event type, a prefix such as `loan.*`, or `*`.",
  tag: "Events",
  middleware: read,
  filters: eventFilters,
  item: eventSchema,
  pageName: "EventPage",
};

/** `GET /v1/events/{eventId}` (getEvent). @example router.openapi(getEventRoute, handler); */
export const getEventRoute = createRoute({
  method: "get",
  path: "/v1/events/{eventId}",
  operationId: "getEvent",
  summary: "Get an event",
  description: "One event, as delivered to webhook endpoints.",
  tags: ["Events"],
  security: [{ bearerAuth: [] }],
  middleware: read,
  request: { params: eventPathSchema },
  responses: {
    200: { description: "The event", content: { "application/json": { schema: eventSchema } } },
    ...problemResponses(404),
  },
});
