import { type LocalDate, maxDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { decodeState, encodeState } from "./checkpoint-codec.js";
import { compareEvents, type LoanEvent } from "./events.js";
import { withinCreditLimit } from "./payoff.js";
import { applyInOrder, preflight, type Walk, walkAll } from "./replay.js";
import type { Loan, LoanState } from "./state.js";
import { summarize } from "./summary.js";
import { advanceTo } from "./timeline.js";
import { checkpointCopy, replayStateOf, thaw, type Working } from "./working.js";

/**
 * The checkpoint's format. Bump it whenever replay's working state or the meaning of any of its fields
 * changes: a checkpoint of another format is ignored (the loan is replayed in full and a new one written).
 */
export const CHECKPOINT_FORMAT = 1;

/**
 * A loan's replayed state saved so that later events can continue from it instead of replaying the whole
 * history: it covers every stored event up to `lastSequence` (their `postedAt`), and is the walk's state just
 * after the last of them, as of its date (`state.asOf`): an event dated on or after that date continues it,
 * however far the replay went on. It keeps what continuing needs (balances, cursors, installments, charges),
 * not the history (see `checkpointCopy`), and its derived figures (outstanding, next due …) are not summed:
 * continuing recomputes them.
 */
export interface Checkpoint {
  readonly lastSequence: number;
  /** The date of the opening balances of a migrated loan: nothing may be dated on or before it. */
  readonly openedOn: LocalDate | null;
  readonly state: LoanState;
}

/** A state and the checkpoint of it (none when the state cannot be one). */
export interface CheckpointedState {
  readonly state: LoanState;
  readonly checkpoint: Checkpoint | undefined;
}

/** Event types that only look at the current state, never at the history: these can continue a checkpoint. */
const continuable = new Set<LoanEvent["type"]>(["payment", "fee-charge", "fee-waiver", "refund", "recovery"]);

function checkpointOf(saved: Working, lastSequence: number, walk: Walk): Checkpoint {
  return { lastSequence, openedOn: walk.openedOn ?? null, state: saved };
}

/**
 * `replay`, and the checkpoint of its result when it can be one: the loan is disbursed, and every event has
 * its sequence number and is dated on or before `asOf` (a later one is not in the state yet).
 *
 * @example
 * const result = replayToCheckpoint(loan, events, date("2026-06-30"));
 * if (result.ok) store(result.value.checkpoint);
 */
export function replayToCheckpoint(
  loan: Loan,
  events: ReadonlyArray<LoanEvent>,
  asOf: LocalDate,
): Result<CheckpointedState> {
  const walked = walkAll(loan, events, asOf, true);
  if (!walked.ok) return walked;
  const { w, walk, saved } = walked.value;
  let lastSequence = 0;
  let isComplete = saved !== undefined && saved.status !== "pending";
  for (const event of events) {
    if (event.postedAt === undefined || event.effectiveDate > asOf) isComplete = false;
    else lastSequence = Math.max(lastSequence, event.postedAt);
  }
  const checkpoint = isComplete && saved !== undefined ? checkpointOf(saved, lastSequence, walk) : undefined;
  return ok({ state: w, checkpoint });
}

function canContinue(checkpoint: Checkpoint, tail: ReadonlyArray<LoanEvent>, asOf: LocalDate): boolean {
  const from = checkpoint.state.asOf;
  if (asOf < from || checkpoint.state.status === "pending") return false;
  return tail.every(
    (event) =>
      continuable.has(event.type) &&
      event.effectiveDate >= from &&
      event.effectiveDate <= asOf &&
      event.postedAt !== undefined &&
      event.postedAt > checkpoint.lastSequence,
  );
}

/**
 * The loan as of `asOf` from a checkpoint and the events stored after it (`tail`), equal to a full replay of
 * all of them; and the checkpoint of the result. `undefined` when the tail cannot continue it — an event
 * dated before the checkpoint, one that needs the history (a reversal, a reschedule …), `asOf` before the
 * checkpoint —: replay in full then. The state's transactions and journal hold only what the tail added
 * (and the checkpoint's last day): read those from a full replay.
 *
 * @example
 * const resumed = resumeFromCheckpoint(loan, checkpoint, [payment], date("2026-07-01")) ?? replayToCheckpoint(loan, all, date("2026-07-01"));
 */
export function resumeFromCheckpoint(
  loan: Loan,
  checkpoint: Checkpoint,
  tail: ReadonlyArray<LoanEvent>,
  asOf: LocalDate,
): Result<CheckpointedState> | undefined {
  if (!canContinue(checkpoint, tail, asOf)) return undefined;
  const checked = preflight(tail);
  if (!checked.ok) return checked;
  const w = thaw({ ...checkpoint.state, loan });
  const walk: Walk = { openedOn: checkpoint.openedOn ?? undefined };
  const notContinuable = () => fail("unknown_transaction", "a reversal cannot continue a checkpoint", ["type"]);
  let lastSequence = checkpoint.lastSequence;
  const sorted = [...tail].sort(compareEvents);
  for (const event of sorted) {
    const applied = applyInOrder(w, walk, event, notContinuable);
    if (!applied.ok) return applied;
    lastSequence = Math.max(lastSequence, event.postedAt ?? 0);
  }
  const last = sorted.at(-1)?.effectiveDate;
  const next = last === undefined ? checkpoint : checkpointOf(checkpointCopy(w, last), lastSequence, walk);
  advanceTo(w, asOf);
  summarize(w, asOf);
  return ok({ state: w, checkpoint: next });
}

/**
 * The checkpoint as text (compact JSON, exact: see checkpoint-codec.ts), without the loan's terms and policy,
 * which the loan's record holds.
 *
 * @example
 * await save(loanId, encodeCheckpoint(checkpoint));
 */
export function encodeCheckpoint(checkpoint: Checkpoint): string {
  const { loan: _loan, ...state } = checkpoint.state;
  return encodeState({ format: CHECKPOINT_FORMAT, ...checkpoint, state });
}

/**
 * The checkpoint `encodeCheckpoint` wrote, for `loan`; `undefined` for text of another format or text that
 * does not decode to a checkpoint (the caller replays in full).
 *
 * @example
 * const checkpoint = decodeCheckpoint(row.checkpoint, loan);
 */
export function decodeCheckpoint(text: string, loan: Loan): Checkpoint | undefined {
  try {
    const decoded = decodeState(text) as { format?: unknown } & Partial<Checkpoint>;
    if (decoded.format !== CHECKPOINT_FORMAT || typeof decoded.lastSequence !== "number") return undefined;
    const state = { ...(decoded.state as LoanState), loan };
    replayStateOf(state);
    return { lastSequence: decoded.lastSequence, openedOn: decoded.openedOn ?? null, state };
  } catch {
    // A checkpoint only saves work: one that does not read back is replaced by a full replay.
    return undefined;
  }
}

/**
 * `validateEvent` that also returns the checkpoint of the loan after the new event (when it can be one).
 *
 * @example
 * const checked = validateEventToCheckpoint(loan, stored, payment, today);
 */
export function validateEventToCheckpoint(
  loan: Loan,
  events: ReadonlyArray<LoanEvent>,
  newEvent: LoanEvent,
  asOf: LocalDate,
): Result<CheckpointedState> {
  if (events.some((e) => e.id === newEvent.id)) {
    return fail("duplicate_event", `event id ${newEvent.id} is already used`, ["id"], { eventId: newEvent.id });
  }
  return withinLimit(
    loan,
    newEvent,
    replayToCheckpoint(loan, [...events, newEvent], maxDate(asOf, newEvent.effectiveDate)),
  );
}

/**
 * `validateEvent` continuing a checkpoint and the stored events after it (`tail`, none when it covers every one),
 * equal to it; `undefined` when they cannot continue the checkpoint (validate against all the events then). The
 * new event's id must be new (the caller's store guarantees it: it is not checked against the stored events).
 *
 * @example
 * const checked = validateEventFromCheckpoint(loan, checkpoint, payment, today) ?? validateEventToCheckpoint(loan, events, payment, today);
 */
export function validateEventFromCheckpoint(
  loan: Loan,
  checkpoint: Checkpoint,
  newEvent: LoanEvent,
  asOf: LocalDate,
  tail: ReadonlyArray<LoanEvent> = [],
): Result<CheckpointedState> | undefined {
  const events = tail.length === 0 ? [newEvent] : [...tail, newEvent];
  const resumed = resumeFromCheckpoint(loan, checkpoint, events, maxDate(asOf, newEvent.effectiveDate));
  return resumed === undefined ? undefined : withinLimit(loan, newEvent, resumed);
}

function withinLimit(loan: Loan, newEvent: LoanEvent, result: Result<CheckpointedState>): Result<CheckpointedState> {
  if (!result.ok || newEvent.type !== "payment") return result;
  const limited = withinCreditLimit(loan.policy, result.value.state);
  return limited.ok ? result : limited;
}
