import { ok, type Result } from "@lendstack/core/errors";
import { encodeCheckpoint } from "@lendstack/core/servicing";
import { joinTransaction } from "../db/ambient.js";
import { type AuditEntry, type ChangeContext, writeAudit } from "../db/audit.js";
import type { Db, Executor } from "../db/database.js";
import type { LoanEventRow, LoanRow } from "../db/schema/index.js";
import { checkpointOfRow } from "./checkpoint-continue.js";
import {
  appendWithCheckpoint,
  type CheckpointColumns,
  type FoundLoan,
  findForRead,
  type LoanChangeColumns,
  lockForChange,
} from "./checkpoint-store.js";
import { decodeLoan, eventColumns, rowToEvent } from "./codec.js";
import { loadLoan, loanNotFound } from "./load.js";
import {
  CHECKPOINT_KEY,
  type ChangeKind,
  type ChangeOptions,
  checkAgainstAll,
  checkVersion,
  type EventDraft,
  futureRefusal,
  type LoanChange,
  type LockedLoan,
  nextSequence,
  type PreparedChange,
  prepareChange,
  todayOf,
} from "./prepare-change.js";
import { loansStore } from "./store.js";

export {
  CHECKPOINT_KEY,
  CHECKPOINT_MAX_TAIL,
  CHECKPOINT_MIN_EVENTS,
  type ChangeKind,
  type ChangeOptions,
  type EventDraft,
  inBodyTerms,
  type LoanChange,
  type LoanForDraft,
  todayOf,
} from "./prepare-change.js";

async function lockLoan(tx: Executor, tenantId: string, loanId: string): Promise<Result<LockedLoan>> {
  const found = await lockForChange(tx, tenantId, loanId, CHECKPOINT_KEY);
  return found === undefined ? loanNotFound(loanId) : ok(lockedLoanOf(found));
}

function lockedLoanOf(found: FoundLoan): LockedLoan {
  // A row altered outside the API throws CorruptRecordError: a 500 `corrupt_record`, never a wrong state.
  const loan = decodeLoan(found.row);
  const checkpoint =
    found.checkpoint === null ? undefined : checkpointOfRow(found.row, loan, found.checkpoint, found.tail);
  const tail = checkpoint === undefined ? [] : found.tail.map(rowToEvent);
  return { row: found.row, loan, checkpoint, tail, events: found.events?.map(rowToEvent) };
}

/** A validated change: the rows it writes, its audit record, and the answer (the loan after it). */
export interface PlannedChange {
  readonly change: LoanChange;
  readonly eventRow: Omit<LoanEventRow, "tenantId">;
  readonly loanColumns: LoanChangeColumns;
  readonly checkpoint: CheckpointColumns | undefined;
  readonly audit: AuditEntry;
}

function plannedChange(
  context: ChangeContext,
  loanId: string,
  row: LoanRow,
  prepared: PreparedChange,
  kind: ChangeKind,
): PlannedChange {
  const { event, sequence, checked } = prepared;
  const { state } = checked;
  const loanColumns = { version: row.version + 1, status: state.status, updatedAt: context.now };
  const eventRow = Object.assign(eventColumns(event), {
    loanId,
    sequence,
    recordedAt: context.now,
    recordedBy: context.actor,
  });
  const checkpoint =
    checked.checkpoint === undefined
      ? undefined
      : { eventsVersion: loanColumns.version, format: CHECKPOINT_KEY, state: encodeCheckpoint(checked.checkpoint) };
  const audit = {
    action: kind.action,
    resourceType: "loan",
    resourceId: loanId,
    details: { eventId: event.id, type: event.type, sequence, version: loanColumns.version },
  };
  const change = { row: { ...row, ...loanColumns }, event, sequence, recordedAt: context.now, state };
  return { change, eventRow, loanColumns, checkpoint, audit };
}

/**
 * Appends one event to a loan, safely under concurrency: in one transaction it locks the loan row
 * (`SELECT … FOR UPDATE`), loads the events, builds the new one, validates it with core's `validateEvent`
 * against the replay of all of them (as of today or the event's date if later), appends it with the next
 * sequence number, bumps the loan's `version`, stores its status, and writes the audit record. With
 * `expectedVersion` it first fails with `loan_version_conflict` (409) if the loan has moved on. Any failure
 * stores nothing.
 *
 * @example
 * const result = await appendLoanEvent(db, context, "loan_…", draftPayment(body), { prefix: "pmt", action: "loan.payment_posted" });
 */
