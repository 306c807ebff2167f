import type { FaultHook } from "../http/faults.js";
import type { IdGenerator } from "../ids.js";
import type { Executor } from "./database.js";
import { auditRecords } from "./schema/index.js";

/** Who is changing what: everything an audit record needs besides the change itself. @example changeContext(c, deps) */
export interface ChangeContext {
  readonly tenantId: string;
  /** The token subject. */
  readonly actor: string;
  readonly requestId: string;
  readonly now: Date;
  readonly ids: IdGenerator;
  /** Test-only fault injection inside the change's transaction; unset in production. */
  readonly faults?: FaultHook;
}

/** The change being recorded. @example const entry: AuditEntry = { action: "product.archived", resourceType: "product", resourceId: id }; */
export interface AuditEntry {
  /** `<resource>.<past-tense verb>`, e.g. `product.created`. */
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly details?: Record<string, unknown>;
}

/**
 * Writes one audit record. Call it with the transaction that makes the change, so both commit or neither.
 *
 * @example
 * await db.transaction(async (tx) => {
 *   await tx.insert(products).values(row);
 *   await writeAudit(tx, context, { action: "product.created", resourceType: "product", resourceId: row.id });
 * });
 */
export async function writeAudit(tx: Executor, context: ChangeContext, entry: AuditEntry): Promise<void> {
  await tx.insert(auditRecords).values({
    tenantId: context.tenantId,
    id: context.ids.next("aud"),
    actor: context.actor,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId,
    requestId: context.requestId,
    occurredAt: context.now,
    details: entry.details ?? {},
  });
}
