import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";
import { dateRange, instantRange } from "../http/list-filters.js";
import { eventTypePatternSchema, eventTypeSchema } from "./catalog.js";

/** Path of `GET /v1/events/{eventId}`. @example request: { params: eventPathSchema } */
export const eventPathSchema = z.object({ eventId: idSchema("evt", { param: "eventId" }) });

/** Filters of `GET /v1/events`. @example filters: eventFilters */
export const eventFilters = {
  type: eventTypePatternSchema.optional(),
  resourceId: z.string().min(1).max(64).optional().openapi({ description: "Only events about this resource" }),
  ...instantRange("createdAt"),
  ...dateRange("businessDate"),
};

/** An event on the wire. @example const body: z.infer<typeof eventSchema> = toEventBody(row); */
export const eventSchema = z
  .object({
    id: z.string().openapi({ example: "evt_01JGFJJZ0000000000000000AB" }),
    object: z.literal("event"),
    type: eventTypeSchema,
    createdAt: z.string().openapi({ description: "When the change committed (ISO 8601, UTC)" }),
    businessDate: z
      .string()
      .openapi({ description: "The tenant's business date of the change", example: "2026-03-31" }),
    resourceType: z.string().openapi({ example: "loan" }),
    resourceId: z.string(),
    requestId: z
      .string()
      .nullable()
      .openapi({ description: "The request that made the change; null for background work such as the daily close" }),
    data: z
      .record(z.string(), z.unknown())
      .openapi({ description: "The resource as the API rendered it right after the change" }),
  })
  .openapi("Event");
