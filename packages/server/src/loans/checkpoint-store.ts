import { and, eq, getTableColumns, lte, type Placeholder, type SQL, sql } from "drizzle-orm";
import { compiledStatement } from "../db/compiled-statement.js";
import type { Executor } from "../db/database.js";
import {
  type LoanCheckpointRow,
  type LoanEventRow,
  type LoanRow,
  loanCheckpoints,
  loanEvents,
  loans,
} from "../db/schema/index.js";
import { tenantSettingsJson } from "../tenants/store.js";

/** A checkpoint to store with a change. @example { eventsVersion: 8, format: "core-1", state: "{…}" } */
export type CheckpointColumns = Omit<LoanCheckpointRow, "tenantId" | "loanId">;

type CheckpointKey = { tenantId: string; loanId: string; format: string };

/**
 * A loan row; the text of its checkpoint (or null) and the events stored after it (`tail`, empty when it covers
 * them all); or, with no checkpoint, all its events when they were read with it.
 */
export type FoundLoan = {
  row: LoanRow;
  checkpoint: string | null;
  tail: LoanEventRow[];
  events: LoanEventRow[] | undefined;
};

const withCheckpoint = { row: loans, checkpoint: loanCheckpoints.state };

/**
 * Loans and their checkpoints' text; `selection` may add to `withCheckpoint` (the rows' type is the caller's).
 * `which` picks the loans: by default the one of `loanId`.
 */
function selectWithCheckpoint(
  db: Executor,
  value: (name: "tenantId" | "format") => Placeholder,
  selection: typeof withCheckpoint,
  which: SQL = eq(loans.id, sql.placeholder("loanId")),
) {
  return db
    .select(selection)
    .from(loans)
    .leftJoin(
      loanCheckpoints,
      and(
        eq(loanCheckpoints.tenantId, loans.tenantId),
        eq(loanCheckpoints.loanId, loans.id),
        lte(loanCheckpoints.eventsVersion, loans.version),
        eq(loanCheckpoints.format, value("format")),
      ),
    )
    .where(and(eq(loans.tenantId, value("tenantId")), which));
}

/**
 * The loan row locked for a change, the text of its checkpoint of `format` and the events after it, or else all
 * its events (arrival order), in one statement: a loan without a checkpoint (under `CHECKPOINT_MIN_EVENTS` events)
 * is replayed from its events, which would otherwise take a second statement. `events` is undefined when the
 * checkpoint is there, or when the events read are not all of them (a change that committed while this one
 * waited for the lock: read them again); a tail that does not reach the row's version is refused the same way
 * (`checkpointOfRow`).
 *
 * @example const found = await lockForChange(tx, "demo", "loan_…", CHECKPOINT_KEY);
 */
export async function lockForChange(
  executor: Executor,
  tenantId: string,
  loanId: string,
  format: string,
): Promise<FoundLoan | undefined> {
  const [found] = await lockWithCheckpointOrEvents.run(executor, { tenantId, loanId, format });
  if (found === undefined) return undefined;
  const read = foundLoanOf(found, tenantId, loanId);
  // Waiting for the row lock, PostgreSQL re-reads the locked row once the other change commits, but the events
  // sub-select keeps the snapshot the statement started with: then they end before the row's version (the
  // last event's sequence) and the caller reads them afresh, under the lock.
  const complete = read.events !== undefined && read.events.at(-1)?.sequence === found.row.version;
  return { ...read, events: complete ? read.events : undefined };
}

/**
 * For a read: the loan row, the text of its checkpoint when one of `format` covers its version, and else its
 * events (arrival order), in one statement (one snapshot, so row and events agree). `events` is undefined when
 * the checkpoint is there.
 *
 * @example const found = await findForRead(db, "demo", "loan_…", CHECKPOINT_KEY);
 */
export async function findForRead(
  executor: Executor,
  tenantId: string,
  loanId: string,
  format: string,
): Promise<FoundLoan | undefined> {
  const [found] = await readWithCheckpointOrEvents.run(executor, { tenantId, loanId, format });
  return found === undefined ? undefined : foundLoanOf(found, tenantId, loanId);
}

