import type { LocalDate } from "@lendstack/core/calendar";
import {
  type Checkpoint,
  decodeCheckpoint,
  type Loan,
  type LoanState,
  resumeFromCheckpoint,
} from "@lendstack/core/servicing";
import type { LoanEventRow, LoanRow } from "../db/schema/index.js";
import { decodeLoan, rowToEvent, type StoredEventColumns } from "./codec.js";

/**
 * The checkpoint's text decoded, when it and the events stored after it (`tail`, arrival order) cover exactly the
 * loan's events: its last sequence number, then the tail's, run up to the row's version (a loan's events are
 * numbered 1 to its version). Anything else — another loan's checkpoint, one edited, a tail read before a change
 * that committed since — would continue from events the loan does not have: it is ignored (the change replays
 * in full). `undefined` too for text that does not decode.
 *
 * @example const checkpoint = checkpointOfRow(found.row, decodeLoan(found.row), found.checkpoint, found.tail);
 */
export function checkpointOfRow(
  row: LoanRow,
  loan: Loan,
  text: string,
  tail: ReadonlyArray<Pick<LoanEventRow, "sequence">>,
): Checkpoint | undefined {
  const checkpoint = decodeCheckpoint(text, loan);
  if (checkpoint === undefined || checkpoint.lastSequence + tail.length !== row.version) return undefined;
  return tail.every((event, index) => event.sequence === checkpoint.lastSequence + index + 1) ? checkpoint : undefined;
}

/**
 * The loan as of `date`, continued from its checkpoint's text and the events after it; `undefined` when the text
 * does not decode, the tail cannot continue it or the date is before them (replay in full then). A corrupt loan
 * row or event throws, as `decodeLoan` and `rowToEvent` do.
 *
 * @example const state = stateFromCheckpoint(row, found.checkpoint, found.tail, date("2026-06-30"));
 */
export function stateFromCheckpoint(
  row: LoanRow,
  text: string,
  tail: ReadonlyArray<StoredEventColumns>,
  date: LocalDate,
): LoanState | undefined {
  const loan = decodeLoan(row);
  const checkpoint = checkpointOfRow(row, loan, text, tail);
  if (checkpoint === undefined) return undefined;
  const resumed = resumeFromCheckpoint(loan, checkpoint, tail.map(rowToEvent), date);
  return resumed?.ok ? resumed.value.state : undefined;
}
