import type { WebhookEndpointRow } from "../db/schema/index.js";
import { decodeEventTypes } from "./stored.js";

/**
 * An endpoint as the API renders it: never its secrets.
 *
 * @example
 * c.json(toEndpointBody(row), 200);
 */
export function toEndpointBody(row: WebhookEndpointRow) {
  return {
    id: row.id,
    object: "webhook_endpoint" as const,
    url: row.url,
    eventTypes: decodeEventTypes(row),
    description: row.description,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