export async function appendLoanEvent(
  db: Db,
  context: ChangeContext,
  loanId: string,
  draft: EventDraft,
  kind: ChangeKind,
  options: ChangeOptions = {},
): Promise<Result<LoanChange>> {
  return joinTransaction(db, async (tx) => {
    const store = loansStore(tx, context.tenantId);
    const locked = await lockLoan(tx, context.tenantId, loanId);
    if (!locked.ok) return locked;
    const current = checkVersion(locked.value.row, options);
    if (!current.ok) return current;
    const id = context.ids.next(kind.prefix);
    const prepared = await prepareChange(store, locked.value, id, draft, kind, todayOf(context));
    if (!prepared.ok) return prepared;
    const plan = plannedChange(context, loanId, locked.value.row, prepared.value, kind);
    await appendWithCheckpoint(tx, context.tenantId, plan.eventRow, plan.loanColumns, plan.checkpoint);
    await context.faults?.("after_event_insert");
    await writeAudit(tx, context, plan.audit);
    return ok(plan.change);
  });
}

/**
 * The change {@link appendLoanEvent} would store, planned on the loan as read now, without a lock (group commit:
 * `loans/group-commit.ts` stores it only if the loan is still at the version read, else plans it again). The same
 * validation and refusals; `undefined` when the read was torn (events that moved on after the loan row). With
 * `found`, the loan as the caller read it (`findForRead`'s answer; `null` when it found none) is planned on.
 *
 * @example const plan = await planLoanChange(db, context, "loan_…", draftPayment(body), kinds.payment);
 */
export async function planLoanChange(
  executor: Executor,
  context: ChangeContext,
  loanId: string,
  draft: EventDraft,
  kind: ChangeKind,
  options: ChangeOptions = {},
  found?: FoundLoan | null,
): Promise<Result<PlannedChange | undefined>> {
  const loaded = found === undefined ? await findForRead(executor, context.tenantId, loanId, CHECKPOINT_KEY) : found;
  if (loaded === undefined || loaded === null) return loanNotFound(loanId);
  const read = lockedLoanOf(loaded);
  const current = checkVersion(read.row, options);
  if (!current.ok) return current;
  const store = loansStore(executor, context.tenantId);
  const prepared = await prepareChange(store, read, context.ids.next(kind.prefix), draft, kind, todayOf(context));
  if (!prepared.ok) return prepared;
  if (prepared.value.sequence !== read.row.version + 1) return ok(undefined);
  return ok(plannedChange(context, loanId, read.row, prepared.value, kind));
}

/**
 * What `appendLoanEvent` would do, without storing anything (no lock, no audit): the state after the event.
 *
 * @example
 * const preview = await previewLoanEvent(db, context, "loan_…", draftReschedule(body), { prefix: "rsc", action: "" });
 */
export async function previewLoanEvent(
  executor: Executor,
  context: Pick<ChangeContext, "tenantId" | "now" | "ids">,
  loanId: string,
  draft: EventDraft,
  kind: ChangeKind,
  options: ChangeOptions = {},
): Promise<Result<LoanChange>> {
  const loaded = await loadLoan(loansStore(executor, context.tenantId), loanId);
  if (!loaded.ok) return loaded;
  const current = checkVersion(loaded.value.row, options);
  if (!current.ok) return current;
  const sequence = nextSequence(loaded.value.events);
  const event = draft(loaded.value, context.ids.next(kind.prefix), sequence);
  if (!event.ok) return event;
  const today = todayOf(context);
  const refused = futureRefusal(event.value, kind, today);
  if (refused !== undefined) return refused;
  const checked = checkAgainstAll(loaded.value.loan, loaded.value.events, event.value, today);
  if (!checked.ok) return checked;
  return ok({ row: loaded.value.row, event: event.value, sequence, recordedAt: null, state: checked.value.state });
}
