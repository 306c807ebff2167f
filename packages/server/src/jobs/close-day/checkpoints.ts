import type { LocalDate } from "@lendstack/core/calendar";
import { type Checkpoint, encodeCheckpoint, type LoanState } from "@lendstack/core/servicing";
import { and, eq, inArray, sql } from "drizzle-orm";
import { CorruptRecordError } from "../../db/corrupt-record.js";
import type { Executor } from "../../db/database.js";
import { type LoanRow, loanCheckpoints } from "../../db/schema/index.js";
import { CHECKPOINT_KEY, CHECKPOINT_MIN_EVENTS } from "../../loans/append-event.js";
import { stateFromCheckpoint } from "../../loans/checkpoint-continue.js";
import type { StoredEventColumns } from "../../loans/codec.js";

// The close continues each loan's checkpoint (its state after an event, stored by a change or an earlier close)
// and the few events stored after it to the business date instead of replaying all its events, which it then
// does not read. Core proves the two equal (checkpoint.property.test.ts). A loan without a checkpoint is replayed
// in full, and the close stores the checkpoint of that replay, so the next close continues it. A loan of fewer
// than CHECKPOINT_MIN_EVENTS events has none: replaying it costs less.

/** A stored checkpoint's text and the loan version it covers. */
export interface StoredCheckpoint {
  readonly text: string;
  readonly version: number;
}

/**
 * The stored checkpoints of this release's format of these loans, by loan id (loans of `CHECKPOINT_MIN_EVENTS`
 * events or more: the others have none); one may cover fewer events than its loan has (see `CHECKPOINT_MAX_TAIL`).
 *
 * @example const stored = await storedCheckpoints(tx, tenantId, claimedRows);
 */
export async function storedCheckpoints(tx: Executor, tenantId: string, rows: ReadonlyArray<LoanRow>) {
  const texts = new Map<string, StoredCheckpoint>();
  const long = rows.filter((row) => row.version >= CHECKPOINT_MIN_EVENTS);
  if (long.length === 0) return texts;
  const found = await tx
    .select({ loanId: loanCheckpoints.loanId, version: loanCheckpoints.eventsVersion, state: loanCheckpoints.state })
    .from(loanCheckpoints)
    .where(
      and(
        eq(loanCheckpoints.tenantId, tenantId),
        eq(loanCheckpoints.format, CHECKPOINT_KEY),
        inArray(
          loanCheckpoints.loanId,
          long.map((row) => row.id),
        ),
      ),
    );
  const versions = new Map(long.map((row) => [row.id, row.version]));
  for (const { loanId, version, state } of found) {
    if (version <= (versions.get(loanId) ?? 0)) texts.set(loanId, { text: state, version });
  }
  return texts;
}

/**
 * The loan as of the date from its checkpoint's text and the events stored after it, or `undefined` when they
 * cannot be continued (a text that does not decode, a tail that needs the history, a corrupt row: the full replay
 * then reports what is wrong).
 *
 * @example const state = continuedState(row, stored.get(row.id)?.text, tails.get(row.id) ?? [], businessDate);
 */
export function continuedState(
  row: LoanRow,
  text: string | undefined,
  tail: ReadonlyArray<StoredEventColumns>,
  date: LocalDate,
): LoanState | undefined {
  if (text === undefined) return undefined;
  try {
    return stateFromCheckpoint(row, text, tail, date);
  } catch (error) {
    if (error instanceof CorruptRecordError) return undefined;
    throw error;
  }
}

/** A checkpoint the close made by a full replay, to store for the loan's version. */
export interface NewCheckpoint {
  readonly loanId: string;
  readonly version: number;
  readonly checkpoint: Checkpoint;
}

/**
 * Stores the checkpoints in one statement (the rows as one jsonb parameter, as the snapshots are).
 *
 * @example await storeCheckpoints(tx, tenantId, made);
 */
export async function storeCheckpoints(tx: Executor, tenantId: string, made: ReadonlyArray<NewCheckpoint>) {
  if (made.length === 0) return;
  const rows = JSON.stringify(
    made.map(({ loanId, version, checkpoint }) => ({ l: loanId, v: version, s: encodeCheckpoint(checkpoint) })),
  );
  await tx.execute(sql`insert into ${loanCheckpoints} (tenant_id, loan_id, events_version, format, state)
    select ${tenantId}, l, v, ${CHECKPOINT_KEY}, s from jsonb_to_recordset(${rows}::jsonb) as r(l text, v integer, s text)
    on conflict (tenant_id, loan_id) do update set
      events_version = excluded.events_version, format = excluded.format, state = excluded.state`);
}
