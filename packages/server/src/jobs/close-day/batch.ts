import type { LocalDate } from "@lendstack/core/calendar";
import { fail, ok } from "@lendstack/core/errors";
import { summarizeLoan } from "@lendstack/core/reporting";
import { type Loan, type LoanEvent, type LoanState, replay, replayToCheckpoint } from "@lendstack/core/servicing";
import { isStatementDate } from "@lendstack/core/statements";
import { sql } from "drizzle-orm";
import { CorruptRecordError } from "../../db/corrupt-record.js";
import type { Db, Executor } from "../../db/database.js";
import { rowsOf } from "../../db/rows.js";
import { type LoanRow, type LoanSnapshotRow, loanEvents, loanSnapshots } from "../../db/schema/index.js";
import { type NewEvent, recordEvents } from "../../events/record.js";
import type { IdGenerator } from "../../ids.js";
import { CHECKPOINT_MIN_EVENTS } from "../../loans/append-event.js";
import { decodeLoan, rowToEvent, type StoredEventColumns } from "../../loans/codec.js";
import { type ClosedLoan, issueStatements } from "../../statements/issue.js";
import { continuedState, type NewCheckpoint, storeCheckpoints, storedCheckpoints } from "./checkpoints.js";
import { claimQuery } from "./claims.js";
import { type CloseHistory, closeEventsOf, closeHistory } from "./record-close-events.js";
import { type JoinedRun, recordCloseBatch } from "./runs.js";

/** A loan the close could not replay (its stored history is refused by core); it keeps no snapshot. @example failure.code */
export interface CloseDayFailure {
  readonly tenantId: string;
  readonly loanId: string;
  readonly code: string;
  readonly message: string;
}

/** One batch's work: which tenant and date, how many loans, and after which id. */
export interface BatchRequest {
  readonly tenantId: string;
  readonly businessDate: LocalDate;
  readonly batchSize: number;
  readonly afterId: string;
  readonly now: Date;
  /** Loans that failed earlier in this run (not retried). */
  readonly skip: ReadonlySet<string>;
  /** Ids for the events the close records. */
  readonly ids: IdGenerator;
  /** The close run this batch counts in, updated in the batch's own transaction. */
  readonly run?: JoinedRun | undefined;
}

/** What one batch did. @example outcome.written */
export interface BatchOutcome {
  readonly claimed: number;
  readonly lastId: string;
  readonly written: number;
  readonly failures: CloseDayFailure[];
}

/** The snapshot row of a loan's state for the date. */
function snapshotRow(row: LoanRow, state: LoanState, date: LocalDate, now: Date): LoanSnapshotRow {
  const summary = summarizeLoan(row.id, state);
  return {
    tenantId: row.tenantId,
    loanId: row.id,
    asOfDate: date,
    eventsVersion: row.version,
    status: summary.status,
    daysPastDue: summary.daysPastDue,
    delinquencyBucket: state.delinquencyBucket,
    isNonPerforming: summary.isNonPerforming,
    currency: summary.currency,
    principalMinor: summary.principalMinor,
    interestMinor: summary.interestMinor,
    feesMinor: summary.feesMinor,
    penaltiesMinor: summary.penaltiesMinor,
    accruedInterestMinor: summary.accruedInterestMinor,
    computedAt: now,
  };
}

/** Rows per insert statement: one jsonb parameter each, kept to a size PostgreSQL parses quickly. */
const rowsPerStatement = 1_000;

async function upsertSnapshots(tx: Executor, snapshots: ReadonlyArray<LoanSnapshotRow>) {
  for (let from = 0; from < snapshots.length; from += rowsPerStatement) {
    await upsertSnapshotRows(tx, snapshots.slice(from, from + rowsPerStatement));
  }
}

/**
 * One upsert for a batch's snapshots, the rows travelling as one jsonb parameter: the ORM's multi-row
 * insert built 16 parameters a row and took about 60 ms of CPU to build for 500 rows, more than the
 * replays it stores. Money as strings in the JSON, so no figure passes through a float.
 */
