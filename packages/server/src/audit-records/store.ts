import { and, asc, eq, gt, isNotNull } from "drizzle-orm";
import type { ChainHead, StoredChainRecord } from "../db/audit-chain.js";
import type { Executor } from "../db/database.js";
import { equalTo, inRange, type Range } from "../db/filters.js";
import { type AuditRecordRow, auditHeads, auditRecords } from "../db/schema/index.js";

/** Filters and position of one page of `GET /v1/audit-records`. @example listAuditRecords(db, "acme", { take: 21 }) */
export interface AuditRecordQuery {
  readonly resourceType?: string | undefined;
  readonly resourceId?: string | undefined;
  readonly action?: string | undefined;
  readonly occurredAt?: Range<Date> | undefined;
  readonly after?: string | undefined;
  readonly take: number;
}

/**
 * One tenant's audit records matching the query, oldest id first.
 *
 * @example
 * const rows = await listAuditRecords(db, tenantId, { action: "product.created", take: 21 });
 */
export function listAuditRecords(executor: Executor, tenantId: string, query: AuditRecordQuery) {
  const conditions = [
    eq(auditRecords.tenantId, tenantId),
    ...equalTo(auditRecords.resourceType, query.resourceType),
    ...equalTo(auditRecords.resourceId, query.resourceId),
    ...equalTo(auditRecords.action, query.action),
    ...inRange(auditRecords.occurredAt, query.occurredAt),
    ...(query.after === undefined ? [] : [gt(auditRecords.id, query.after)]),
  ];
  return executor
    .select()
    .from(auditRecords)
    .where(and(...conditions))
    .orderBy(asc(auditRecords.id))
    .limit(query.take);
}

/** Every tenant that has chained audit records or a chain head, sorted. @example await chainedTenants(db) // ["acme"] */
export async function chainedTenants(executor: Executor): Promise<string[]> {
  const rows = await executor
    .selectDistinct({ tenantId: auditRecords.tenantId })
    .from(auditRecords)
    .where(isNotNull(auditRecords.sequence));
  const heads = await executor.select({ tenantId: auditHeads.tenantId }).from(auditHeads);
  return [...new Set([...rows, ...heads].map((row) => row.tenantId))].sort();
}

/**
 * The anchor of a tenant's chain (its newest record's sequence and hash), if it has one.
 *
 * @example
 * verifyChain(await readChain(db, "acme"), await readChainHead(db, "acme"));
 */
export async function readChainHead(executor: Executor, tenantId: string): Promise<ChainHead | undefined> {
  const [head] = await executor
    .select({ tenantId: auditHeads.tenantId, sequence: auditHeads.sequence, hash: auditHeads.hash })
    .from(auditHeads)
    .where(eq(auditHeads.tenantId, tenantId));
  return head;
}

/**
 * A tenant's chained records in chain order (records from before the chain existed are left out).
 *
 * @example
 * verifyChain(await readChain(db, "acme"), await readChainHead(db, "acme"));
 */
export async function readChain(executor: Executor, tenantId: string): Promise<StoredChainRecord[]> {
  const rows = await executor
    .select()
    .from(auditRecords)
    .where(and(eq(auditRecords.tenantId, tenantId), isNotNull(auditRecords.sequence)))
    .orderBy(asc(auditRecords.sequence));
  return rows.map(toChainRecord);
}

function toChainRecord(row: AuditRecordRow): StoredChainRecord {
  return { ...row, sequence: row.sequence ?? 0, previousHash: row.previousHash ?? "", hash: row.hash ?? "" };
}
