import { z } from "zod";
import { decodeStored } from "../db/corrupt-record.js";
import type { WebhookEndpointRow } from "../db/schema/index.js";

// The jsonb columns of an endpoint as they are written (index.ts, store.ts): read back through these, so
// a row altered outside the API is a `CorruptRecordError` (500 `corrupt_record`), never a delivery
// signed with a wrong secret or sent for the wrong event types.

const instant = z.iso.datetime({ offset: true });

/** The signing secrets: the current one (no `expiresAt`) first, rotated-out ones after. */
export const storedSecretsSchema = z
  .array(z.object({ secret: z.string().min(1), createdAt: instant, expiresAt: instant.nullable() }))
  .min(1);

/** Event types, `loan.*` prefixes or `*`. */
export const storedEventTypesSchema = z.array(z.string().min(1).max(64)).min(1);

/**
 * An endpoint row with its secrets and event types decoded; throws `CorruptRecordError` when either is corrupt.
 *
 * @example
 * const endpoint = decodeEndpoint(row);
 */
export function decodeEndpoint<Row extends Pick<WebhookEndpointRow, "id" | "secrets" | "eventTypes">>(row: Row): Row {
  const at = (column: string) => ({ table: "webhook_endpoints", id: row.id, column });
  return {
    ...row,
    secrets: decodeStored(storedSecretsSchema, row.secrets, at("secrets")),
    eventTypes: decodeStored(storedEventTypesSchema, row.eventTypes, at("eventTypes")),
  };
}

/**
 * Just the event types of an endpoint (what recording an event reads for every change).
 *
 * @example
 * endpoints.map((row) => decodeEventTypes(row));
 */
export function decodeEventTypes(row: Pick<WebhookEndpointRow, "id" | "eventTypes">): string[] {
  return decodeStored(storedEventTypesSchema, row.eventTypes, {
    table: "webhook_endpoints",
    id: row.id,
    column: "eventTypes",
  });
}
