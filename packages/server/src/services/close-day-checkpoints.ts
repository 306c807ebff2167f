import { addDays, daysBetween, type LocalDate } from "@lendstack/core/calendar";
import { closeDay, type Loan, type LoanState } from "@lendstack/core/servicing";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { type LoanStateCheckpointRow, loanEvents, loanStateCheckpoints } from "../db/schema/index.js";
import { decodeLoanState, encodeLoanState, loanStateFormat } from "./loan-state-codec.js";
import type { LoadedLoan } from "./loans-load.js";

// Saved loan states (`loan_state_checkpoints`) are a cache of `replay`, used only where core proves the
// shortcut equal: `closeDay(replay(events, d), d + 1)` equals `replay(events, d + 1)` when no event is dated
// d + 1 (core's replay property test "closeDay equals replay", stepping day by day). So a checkpoint as of
// date D computed from the loan's current version (the same events: they are append-only and `version`
// counts them) is advanced one day at a time to the wanted date W when no stored event is dated in
// (D, W]; anything else — an event appended since (a back-dated payment, a reversal), an event dated in
// the gap, another codec format, a gap longer than `maxCheckpointGapDays` — means a full replay.

/**
 * The longest gap (days) a checkpoint is advanced across; beyond it a replay is as cheap and the saved
 * state is likely stale anyway.
 *
 * @example if (daysBetween(checkpoint.asOfDate, asOf) > maxCheckpointGapDays) replayInstead();
 */
export const maxCheckpointGapDays = 31;

/** A loan's checkpoint, and whether a stored event is dated after it, up to the date wanted. */
export interface CheckpointCandidate {
  readonly row: LoanStateCheckpointRow;
  readonly hasEventsInGap: boolean;
}

/**
 * The loan's state as of `asOf` continued from its checkpoint, or `undefined` when the checkpoint may
 * not be used (then the caller replays). `version` is the loan row's current version.
 *
 * @example
 * const state = resumeFromCheckpoint(candidate, loan, row.version, date("2026-03-31")) ?? replayAll();
 */
export function resumeFromCheckpoint(
  candidate: CheckpointCandidate | undefined,
  loan: Loan,
  version: number,
  asOf: LocalDate,
): LoanState | undefined {
  if (candidate === undefined || candidate.hasEventsInGap) return undefined;
  const { row } = candidate;
  if (row.format !== loanStateFormat || row.eventsVersion !== version) return undefined;
  const from = row.asOfDate as LocalDate;
  if (from > asOf || daysBetween(from, asOf) > maxCheckpointGapDays) return undefined;
  const saved = decodeLoanState(row.state, loan);
  if (!saved.ok || saved.value.asOf !== from) return undefined;
  let state = saved.value;
  for (let day = addDays(from, 1); day <= asOf; day = addDays(day, 1)) state = closeDay(state, day);
  return state;
}

/**
 * The checkpoints of these loans dated on or before `asOf`, each with whether a stored event falls in
 * (checkpoint date, `asOf`] (one query, read in the caller's transaction).
 *
 * @example
 * const candidates = await loadCheckpoints(tx, tenantId, loanIds, date("2026-03-31"));
 */
export async function loadCheckpoints(
  executor: Executor,
  tenantId: string,
  loanIds: ReadonlyArray<string>,
  asOf: LocalDate,
): Promise<Map<string, CheckpointCandidate>> {
  if (loanIds.length === 0) return new Map();
  // Written out qualified: drizzle leaves the select list's columns unqualified, and inside the subquery an
  // unqualified tenant_id would be the event's own.
  const inGap = sql<boolean>`exists (select 1 from ${loanEvents} e where e.tenant_id = "loan_state_checkpoints"."tenant_id"
    and e.loan_id = "loan_state_checkpoints"."loan_id" and e.effective_date > "loan_state_checkpoints"."as_of_date"
    and e.effective_date <= ${asOf})`;
  const rows = await executor
    .select({ row: loanStateCheckpoints, hasEventsInGap: inGap })
    .from(loanStateCheckpoints)
    .where(
      and(
        eq(loanStateCheckpoints.tenantId, tenantId),
        inArray(loanStateCheckpoints.loanId, [...loanIds]),
        sql`${loanStateCheckpoints.asOfDate} <= ${asOf}`,
      ),
    );
  return new Map(rows.map(({ row, hasEventsInGap }) => [row.loanId, { row, hasEventsInGap: Boolean(hasEventsInGap) }]));
}

/**
 * A checkpoint row for a state computed from the loan's `version`.
 *
 * @example
 * const row = checkpointRow(tenantId, loanId, loan.version, state, now);
 */
export function checkpointRow(
  tenantId: string,
  loanId: string,
  version: number,
  state: LoanState,
  now: Date,
): LoanStateCheckpointRow {
  return {
    tenantId,
    loanId,
    asOfDate: state.asOf,
    eventsVersion: version,
    format: loanStateFormat,
    state: encodeLoanState(state),
    computedAt: now,
  };
}

/**
 * Saves checkpoints, one per loan. A loan's existing checkpoint is replaced by one from a newer version
 * of its events, or from the same version at the same or a later date; a close re-run for an earlier
 * date (a backfill) keeps the later checkpoint. Callers hold the loans' row locks.
 *
 * @example
 * await saveCheckpoints(tx, rows);
 */
export async function saveCheckpoints(executor: Executor, rows: ReadonlyArray<LoanStateCheckpointRow>) {
  if (rows.length === 0) return;
  const existing = loanStateCheckpoints;
  await executor
    .insert(loanStateCheckpoints)
    .values([...rows])
    .onConflictDoUpdate({
      target: [existing.tenantId, existing.loanId],
      set: {
        asOfDate: sql.raw("excluded.as_of_date"),
        eventsVersion: sql.raw("excluded.events_version"),
        format: sql.raw("excluded.format"),
        state: sql.raw("excluded.state"),
        computedAt: sql.raw("excluded.computed_at"),
      },
      setWhere: sql`${existing.eventsVersion} < excluded.events_version or ${existing.format} <> excluded.format
        or ${existing.asOfDate} <= excluded.as_of_date`,
    });
}

/**
 * A loan read (the row and its events, as `loadLoan` gives them) as of `asOf` from the loan's checkpoint,
 * or `undefined` when a full replay is needed. The checkpoint must be from the version the read saw, and
 * the read must have seen exactly that many events (the row and its events are two reads).
 *
 * @example
 * const state = await resumeLoadedLoan(db, tenantId, loaded, asOf) ?? replay(loaded.loan, loaded.events, asOf);
 */
export async function resumeLoadedLoan(
  executor: Executor,
  tenantId: string,
  loaded: LoadedLoan,
  asOf: LocalDate,
): Promise<LoanState | undefined> {
  const { row, loan, events } = loaded;
  if (events.length !== row.version) return undefined;
  const [checkpoint] = await executor
    .select()
    .from(loanStateCheckpoints)
    .where(
      and(
        eq(loanStateCheckpoints.tenantId, tenantId),
        eq(loanStateCheckpoints.loanId, row.id),
        sql`${loanStateCheckpoints.asOfDate} <= ${asOf}`,
      ),
    );
  if (checkpoint === undefined) return undefined;
  const hasEventsInGap = events.some(
    (event) => event.effectiveDate > checkpoint.asOfDate && event.effectiveDate <= asOf,
  );
  return resumeFromCheckpoint({ row: checkpoint, hasEventsInGap }, loan, row.version, asOf);
}
