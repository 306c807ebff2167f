import { sql } from "drizzle-orm";
import { outsideAmbientTransaction } from "../db/ambient.js";
import { appendAuditsOfChanges, type ChangeContext } from "../db/audit.js";
import { compiledSql } from "../db/compiled-statement.js";
import { GroupCommitter } from "../db/group-commit.js";
import { idempotencyKeys, loanCheckpoints, loanEvents, loans } from "../db/schema/index.js";
import type { Db, Executor } from "../db/types.js";
import { isDatabaseUnavailable } from "../db/unavailable.js";
import { type NewEvent, recordEventsOfChanges } from "../events/record.js";
import { TENANT_ROLE } from "../http/tenant-scope.js";
import { CHECKPOINT_KEY, type PlannedChange } from "./append-event.js";
import { type FoundWithSettings, findManyWithTenantSettings } from "./checkpoint-store.js";

/** The idempotency key a change settles, with the response it stores (the request's answer). */
export interface SettledKey {
  readonly key: string;
  readonly operation: string;
  readonly requestHash: string;
  readonly responseStatus: number;
  readonly responseBody: string;
  readonly responseContentType: string;
}

/** One request's loan change, planned on the loan at `plan.change.row.version - 1`, waiting to be stored. */
export interface ChangeToCommit {
  readonly context: ChangeContext;
  readonly plan: PlannedChange;
  readonly key: SettledKey;
  /** The partner event the change records (`loan.payment_posted`, its data the response body). */
  readonly event: NewEvent;
}

/**
 * What became of a change: `committed` (stored with its key, event and audit record), `stale` (the loan moved on
 * after it was planned: plan it again) or `key_taken` (its idempotency key was settled first: replay it).
 */
export type CommitOutcome = "committed" | "stale" | "key_taken";

/** Changes per transaction: enough to share a commit widely, few enough to keep the batch's statements small. */
const MAX_BATCH = 64;

/**
 * The group commit of loan changes (`LENDSTACK_GROUP_COMMIT=on`): requests plan their change on the loan as read,
 * without a lock, and the changes that queue while a tenant's previous commit runs are stored together. Each
 * batch is one transaction of seven statements whatever its size: the tenant scope, the loans locked (in id
 * order, as every batch locks them, so batches never deadlock), the keys claimed, the events, checkpoints and
 * loan rows in one statement, the partner events, and the audit chain. A change whose loan moved on since it
 * was read stores nothing and is planned again; a change whose key was taken stores nothing and is replayed.
 * So each change commits exactly as {@link appendLoanEvent} would have stored it, with its key's outcome in the
 * same transaction, or not at all.
 *
 * The loans are read the same way: the reads that queue while a tenant's previous read runs are one statement.
 *
 * @example
 * const groups = loanChangeGroups(database.db);
 * const found = await groups.reads.submit(tenantId, loanId);
 * const outcome = await groups.commits.submit(tenantId, change);
 */
export function loanChangeGroups(db: Db, maxInFlight = 4): LoanChangeGroups {
  return {
    reads: new GroupCommitter({
      maxBatch: MAX_BATCH,
      maxInFlight,
      commit: (tenantId, loanIds) =>
        outsideAmbientTransaction(() => findManyWithTenantSettings(db, tenantId, loanIds, CHECKPOINT_KEY)),
      // One statement for the batch: reading each loan alone would fail the same way.
      failsEveryItem: () => true,
    }),
    commits: new GroupCommitter({
      maxBatch: MAX_BATCH,
      maxInFlight,
      commit: (tenantId, changes) =>
        outsideAmbientTransaction(() => db.transaction((tx) => commitChanges(tx, tenantId, changes))),
      failsEveryItem: isDatabaseUnavailable,
    }),
  };
}

/** The group commit's two batchers (by tenant): loans read together, changes committed together. */
export interface LoanChangeGroups {
  /** A loan id in, the loan as first read (with the tenant's settings) or undefined out. */
  readonly reads: GroupCommitter<string, FoundWithSettings | undefined>;
  readonly commits: GroupCommitter<ChangeToCommit, CommitOutcome>;
}

async function commitChanges(
  tx: Executor,
  tenantId: string,
  changes: ReadonlyArray<ChangeToCommit>,
): Promise<CommitOutcome[]> {
  await openScope.run(tx, { tenantId });
  const loanIds = [...new Set(changes.map((change) => change.plan.eventRow.loanId))].sort();
  const locked = await lockLoans.run(tx, { tenantId, ids: JSON.stringify(loanIds) });
  const versions = new Map(locked.map((row) => [row.id, row.version]));
  const outcomes: CommitOutcome[] = changes.map(() => "stale");
  const current = currentChanges(changes, versions);
  const claimed = await claimKeys(tx, tenantId, changes, current);
  const stored: ChangeToCommit[] = [];
  for (const index of current) {
    const change = changes[index]!;
    outcomes[index] = claimed.has(change) ? "committed" : "key_taken";
    if (claimed.has(change)) stored.push(change);
  }
  if (stored.length === 0) return outcomes;
  for (const change of stored) await change.context.faults?.("after_claim");
  await writeChanges.run(tx, { tenantId, rows: changeRowsJson(stored) });
  for (const change of stored) await change.context.faults?.("after_event_insert");
  await recordEventsOfChanges(
    tx,
    tenantId,
    stored.map((change) => ({ context: change.context, event: change.event })),
  );
  await appendAuditsOfChanges(
    tx,
    tenantId,
    stored.map((change) => ({ context: change.context, entry: change.plan.audit })),
  );
  return outcomes;
}

