import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";
import type { FaultHook } from "../http/faults.js";
import type { IdGenerator } from "../ids.js";
import { runBeforeCommit } from "./ambient.js";
import { type ChainedFields, GENESIS_HASH, hashAuditRecord, hashedTextAround } from "./audit-chain.js";
import { compiledSql } from "./compiled-statement.js";
import type { Executor } from "./database.js";
import { rowsOf } from "./rows.js";
import { auditHeads, auditRecords } from "./schema/index.js";
/** Who is changing what: everything an audit record needs besides the change itself. @example changeContext(c, deps) */
export interface ChangeContext {
  readonly tenantId: string;
  /** The token subject. */
  readonly actor: string;
  readonly requestId: string;
  readonly now: Date;
  readonly ids: IdGenerator;
  /** The tenant's business date now (its settings, or a sandbox's test clock); the UTC date of `now` when absent. */
  readonly businessDate?: string | undefined;
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
 * Writes one audit record, the next link of its tenant's hash chain. Call it with the transaction that
 * makes the change, so both commit or neither (given the database itself, it opens its own).
 *
 * The tenant's `audit_heads` row (the chain's anchor) is set to the new record's sequence and hash in the
 * same transaction.
 *
 * The anchor's row lock (an advisory lock on the tenant before its first record) serializes appends: a
 * concurrent writer of the same tenant waits until this transaction ends, then reads this record as the
 * chain's last. In a request's transaction (`runInAmbientTransaction`) the record is appended when the
 * request's work is done, just before the commit, so the lock is held for the shortest time. The unique (tenant, sequence) index refuses a fork even if something bypassed the lock.
 *
 * @example
 * await db.transaction(async (tx) => {
 *   await tx.insert(products).values(row);
 *   await writeAudit(tx, context, { action: "product.created", resourceType: "product", resourceId: row.id });
 * });
 */
export async function writeAudit(executor: Executor, context: ChangeContext, entry: AuditEntry): Promise<void> {
  await writeAudits(executor, context, [entry]);
}

/**
 * Writes several audit records of one change (a close's batch of queue moves) as consecutive links of the
 * tenant's chain, in the list's order: one statement locks and reads the chain's end, one inserts the
 * records and moves the anchor, whatever their number. The records and the anchor commit with the caller's transaction.
 *
 * @example
 * await writeAudits(tx, context, moves.map((move) => ({ action: "collections.queue_entered", resourceType: "loan", resourceId: move.loanId })));
 */
export async function writeAudits(
  executor: Executor,
  context: ChangeContext,
  entries: ReadonlyArray<AuditEntry>,
): Promise<void> {
  if (entries.length === 0) return;
  if (deferToCommit(executor, context, entries)) return;
  await appendNow(executor, context, entries);
}

/** A request's audit entries not yet written, in order, grouped by the context they came with. */
const deferred = new WeakMap<object, Array<{ context: ChangeContext; entries: AuditEntry[] }>>();

/**
 * In a request's transaction, the records are appended just before it commits: the tenant's chain anchor is
 * locked from the append to the commit, so every change of the tenant waits for it, and written where the
 * change is made the lock was held across the rest of the request (its response, its outbox event and its
 * idempotency outcome: three more round trips). With 32 payments in flight on one tenant, 7 of the 10
 * pooled connections were waiting for that lock at any moment.
 */
function deferToCommit(executor: Executor, context: ChangeContext, entries: ReadonlyArray<AuditEntry>): boolean {
  // The details as they are now: the caller may change its objects before the records are written.
  const taken = entries.map((entry) => ({ ...entry, details: JSON.parse(JSON.stringify(entry.details ?? {})) }));
  const pending = deferred.get(executor);
  if (pending !== undefined) {
    const last = pending.at(-1);
    if (last?.context === context) last.entries.push(...taken);
    else pending.push({ context, entries: taken });
    return true;
  }
  const groups = [{ context, entries: taken }];
  const flush = async () => {
    deferred.delete(executor);
    for (const group of groups) await appendNow(executor, group.context, group.entries);
  };
  if (!runBeforeCommit(executor, flush)) return false;
  deferred.set(executor, groups);
  return true;
}

