import { createRoute, type z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { problemResponses } from "../http/responses.js";
import {
  createdEndpointSchema,
  createEndpointSchema,
  deletedEndpointSchema,
  deliveryFilters,
  deliverySchema,
  endpointPathSchema,
  endpointSchema,
  replayResultSchema,
  replaySchema,
  secretRotationSchema,
  updateEndpointSchema,
} from "./schemas.js";

const tags = ["Webhook endpoints"];
const security = [{ bearerAuth: [] }];
const read = requireScope("webhooks:read");
const write = requireScope("webhooks:write");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { "application/json": { schema } } });

/** `POST /v1/webhook-endpoints`. @example router.openapi(createEndpointRoute, handler); */
export const createEndpointRoute = createRoute({
  method: "post",
  path: "/v1/webhook-endpoints",
  operationId: "createWebhookEndpoint",
  summary: "Create a webhook endpoint",
  description:
    "Subscribes a URL to event types. The answer carries the endpoint's signing secret, once. Deliveries follow the Standard Webhooks specification: `webhook-id`, `webhook-timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 over `id.timestamp.body`).",
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, body: body(createEndpointSchema) },
  responses: { 201: json(createdEndpointSchema, "The endpoint and its secret"), ...problemResponses(413, 415) },
});

/** `GET /v1/webhook-endpoints`. @example listRoute(router, listEndpointsDefinition, idOrder("we"), fetchPage); */
export const listEndpointsDefinition = {
  path: "/v1/webhook-endpoints",
  operationId: "listWebhookEndpoints",
  summary: "List webhook endpoints",
  description: "The tenant's webhook endpoints (without their secrets).",
  tag: "Webhook endpoints",
  middleware: read,
  filters: {},
  item: endpointSchema,
  pageName: "WebhookEndpointPage",
};

/** `GET /v1/webhook-endpoints/{endpointId}`. @example router.openapi(getEndpointRoute, handler); */
export const getEndpointRoute = createRoute({
  method: "get",
  path: "/v1/webhook-endpoints/{endpointId}",
  operationId: "getWebhookEndpoint",
  summary: "Get a webhook endpoint",
  description: "One endpoint (without its secrets).",
  tags,
  security,
  middleware: read,
  request: { params: endpointPathSchema },
  responses: { 200: json(endpointSchema, "The endpoint"), ...problemResponses(404) },
});

/** `PATCH /v1/webhook-endpoints/{endpointId}`. @example router.openapi(updateEndpointRoute, handler); */
export const updateEndpointRoute = createRoute({
  method: "patch",
  path: "/v1/webhook-endpoints/{endpointId}",
  operationId: "updateWebhookEndpoint",
  summary: "Update a webhook endpoint",
  description:
    "Changes the fields given. Enabling an endpoint that Lendstack disabled clears `disabledReason`; deliveries resume with new events.",
  tags,
  security,
  middleware: write,
  request: { params: endpointPathSchema, body: body(updateEndpointSchema) },
  responses: { 200: json(endpointSchema, "The endpoint after the change"), ...problemResponses(404, 413, 415) },
});

/** `DELETE /v1/webhook-endpoints/{endpointId}`. @example router.openapi(deleteEndpointRoute, handler); */
export const deleteEndpointRoute = createRoute({
  method: "delete",
  path: "/v1/webhook-endpoints/{endpointId}",
  operationId: "deleteWebhookEndpoint",
  summary: "Delete a webhook endpoint",
  description: "Deletes the endpoint; its pending deliveries are dropped.",
  tags,
  security,
  middleware: write,
  request: { params: endpointPathSchema },
  responses: { 200: json(deletedEndpointSchema, "The endpoint is gone"), ...problemResponses(404) },
});

/** `POST /v1/webhook-endpoints/{endpointId}/secret-rotations`. @example router.openapi(rotateSecretRoute, handler); */
export const rotateSecretRoute = createRoute({
  method: "post",
  path: "/v1/webhook-endpoints/{endpointId}/secret-rotations",
  operationId: "rotateWebhookSecret",
  summary: "Rotate an endpoint's signing secret",
  description:
    "Makes a new secret (shown once). The previous one stays valid for 24 hours: meanwhile every delivery carries a signature with each, so receivers can switch without missing one.",
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, params: endpointPathSchema },
  responses: { 201: json(secretRotationSchema, "The new secret"), ...problemResponses(404) },
});

/** `GET /v1/webhook-endpoints/{endpointId}/deliveries`. @example listRoute(router, listDeliveriesDefinition, …); */
export const listDeliveriesDefinition = {
  path: "/v1/webhook-endpoints/{endpointId}/deliveries",
  operationId: "listWebhookDeliveries",
  summary: "List an endpoint's deliveries",
  description:
    "Each event sent (or being sent) to the endpoint, with every attempt: status code, latency and the start of the answer.",
  tag: "Webhook endpoints",
  middleware: read,
  params: endpointPathSchema,
  filters: deliveryFilters,
  item: deliverySchema,
  pageName: "WebhookDeliveryPage",
};

/** `POST /v1/webhook-endpoints/{endpointId}/replays`. @example router.openapi(replayRoute, handler); */
export const replayRoute = createRoute({
  method: "post",
  path: "/v1/webhook-endpoints/{endpointId}/replays",
  operationId: "replayWebhookEvents",
  summary: "Send events to an endpoint again",
  description:
    "Queues a new delivery of one event, or of every event created in a time range that the endpoint subscribes to. Receivers de-duplicate on the event id in the body.",
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, params: endpointPathSchema, body: body(replaySchema) },
  responses: { 202: json(replayResultSchema, "The deliveries queued"), ...problemResponses(404, 413, 415) },
});