async function upsertSnapshotRows(tx: Executor, snapshots: ReadonlyArray<LoanSnapshotRow>) {
  if (snapshots.length === 0) return;
  const rows = JSON.stringify(
    snapshots.map((row) => ({
      t: row.tenantId,
      l: row.loanId,
      d: row.asOfDate,
      v: row.eventsVersion,
      s: row.status,
      dpd: row.daysPastDue,
      b: row.delinquencyBucket,
      npl: row.isNonPerforming,
      c: row.currency,
      p: String(row.principalMinor),
      i: String(row.interestMinor),
      f: String(row.feesMinor),
      pen: String(row.penaltiesMinor),
      acc: String(row.accruedInterestMinor),
      at: row.computedAt.toISOString(),
    })),
  );
  await tx.execute(sql`insert into ${loanSnapshots} (tenant_id, loan_id, as_of_date, events_version, status,
      days_past_due, delinquency_bucket, is_non_performing, currency, principal_minor, interest_minor,
      fees_minor, penalties_minor, accrued_interest_minor, computed_at)
    select t, l, d, v, s, dpd, b, npl, c, p, i, f, pen, acc, at
    from jsonb_to_recordset(${rows}::jsonb) as r(t text, l text, d date, v integer, s text, dpd integer,
      b text, npl boolean, c char(3), p bigint, i bigint, f bigint, pen bigint, acc bigint, at timestamptz)
    on conflict (tenant_id, loan_id, as_of_date) do update set
      events_version = excluded.events_version, status = excluded.status,
      days_past_due = excluded.days_past_due, delinquency_bucket = excluded.delinquency_bucket,
      is_non_performing = excluded.is_non_performing, currency = excluded.currency,
      principal_minor = excluded.principal_minor, interest_minor = excluded.interest_minor,
      fees_minor = excluded.fees_minor, penalties_minor = excluded.penalties_minor,
      accrued_interest_minor = excluded.accrued_interest_minor, computed_at = excluded.computed_at`);
}

/**
 * The stored events of these loans after a sequence number (0: all of them), by loan, in sequence order: only
 * the columns core's events decode from, one range of the primary key per loan (the ids as one jsonb
 * parameter). Through the ORM's builder and row mapping this read cost more CPU than replaying the events.
 */
async function eventsByLoan(tx: Executor, tenantId: string, loans: ReadonlyArray<{ id: string; after: number }>) {
  const byLoan = new Map<string, StoredEventColumns[]>();
  if (loans.length === 0) return byLoan;
  const rows = rowsOf<StoredEventColumns>(
    await tx.execute(sql`select e.loan_id as "loanId", e.sequence, e.event_id as "eventId", e.type,
        to_char(e.effective_date, 'YYYY-MM-DD') as "effectiveDate", e.payload
      from jsonb_to_recordset(${JSON.stringify(loans)}::jsonb) as l(id text, after integer)
      cross join lateral (select loan_id, sequence, event_id, type, effective_date, payload from ${loanEvents}
        where tenant_id = ${tenantId} and loan_id = l.id and sequence > l.after order by sequence) as e`),
  );
  for (const event of rows) {
    const list = byLoan.get(event.loanId);
    if (list === undefined) byLoan.set(event.loanId, [event]);
    else list.push(event);
  }
  return byLoan;
}

/** A loan and its events as core needs them, or the corrupt row that stops them decoding. */
function decodeLoanRows(row: LoanRow, eventRows: ReadonlyArray<StoredEventColumns>) {
  try {
    return ok({ loan: decodeLoan(row), events: eventRows.map(rowToEvent) });
  } catch (error) {
    if (error instanceof CorruptRecordError) return fail("corrupt_record", error.message);
    throw error;
  }
}

/** A full replay; with the checkpoint of its result for a loan long enough to keep one. */
function replayForClose(row: LoanRow, loan: Loan, events: ReadonlyArray<LoanEvent>, date: LocalDate) {
  if (row.version >= CHECKPOINT_MIN_EVENTS) return replayToCheckpoint(loan, events, date);
  const state = replay(loan, events, date);
  return state.ok ? ok({ state: state.value, checkpoint: undefined }) : state;
}

/** What a batch computed, kept small: a loan's state is dropped once its snapshot and events are taken from it. */
interface ClosedBatch {
  readonly snapshots: LoanSnapshotRow[];
  readonly events: NewEvent[];
  /** Loans whose statement is due today, with what it is built from (the only states kept). */
  readonly due: ClosedLoan[];
  readonly failures: CloseDayFailure[];
  readonly made: NewCheckpoint[];
}

/**
 * Each loan's state as of the date: continued from its checkpoint, or by a full replay of its stored events —
 * for a loan without a usable checkpoint (whose new checkpoint is returned to store), and for one whose
 * statement is due today (a statement lists the cycle's history). A loan core refuses, or whose rows are
 * corrupt, becomes a failure (logged with the run) and the close goes on with the others. Each state gives
 * its snapshot row and close events at once and is then let go, so a batch's states (a mortgage's holds
 * 360 installments) do not live on across the batch's round trips and the garbage collector does not
 * copy them into the old generation.
 */