/** The changes planned on their loan's locked version, the first of each loan only (the others are stale now). */
function currentChanges(changes: ReadonlyArray<ChangeToCommit>, versions: ReadonlyMap<string, number>): number[] {
  const moved = new Set<string>();
  const current: number[] = [];
  changes.forEach((change, index) => {
    const loanId = change.plan.eventRow.loanId;
    if (moved.has(loanId) || versions.get(loanId) !== change.plan.change.row.version - 1) return;
    moved.add(loanId);
    current.push(index);
  });
  return current;
}

/**
 * Claims the keys of the `current` changes, settled at once with their responses: the change commits with its
 * key's outcome or neither does. A key already stored (or repeated in the batch: its first change has it) is
 * not claimed. Answers the changes whose key was claimed.
 */
async function claimKeys(
  tx: Executor,
  tenantId: string,
  changes: ReadonlyArray<ChangeToCommit>,
  current: ReadonlyArray<number>,
): Promise<Set<ChangeToCommit>> {
  const byKey = new Map<string, ChangeToCommit>();
  for (const index of current) {
    const change = changes[index]!;
    if (!byKey.has(change.key.key)) byKey.set(change.key.key, change);
  }
  if (byKey.size === 0) return new Set();
  const rows = JSON.stringify(
    [...byKey.values()].map(({ key, context }) => ({
      key: key.key,
      op: key.operation,
      hash: key.requestHash,
      status: key.responseStatus,
      body: key.responseBody,
      type: key.responseContentType,
      at: context.now.toISOString(),
    })),
  );
  const claimed = await insertKeys.run(tx, { tenantId, rows });
  return new Set(claimed.map((row) => byKey.get(row.key)!));
}

/** The event, loan and checkpoint columns of each stored change, as one jsonb parameter. */
function changeRowsJson(changes: ReadonlyArray<ChangeToCommit>): string {
  return JSON.stringify(
    changes.map(({ plan }) => ({
      loan: plan.eventRow.loanId,
      seq: plan.eventRow.sequence,
      eid: plan.eventRow.eventId,
      type: plan.eventRow.type,
      day: plan.eventRow.effectiveDate,
      payload: plan.eventRow.payload,
      rev: plan.eventRow.reversesEventId,
      at: plan.eventRow.recordedAt.toISOString(),
      by: plan.eventRow.recordedBy,
      version: plan.loanColumns.version,
      status: plan.loanColumns.status,
      updated: plan.loanColumns.updatedAt.toISOString(),
      cpv: plan.checkpoint?.eventsVersion ?? null,
      cpf: plan.checkpoint?.format ?? null,
      cps: plan.checkpoint?.state ?? null,
    })),
  );
}

const openScope = compiledSql<{ tenantId: string }>(
  (value) =>
    sql`select set_config('app.tenant_id', ${value("tenantId")}, true), set_config('role', ${TENANT_ROLE}, true)`,
);

const lockLoans = compiledSql<{ tenantId: string; ids: string }, { id: string; version: number }>(
  (value) => sql`select id, version from ${loans}
    where tenant_id = ${value("tenantId")} and id = any(array(select jsonb_array_elements_text(${value("ids")}::jsonb)))
    order by id for update`,
);

const insertKeys = compiledSql<{ tenantId: string; rows: string }, { key: string }>(
  (value) => sql`insert into ${idempotencyKeys} (tenant_id, key, operation, request_hash, state, response_status,
      response_body, response_content_type, created_at, completed_at)
    select ${value("tenantId")}, key, op, hash, 'completed', status, body, type, at, at
    from jsonb_to_recordset(${value("rows")}::jsonb) as r(key text, op text, hash text, status integer, body text,
      type text, at timestamptz)
    on conflict do nothing returning key`,
);

const writeChanges = compiledSql<{ tenantId: string; rows: string }>(
  (value) => sql`with input as (
      select * from jsonb_to_recordset(${value("rows")}::jsonb) as r(loan text, seq integer, eid text, type text,
        day date, payload jsonb, rev text, at timestamptz, by text, version integer, status text,
        updated timestamptz, cpv integer, cpf text, cps text)),
    appended as (
      insert into ${loanEvents} (tenant_id, loan_id, sequence, event_id, type, effective_date, payload,
        reverses_event_id, recorded_at, recorded_by)
      select ${value("tenantId")}, loan, seq, eid, type, day, payload, rev, at, by from input returning 1),
    saved as (
      insert into ${loanCheckpoints} (tenant_id, loan_id, events_version, format, state)
      select ${value("tenantId")}, loan, cpv, cpf, cps from input where cps is not null
      on conflict (tenant_id, loan_id) do update set events_version = excluded.events_version,
        format = excluded.format, state = excluded.state
      returning 1)
    update ${loans} set version = input.version, status = input.status, updated_at = input.updated
    from input where ${loans}.tenant_id = ${value("tenantId")} and ${loans}.id = input.loan`,
);
