import { z } from "zod";
import { decodeStored } from "../db/corrupt-record.js";
import type { AuditRecordRow } from "../db/schema/index.js";

/** What `writeAudit` stores in `details`: a JSON object. */
const storedDetailsSchema = z.record(z.string(), z.unknown());

/**
 * An audit record as the API renders it; `details` is decoded, so a corrupt row is an error, not a wrong answer.
 *
 * @example
 * rows.map(toAuditRecordBody);
 */
export function toAuditRecordBody(row: AuditRecordRow) {
  const { tenantId: _tenant, occurredAt, details, ...rest } = row;
  const at = { table: "audit_records", id: row.id, column: "details" };
  return { ...rest, details: decodeStored(storedDetailsSchema, details, at), occurredAt: occurredAt.toISOString() };
}