async function closeLoans(
  tx: Executor,
  request: BatchRequest,
  todo: ReadonlyArray<LoanRow>,
  history: CloseHistory,
): Promise<ClosedBatch> {
  const { tenantId, businessDate, now } = request;
  const closed: ClosedBatch = { snapshots: [], events: [], due: [], failures: [], made: [] };
  const take = (row: LoanRow, state: LoanState) => {
    closed.snapshots.push(snapshotRow(row, state, businessDate, now));
    for (const event of closeEventsOf(history, row.id, state, businessDate)) closed.events.push(event);
  };
  const texts = await storedCheckpoints(tx, tenantId, todo);
  const behind = todo.filter((row) => (texts.get(row.id)?.version ?? row.version) < row.version);
  const tails = await eventsByLoan(
    tx,
    tenantId,
    behind.map((row) => ({ id: row.id, after: texts.get(row.id)?.version ?? 0 })),
  );
  // Loans whose stored checkpoint could not be continued (it does not decode, or its events need the history):
  // the full replay's checkpoint replaces it.
  const unusable = new Set<string>();
  const replayed = todo.filter((row) => {
    const state = continuedState(row, texts.get(row.id)?.text, tails.get(row.id) ?? [], businessDate);
    if (state === undefined && texts.has(row.id)) unusable.add(row.id);
    if (state === undefined || isStatementDate(state, businessDate)) return true;
    take(row, state);
    return false;
  });
  const events = await eventsByLoan(
    tx,
    tenantId,
    replayed.map((row) => ({ id: row.id, after: 0 })),
  );
  for (const row of replayed) {
    const stored = decodeLoanRows(row, events.get(row.id) ?? []);
    events.delete(row.id);
    if (!stored.ok) {
      closed.failures.push({ tenantId, loanId: row.id, code: "corrupt_record", message: stored.error.message });
      continue;
    }
    const result = replayForClose(row, stored.value.loan, stored.value.events, businessDate);
    if (!result.ok) {
      closed.failures.push({ tenantId, loanId: row.id, code: result.error.code, message: result.error.message });
      continue;
    }
    const { state, checkpoint } = result.value;
    take(row, state);
    if (isStatementDate(state, businessDate))
      closed.due.push({ loanId: row.id, version: row.version, ...stored.value, state });
    if (checkpoint !== undefined && (!texts.has(row.id) || unusable.has(row.id))) {
      closed.made.push({ loanId: row.id, version: row.version, checkpoint });
    }
  }
  return closed;
}

/**
 * One transaction: claim a batch, compute each loan's state for the date, record what the close detected
 * (events, on a loan's first close of the date only), upsert its snapshot. Locks end at commit.
 *
 * @example
 * const outcome = await closeBatch(db, { tenantId, businessDate, batchSize: 500, afterId: "", now, skip });
 */
export async function closeBatch(db: Db, request: BatchRequest): Promise<BatchOutcome> {
  return db.transaction(async (tx): Promise<BatchOutcome> => {
    const { tenantId, businessDate, afterId } = request;
    // Statements are prepared by name (db/statement-cache.ts); a generic plan of the claim, made without
    // the date's statistics, doubled the close's PostgreSQL CPU. Each batch plans with its own values.
    await tx.execute(sql`set local plan_cache_mode = force_custom_plan`);
    const claimed = await claimQuery(tx, tenantId, businessDate, afterId, request.batchSize);
    const lastId = claimed.at(-1)?.id ?? afterId;
    if (claimed.length === 0) return { claimed: 0, lastId, written: 0, failures: [] };
    // Read after the claim's locks: a worker that committed this date's snapshot since our claim read is seen.
    const history = await closeHistory(tx, tenantId, businessDate, claimed);
    const todo = claimed.filter((row) => history.closedOnDate.get(row.id) !== row.version && !request.skip.has(row.id));
    const { snapshots, events, due, failures, made } = await closeLoans(tx, request, todo, history);
    // Statements of the loans whose cycle ends today, their events recorded with the close's own, in one insert.
    const issued = await issueStatements(tx, request, due);
    await recordEvents(tx, { tenantId, now: request.now, ids: request.ids }, [...issued, ...events]);
    await upsertSnapshots(tx, snapshots);
    await storeCheckpoints(tx, tenantId, made);
    if (request.run !== undefined) await recordCloseBatch(tx, request.run, { written: snapshots.length, failures });
    return { claimed: claimed.length, lastId, written: snapshots.length, failures };
  });
}
