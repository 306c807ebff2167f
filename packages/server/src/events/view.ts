import { z } from "zod";
import { decodeStored } from "../db/corrupt-record.js";
import type { EventRow } from "../db/schema/index.js";
import { eventTypeSchema } from "./catalog.js";

/** An event's `data`: the resource as the API rendered it, a JSON object. */
const storedEventDataSchema = z.record(z.string(), z.unknown());

/**
 * An event as the API renders it.
 *
 * @example
 * c.json(toEventBody(row), 200);
 */
export function toEventBody(row: EventRow) {
  const { tenantId: _tenant, createdAt, type, data, ...rest } = row;
  // Decoded, not cast: a stored type outside the catalog is corrupt data, an error rather than a wrong answer.
  const at = (column: string) => ({ table: "events", id: row.id, column });
  return {
    ...rest,
    object: "event" as const,
    type: decodeStored(eventTypeSchema, type, at("type")),
    createdAt: createdAt.toISOString(),
    data: decodeStored(storedEventDataSchema, data, at("data")),
  };
}