/** A loan as {@link findForRead} finds it, with the tenant's settings (`tenantSettingsJson`'s value). */
export type FoundWithSettings = FoundLoan & { settings: unknown };

/**
 * {@link findForRead} of several loans of one tenant and, in the same statement, the tenant's settings: the
 * group commit reads the loans of the payments that arrive together at once, before the tenant scope would
 * have read the settings. One answer per id, in order (a fresh object each, also for a repeated id);
 * undefined for an id with no loan.
 *
 * @example const [found] = await findManyWithTenantSettings(db, "demo", ["loan_…"], CHECKPOINT_KEY);
 */
export async function findManyWithTenantSettings(
  executor: Executor,
  tenantId: string,
  loanIds: ReadonlyArray<string>,
  format: string,
): Promise<Array<FoundWithSettings | undefined>> {
  const rows = await readManyWithSettings.run(executor, { tenantId, loanIds: JSON.stringify(loanIds), format });
  const byId = new Map(rows.map((row) => [row.row.id, row]));
  return loanIds.map((loanId) => {
    const found = byId.get(loanId);
    return found === undefined ? undefined : { ...foundLoanOf(found, tenantId, loanId), settings: found.settings };
  });
}

/** The events read are the checkpoint's tail, or all the loan's when it has none. */
function foundLoanOf(found: FoundWithEvents, tenantId: string, loanId: string): FoundLoan {
  const events = found.events.map((event) => storedEventOf(event, tenantId, loanId));
  return found.checkpoint === null
    ? { row: found.row, checkpoint: null, tail: [], events }
    : { row: found.row, checkpoint: found.checkpoint, tail: events, events: undefined };
}

/** A stored event as `json_build_object` gives it (the instant as text). */
type EventJson = Omit<LoanEventRow, "tenantId" | "loanId" | "recordedAt"> & { readonly recordedAt: string };

/** Every field named, not `{ ...event, … }`: a spread followed by new keys cost 3 % of a payment's CPU here. */
function storedEventOf(event: EventJson, tenantId: string, loanId: string): LoanEventRow {
  return {
    tenantId,
    loanId,
    sequence: event.sequence,
    eventId: event.eventId,
    type: event.type,
    effectiveDate: event.effectiveDate,
    payload: event.payload,
    reversesEventId: event.reversesEventId,
    recordedAt: new Date(event.recordedAt),
    recordedBy: event.recordedBy,
  };
}

// The events after the checkpoint (all of them without one): a range of the primary key.
const eventsAfterCheckpoint = sql<EventJson[]>`(
  select coalesce(json_agg(json_build_object('sequence', ${loanEvents.sequence}, 'eventId', ${loanEvents.eventId},
    'type', ${loanEvents.type}, 'effectiveDate', ${loanEvents.effectiveDate}, 'payload', ${loanEvents.payload},
    'reversesEventId', ${loanEvents.reversesEventId}, 'recordedAt', ${loanEvents.recordedAt},
    'recordedBy', ${loanEvents.recordedBy}) order by ${loanEvents.sequence}), '[]'::json)
  from ${loanEvents} where ${loanEvents.tenantId} = ${loans.tenantId} and ${loanEvents.loanId} = ${loans.id}
    and ${loanEvents.sequence} > coalesce(${loanCheckpoints.eventsVersion}, 0))`;

const withCheckpointOrEvents = { ...withCheckpoint, events: eventsAfterCheckpoint };

type FoundWithEvents = { row: LoanRow; checkpoint: string | null; events: EventJson[] };

const lockWithCheckpointOrEvents = compiledStatement<CheckpointKey, FoundWithEvents>(
  (db, value) => selectWithCheckpoint(db, value, withCheckpointOrEvents).for("update", { of: loans }),
  withCheckpointOrEvents,
);

const readWithCheckpointOrEvents = compiledStatement<CheckpointKey, FoundWithEvents>(
  (db, value) => selectWithCheckpoint(db, value, withCheckpointOrEvents),
  withCheckpointOrEvents,
);

const withSettings = { ...withCheckpointOrEvents, settings: tenantSettingsJson(sql.placeholder("tenantId")) };