async function appendNow(executor: Executor, context: ChangeContext, entries: ReadonlyArray<AuditEntry>) {
  if (executor instanceof PgTransaction) {
    if (entries.length === 1 && (await appendOneAudit(executor, context, entries[0]!))) return;
    return appendAudits(executor, context, entries);
  }
  await executor.transaction((tx) => appendAudits(tx, context, entries));
}

/** Records per insert statement (one jsonb parameter): a close's batch in one, a huge list in parts. */
const RECORDS_PER_STATEMENT = 1_000;

/**
 * The chain's last link, locked for this transaction. Once the tenant has an anchor, locking its row is
 * the lock: `SELECT … FOR UPDATE` waits for a concurrent appender's commit and then returns the row as it
 * committed it, so one statement both serializes and reads. A tenant without an anchor yet (its first
 * record) takes a transaction-scoped advisory lock and reads its newest record instead; two such first
 * writers wait for each other there.
 */
async function lockChainEnd(tx: Executor, tenantId: string): Promise<{ sequence: number; hash: string } | undefined> {
  const lockHead = async () => {
    const [head] = rowsOf<{ sequence: number | string | bigint; hash: string }>(
      await tx.execute(sql`select sequence, hash from ${auditHeads} where tenant_id = ${tenantId} for update`),
    );
    return head === undefined ? undefined : { sequence: Number(head.sequence), hash: head.hash };
  };
  const head = await lockHead();
  if (head !== undefined) return head;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`lendstack:audit:${tenantId}`}))`);
  // The first writer may have committed the anchor while this one waited: then later writers lock the anchor,
  // not the advisory lock, and this one must too, or two records would take the same position.
  const created = await lockHead();
  if (created !== undefined) return created;
  const [last] = await tx
    .select({ sequence: auditRecords.sequence, hash: auditRecords.hash })
    .from(auditRecords)
    .where(and(eq(auditRecords.tenantId, tenantId), isNotNull(auditRecords.sequence)))
    .orderBy(desc(auditRecords.sequence))
    .limit(1);
  return last?.sequence == null || last.hash == null ? undefined : { sequence: last.sequence, hash: last.hash };
}

async function appendAudits(tx: Executor, context: ChangeContext, entries: ReadonlyArray<AuditEntry>): Promise<void> {
  await appendAuditsOfChanges(
    tx,
    context.tenantId,
    entries.map((entry) => ({ context, entry })),
  );
}

/**
 * Appends the audit records of several changes of one tenant, each with its own context (actor, request,
 * instant): a group commit's payments. The same links, lock and anchor as {@link writeAudits}, in two
 * statements whatever their number. Call it in the transaction that makes the changes.
 *
 * @example await appendAuditsOfChanges(tx, tenantId, changes.map((change) => ({ context: change.context, entry: change.audit })));
 */
export async function appendAuditsOfChanges(
  tx: Executor,
  tenantId: string,
  changes: ReadonlyArray<{ readonly context: ChangeContext; readonly entry: AuditEntry }>,
): Promise<void> {
  if (changes.length === 0) return;
  const last = await lockChainEnd(tx, tenantId);
  let sequence = last?.sequence ?? 0;
  let previousHash = last?.hash ?? GENESIS_HASH;
  const records = changes.map(({ context, entry }) => {
    sequence += 1;
    const fields = {
      tenantId,
      id: context.ids.next("aud"),
      sequence,
      actor: context.actor,
      action: entry.action,
      resourceType: entry.resourceType,
      resourceId: entry.resourceId,
      requestId: context.requestId,
      occurredAt: context.now,
      // What jsonb will hand back (undefined dropped, dates as strings), so the hash verifies on reading.
      details: JSON.parse(JSON.stringify(entry.details ?? {})) as Record<string, unknown>,
      previousHash,
    };
    previousHash = hashAuditRecord(fields);
    return { ...fields, hash: previousHash };
  });
  const at = changes.at(-1)?.context.now ?? new Date();
  // All but the last chunk alone; the last with the anchor, which moves with the chain in the same
  // transaction (deleting the newest records is then detectable).
  let from = 0;
  for (; from + RECORDS_PER_STATEMENT < records.length; from += RECORDS_PER_STATEMENT) {
    await tx.execute(insertRecords(tenantId, records.slice(from, from + RECORDS_PER_STATEMENT)));
  }
  const head = { sequence, hash: previousHash, at: at.toISOString() };
  await tx.execute(sql`with record as (${insertRecords(tenantId, records.slice(from))} returning sequence)
    insert into ${auditHeads} (tenant_id, sequence, hash, updated_at)
    values (${tenantId}, ${head.sequence}, ${head.hash}, ${head.at}::timestamptz)
    on conflict (tenant_id) do update set sequence = excluded.sequence, hash = excluded.hash,
      updated_at = excluded.updated_at`);
}

/**
 * One record in one statement, once the tenant's chain has an anchor: the anchor's row is locked, the
 * record linked to it and hashed by the database (`sha256` over the text `hashAuditRecord` hashes, see
 * `hashedTextAround`), and the anchor moved to it. False when the tenant has no anchor yet (nothing written).
 */
async function appendOneAudit(tx: Executor, context: ChangeContext, entry: AuditEntry): Promise<boolean> {
  const fields = {
    tenantId: context.tenantId,
    id: context.ids.next("aud"),
    actor: context.actor,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId,
    requestId: context.requestId,
    occurredAt: context.now,
    details: JSON.parse(JSON.stringify(entry.details ?? {})) as Record<string, unknown>,
  };
  const { before, between } = hashedTextAround(fields);
  // Each value named, not `...fields`: a spread followed by new keys costs V8 about 1 µs a key.
  const moved = await appendOneRecord.run(tx, {
    tenantId: fields.tenantId,
    id: fields.id,
    actor: fields.actor,
    action: fields.action,
    resourceType: fields.resourceType,
    resourceId: fields.resourceId,
    requestId: fields.requestId,
    before,
    between,
    at: context.now.toISOString(),
    details: JSON.stringify(fields.details),
  });
  return moved.length === 1;
}

interface OneRecordValues {
  readonly tenantId: string;
  readonly id: string;
  readonly actor: string;
  readonly action: string;
  readonly resourceType: string;
  readonly resourceId: string;
  readonly requestId: string;
  /** The record's instant as ISO 8601 text, and its details as JSON text. */
  readonly at: string;
  readonly details: string;
  /** The hashed text before and after the sequence number (`hashedTextAround`). */
  readonly before: string;
  readonly between: string;
}

const appendOneRecord = compiledSql<OneRecordValues, { sequence: unknown }>(
  (value) => sql`with head as (
      select sequence + 1 as seq, hash as prev from ${auditHeads} where tenant_id = ${value("tenantId")} for update),
    link as (select seq, prev,
      encode(sha256(convert_to(${value("before")}::text || seq::text || ${value("between")}::text || prev || '"]', 'UTF8')), 'hex') as hash
      from head),
    record as (insert into ${auditRecords} (tenant_id, id, sequence, actor, action, resource_type, resource_id,
        request_id, occurred_at, details, previous_hash, hash)
      select ${value("tenantId")}, ${value("id")}, seq, ${value("actor")}, ${value("action")}, ${value("resourceType")},
        ${value("resourceId")}, ${value("requestId")}, ${value("at")}::timestamptz, ${value("details")}::jsonb, prev, hash
      from link returning sequence, hash)
    update ${auditHeads} set sequence = record.sequence, hash = record.hash, updated_at = ${value("at")}::timestamptz
    from record where ${auditHeads}.tenant_id = ${value("tenantId")} returning record.sequence`,
);

/**
 * The insert of chained records, the rows travelling as one jsonb parameter (the ORM's multi-row insert
 * cost about 75 µs of CPU a record to build, more than hashing it).
 */
function insertRecords(tenantId: string, records: ReadonlyArray<ChainedFields & { readonly hash: string }>) {
  const rows = JSON.stringify(
    records.map((record) => ({
      id: record.id,
      seq: record.sequence,
      actor: record.actor,
      action: record.action,
      rt: record.resourceType,
      rid: record.resourceId,
      req: record.requestId,
      at: record.occurredAt.toISOString(),
      details: record.details,
      prev: record.previousHash,
      hash: record.hash,
    })),
  );
  return sql`insert into ${auditRecords} (tenant_id, id, sequence, actor, action, resource_type, resource_id,
      request_id, occurred_at, details, previous_hash, hash)
    select ${tenantId}, id, seq, actor, action, rt, rid, req, at, details, prev, hash
    from jsonb_to_recordset(${rows}::jsonb) as r(id text, seq bigint, actor text, action text, rt text,
      rid text, req text, at timestamptz, details jsonb, prev text, hash text)`;
}
