import { z } from "@hono/zod-openapi";
import { eventTypePatternSchema } from "../events/catalog.js";
import { idSchema } from "../http/id-schema.js";
import { instantRange } from "../http/list-filters.js";

/** Path of `/v1/webhook-endpoints/{endpointId}…`. @example request: { params: endpointPathSchema } */
export const endpointPathSchema = z.object({ endpointId: idSchema("we", { param: "endpointId" }) });

const url = z.string().min(1).max(2048).openapi({
  description: "Where deliveries are POSTed. `https` outside development; private addresses are refused unless allowed",
  example: "https://example.com/lendstack/webhooks",
});
const eventTypes = z
  .array(eventTypePatternSchema)
  .min(1)
  .max(64)
  .openapi({
    description: "Event types to deliver: exact types, prefixes such as `loan.*`, or `*`",
    example: ["loan.*"],
  });
const description = z.string().max(500).nullable().openapi({ description: "Your note about the endpoint" });

/** Body of `POST /v1/webhook-endpoints`. @example { url: "https://example.com/hooks", eventTypes: ["loan.*"] } */
export const createEndpointSchema = z
  .object({ url, eventTypes, description: description.optional(), enabled: z.boolean().default(true) })
  .strict()
  .openapi("WebhookEndpointCreate");

/** Body of `PATCH /v1/webhook-endpoints/{endpointId}`: only the fields given change. @example { enabled: false } */
export const updateEndpointSchema = z
  .object({
    url: url.optional(),
    eventTypes: eventTypes.optional(),
    description: description.optional(),
    enabled: z.boolean().optional(),
  })
  .strict()
  .refine((change) => Object.keys(change).length > 0, "give at least one field to change")
  .openapi({ minProperties: 1 })
  .openapi("WebhookEndpointUpdate");

/** An endpoint on the wire (never its secrets). @example const body: z.infer<typeof endpointSchema> = toEndpointBody(row); */
export const endpointSchema = z
  .object({
    id: z.string().openapi({ example: "we_01JGFJJZ0000000000000000AB" }),
    object: z.literal("webhook_endpoint"),
    url: z.string(),
    eventTypes: z.array(z.string()),
    description: z.string().nullable(),
    enabled: z.boolean(),
    disabledReason: z
      .string()
      .nullable()
      .openapi({ description: "Why Lendstack disabled the endpoint (deliveries failing for days); null otherwise" }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("WebhookEndpoint");

/** The endpoint as created: the only response that carries its signing secret. */
export const createdEndpointSchema = endpointSchema
  .extend({
    secret: z.string().openapi({
      description: "The signing secret (`whsec_…`). Shown once: store it now.",
      example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    }),
  })
  .openapi("WebhookEndpointWithSecret");

/** Answer of a secret rotation. */
export const secretRotationSchema = z
  .object({
    secret: z.string().openapi({ description: "The new signing secret, shown once" }),
    previousSecretExpiresAt: z
      .string()
      .openapi({ description: "Until then deliveries carry signatures with both the old and the new secret" }),
  })
  .openapi("WebhookSecretRotation");

/** Answer of `DELETE /v1/webhook-endpoints/{endpointId}`. */
export const deletedEndpointSchema = z
  .object({ id: z.string(), object: z.literal("webhook_endpoint"), deleted: z.literal(true) })
  .openapi("DeletedWebhookEndpoint");

/** Body of `POST …/replays`: one event, or every event created in a time range. @example { eventId: "evt_…" } */
export const replaySchema = z
  .object({
    eventId: idSchema("evt").optional(),
    createdFrom: z.iso.datetime({ offset: true }).max(40).optional().openapi({ description: "Inclusive" }),
    createdBefore: z.iso.datetime({ offset: true }).max(40).optional().openapi({ description: "Exclusive" }),
  })
  .strict()
  .refine(
    (body) => (body.eventId === undefined) !== (body.createdFrom === undefined && body.createdBefore === undefined),
    "give either eventId or a createdFrom/createdBefore range, not both",
  )
  .openapi("WebhookReplayRequest");

/** Answer of a replay. */
export const replayResultSchema = z
  .object({ deliveriesQueued: z.int().openapi({ description: "Subscribed events queued for delivery again" }) })
  .openapi("WebhookReplayResult");

/** Where a delivery stands. @example deliveryStatusSchema.parse(row.status) */
export const deliveryStatusSchema = z.enum(["pending", "succeeded", "dead"]).openapi("WebhookDeliveryStatus", {
  description: "pending: being tried; succeeded: a 2xx came; dead: retries exhausted",
});

/** One attempt at a delivery. */
const attemptSchema = z
  .object({
    attempt: z.int(),
    attemptedAt: z.string(),
    statusCode: z.int().nullable().openapi({ description: "Null when no HTTP answer came" }),
    latencyMs: z.int(),
    response: z.string().openapi({ description: "The first 1 KiB of the answer, or why there was none" }),
    succeeded: z.boolean(),
  })
  .openapi("WebhookAttempt");

/** A delivery with its attempts. */
export const deliverySchema = z
  .object({
    id: z.string().openapi({ example: "whd_01JGFJJZ0000000000000000AB" }),
    object: z.literal("webhook_delivery"),
    eventId: z
      .string()
      .openapi({ description: "Also the `webhook-id` header of every attempt, so receivers can de-duplicate" }),
    eventType: z.string(),
    status: deliveryStatusSchema,
    attempts: z.array(attemptSchema),
    nextAttemptAt: z.string().nullable().openapi({ description: "When the next attempt is due; null once settled" }),
    createdAt: z.string(),
  })
  .openapi("WebhookDelivery");

/** Filters of the deliveries list. */
export const deliveryFilters = {
  status: deliveryStatusSchema.optional(),
  ...instantRange("createdAt"),
};
