import { type LocalDate, maxDate } from "@lendstack/core/calendar";
import { type DomainError, fail, ok, type Result } from "@lendstack/core/errors";
import {
  CHECKPOINT_FORMAT,
  type Checkpoint,
  type CheckpointedState,
  encodeCheckpoint,
  type Loan,
  type LoanEvent,
  type LoanState,
  validateEvent,
  validateEventFromCheckpoint,
  validateEventToCheckpoint,
} from "@lendstack/core/servicing";
import { joinTransaction } from "../db/ambient.js";
import { type AuditEntry, type ChangeContext, writeAudit } from "../db/audit.js";
import type { Db, Executor } from "../db/database.js";
import type { LoanEventRow, LoanRow } from "../db/schema/index.js";
import { checkSafeIntegers } from "../http/safe-integer.js";
import { businessDateOf } from "../tenants/business-date.js";
import {
  appendWithCheckpoint,
  type CheckpointColumns,
  checkpointOfRow,
  type FoundLoan,
  findForRead,
  type LoanChangeColumns,
  lockForChange,
} from "./checkpoint-store.js";
import { decodeLoan, eventColumns, rowToEvent } from "./codec.js";
import { type LoadedLoan, loadLoan, loanNotFound } from "./load.js";
import { type LoansStore, loansStore } from "./store.js";

/** What a draft may read: the loan row and its terms and policy (not its events, which may not be loaded). */
export type LoanForDraft = Pick<LoadedLoan, "row" | "loan">;

/**
 * Builds the new event from the loan, its id and its sequence number (its `postedAt`), or fails with a
 * precise error (path into the request body).
 */
export type EventDraft = (loan: LoanForDraft, id: string, sequence: number) => Result<LoanEvent>;

/** What a change is called: the id prefix of its event and the audit action. @example { prefix: "pmt", action: "loan.payment_posted" } */
export interface ChangeKind {
  readonly prefix: string;
  readonly action: string;
  /** Reschedules, holidays and rate changes may take effect after today; money movements may not. */
  readonly mayBeFuture?: boolean;
}

/** Optional optimistic-concurrency check: the loan `version` the caller saw. @example { expectedVersion: 7 } */
export interface ChangeOptions {
  readonly expectedVersion?: number | undefined;
}

/** The stored event, the loan row after the change, and the loan replayed with it. */
export interface LoanChange {
  readonly row: LoanRow;
  readonly event: LoanEvent;
  readonly sequence: number;
  readonly recordedAt: Date | null;
  readonly state: LoanState;
}

/** Core's event field names -> where the value sits in the request body. */
const BODY_PATHS: Readonly<Record<string, ReadonlyArray<string>>> = {
  amountMinor: ["amount"],
  nsfFeeMinor: ["nsfFee"],
  installmentMinor: ["installment"],
  annualRatePercent: ["ratePercent"],
};

/** A core failure with its path re-pointed at the request body's field names. */
export function inBodyTerms(error: DomainError): { readonly ok: false; readonly error: DomainError } {
  const [head, ...rest] = (error.path ?? []).map(String);
  const path = head === undefined ? error.path : [...(BODY_PATHS[head] ?? [head]), ...rest];
  return fail(error.code, error.message, path, error.details);
}

/** The change's business date: the tenant's (settings, test clock), else the UTC date of its instant. */
export function todayOf(context: Pick<ChangeContext, "now" | "businessDate">): LocalDate {
  return (context.businessDate ?? businessDateOf(context.now)) as LocalDate;
}

function checkVersion(row: LoanRow, options: ChangeOptions): Result<true> {
  if (options.expectedVersion === undefined || options.expectedVersion === row.version) return ok(true);
  return fail("loan_version_conflict", `loan ${row.id} is at version ${row.version}, not ${options.expectedVersion}`, [
    "If-Match",
  ]);
}

/**
 * A loan with fewer events replays in full and keeps no checkpoint. Measured here: replaying a few events costs
 * about 150 µs (2 events) plus about 12 µs an event, less than decoding, continuing and rewriting a checkpoint
 * (about 260 µs for a 36-month loan); with checkpoints on every loan, the close of a book of 1–13-event loans
 * ran at 1,560 loans/s against 1,892 without, and payments on fresh loans took 4.33 ms of server CPU against
 * 3.94. From this many events on, a checkpoint pays (a 300-event mortgage's payment: 1.25× a fresh one's cost
 * instead of 2.31×).
 */
export const CHECKPOINT_MIN_EVENTS = 16;

/** The checkpoints this release reads and writes: core's format (`loan_checkpoints.format`). */
export const CHECKPOINT_KEY = `core-${CHECKPOINT_FORMAT}`;

function nextSequence(events: ReadonlyArray<LoanEvent>): number {
  let last = 0;
  for (const event of events) last = Math.max(last, event.postedAt ?? 0);
  return last + 1;
}