type ManyKey = Omit<CheckpointKey, "loanId"> & { loanIds: string };

const readManyWithSettings = compiledStatement<ManyKey, FoundWithEvents & { settings: unknown }>((db, value) => {
  const ids = sql`${loans.id} = any(array(select jsonb_array_elements_text(${value("loanIds")}::jsonb)))`;
  return selectWithCheckpoint(db, value, withSettings, ids);
}, withSettings);

/**
 * Appends an event, stores the loan's new checkpoint (when there is one) and updates the loan row, in one
 * statement (the insert and the upsert as CTEs).
 *
 * @example await appendWithCheckpoint(tx, "demo", eventRow, { version: 8, status, updatedAt }, checkpoint);
 */
export async function appendWithCheckpoint(
  executor: Executor,
  tenantId: string,
  row: Omit<LoanEventRow, "tenantId">,
  changes: LoanChangeColumns,
  checkpoint: CheckpointColumns | undefined,
): Promise<void> {
  // Object.assign, not `{ ...row, tenantId, … }`: a spread followed by new keys costs V8 about 1 µs a key.
  const values = Object.assign({}, row, {
    tenantId,
    newVersion: changes.version,
    newStatus: changes.status,
    newUpdatedAt: changes.updatedAt,
  });
  if (checkpoint === undefined) {
    await appendEvent.run(executor, values);
    return;
  }
  await appendEventAndCheckpoint.run(
    executor,
    Object.assign(values, {
      checkpointEventsVersion: checkpoint.eventsVersion,
      checkpointFormat: checkpoint.format,
      checkpointState: checkpoint.state,
    }),
  );
}

/** What a change sets on the loan row. @example { version: 8, status: "active", updatedAt: new Date() } */
export type LoanChangeColumns = Pick<LoanRow, "version" | "status" | "updatedAt">;

interface AppendValues extends LoanEventRow {
  readonly newVersion: number;
  readonly newStatus: string;
  readonly newUpdatedAt: Date;
}

interface AppendAndCheckpointValues extends AppendValues {
  readonly checkpointEventsVersion: number;
  readonly checkpointFormat: string;
  readonly checkpointState: string;
}

type Value<T> = (name: keyof T & string) => Placeholder;

function appendedEvent(db: Executor, value: Value<AppendValues>) {
  const columns = Object.keys(getTableColumns(loanEvents)) as Array<keyof LoanEventRow>;
  const values = Object.fromEntries(columns.map((column) => [column, value(column)]));
  return db.$with("appended").as(
    db
      .insert(loanEvents)
      .values(values as unknown as LoanEventRow)
      .returning({ sequence: loanEvents.sequence }),
  );
}

/** The loan row's new columns (placeholders stand for the values; drizzle binds them alike). */
function loanChanges(value: Value<AppendValues>): LoanChangeColumns {
  const set = { version: value("newVersion"), status: value("newStatus"), updatedAt: value("newUpdatedAt") };
  return set as unknown as LoanChangeColumns;
}

function loanById(value: Value<AppendValues>) {
  return and(eq(loans.tenantId, value("tenantId")), eq(loans.id, value("loanId")));
}

const appendEvent = compiledStatement<AppendValues>((db, value) =>
  db.with(appendedEvent(db, value)).update(loans).set(loanChanges(value)).where(loanById(value)),
);

const appendEventAndCheckpoint = compiledStatement<AppendAndCheckpointValues>((db, value) => {
  const checkpoint = {
    eventsVersion: value("checkpointEventsVersion"),
    format: value("checkpointFormat"),
    state: value("checkpointState"),
  } as unknown as CheckpointColumns;
  const saved = db.$with("saved").as(
    db
      .insert(loanCheckpoints)
      .values({ ...checkpoint, tenantId: value("tenantId"), loanId: value("loanId") } as unknown as LoanCheckpointRow)
      .onConflictDoUpdate({ target: [loanCheckpoints.tenantId, loanCheckpoints.loanId], set: checkpoint })
      .returning({ version: loanCheckpoints.eventsVersion }),
  );
  return db.with(appendedEvent(db, value), saved).update(loans).set(loanChanges(value)).where(loanById(value));
});