function futureRefusal(event: LoanEvent, kind: ChangeKind, today: LocalDate): Result<never> | undefined {
  if (kind.mayBeFuture === true || event.effectiveDate <= today) return undefined;
  return fail("effective_date_in_future", `effectiveDate ${event.effectiveDate} is after today (${today})`, [
    "effectiveDate",
  ]);
}

/** A change whose replay holds a figure beyond 2^53 − 1 is refused before it commits (http/safe-integer.ts). */
function withinJson(checked: Result<CheckpointedState>): Result<CheckpointedState> {
  if (!checked.ok) return inBodyTerms(checked.error);
  const safe = checkSafeIntegers(checked.value.state, "loan");
  return safe.ok ? checked : safe;
}

/**
 * The new event validated against every stored event, including ones dated after today (a future rate change
 * or reschedule); the loan as of today or the event's date if later, and its checkpoint (from
 * `CHECKPOINT_MIN_EVENTS` events on).
 */
function checkAgainstAll(
  loan: Loan,
  events: ReadonlyArray<LoanEvent>,
  event: LoanEvent,
  today: LocalDate,
): Result<CheckpointedState> {
  const keep = events.length + 1 >= CHECKPOINT_MIN_EVENTS;
  const asOf = maxDate(today, event.effectiveDate);
  const horizon = events.reduce((latest, stored) => maxDate(latest, stored.effectiveDate), asOf);
  if (horizon > asOf) {
    const later = validateEvent(loan, events, event, horizon);
    if (!later.ok) return inBodyTerms(later.error);
  }
  if (keep) return withinJson(validateEventToCheckpoint(loan, events, event, asOf));
  const state = validateEvent(loan, events, event, asOf);
  return withinJson(state.ok ? ok({ state: state.value, checkpoint: undefined }) : state);
}

/** The event, its sequence number and the loan after it: or the refusal. */
interface PreparedChange {
  readonly event: LoanEvent;
  readonly sequence: number;
  readonly checked: CheckpointedState;
}

/**
 * Drafts and validates the change: from the loan's checkpoint when the event can continue it (no events
 * loaded, no full replay: the result equals one, core's property tests prove it), else against every event.
 */
async function prepareChange(
  store: LoansStore,
  locked: LockedLoan,
  id: string,
  draft: EventDraft,
  kind: ChangeKind,
  today: LocalDate,
): Promise<Result<PreparedChange>> {
  const { checkpoint } = locked;
  if (checkpoint !== undefined) {
    const sequence = checkpoint.lastSequence + 1;
    const event = draft(locked, id, sequence);
    if (!event.ok) return event;
    const refused = futureRefusal(event.value, kind, today);
    if (refused !== undefined) return refused;
    const continued = validateEventFromCheckpoint(locked.loan, checkpoint, event.value, today);
    if (continued !== undefined) {
      const checked = withinJson(continued);
      return checked.ok ? ok({ event: event.value, sequence, checked: checked.value }) : checked;
    }
  }
  const events = locked.events ?? (await store.events(locked.row.id)).map(rowToEvent);
  const sequence = nextSequence(events);
  const event = draft(locked, id, sequence);
  if (!event.ok) return event;
  const refused = futureRefusal(event.value, kind, today);
  if (refused !== undefined) return refused;
  const checked = checkAgainstAll(locked.loan, events, event.value, today);
  return checked.ok ? ok({ event: event.value, sequence, checked: checked.value }) : checked;
}

/**
 * The loan row locked for a change, its terms and policy, and its checkpoint when one covers every event, else
 * its events (read with the row).
 */
interface LockedLoan extends LoanForDraft {
  readonly checkpoint: Checkpoint | undefined;
  readonly events: ReadonlyArray<LoanEvent> | undefined;
}

async function lockLoan(tx: Executor, tenantId: string, loanId: string): Promise<Result<LockedLoan>> {
  const found = await lockForChange(tx, tenantId, loanId, CHECKPOINT_KEY);
  return found === undefined ? loanNotFound(loanId) : ok(lockedLoanOf(found));
}

function lockedLoanOf(found: FoundLoan): LockedLoan {
  // A row altered outside the API throws CorruptRecordError: a 500 `corrupt_record`, never a wrong state.
  const loan = decodeLoan(found.row);
  const checkpoint = found.checkpoint === null ? undefined : checkpointOfRow(found.row, loan, found.checkpoint);
  return { row: found.row, loan, checkpoint, events: found.events?.map(rowToEvent) };
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
 * validation and refusals; `undefined` when the read was torn (events that moved on after the loan row).
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
): Promise<Result<PlannedChange | undefined>> {
  const found = await findForRead(executor, context.tenantId, loanId, CHECKPOINT_KEY);
  if (found === undefined) return loanNotFound(loanId);
  const read = lockedLoanOf(found);
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
