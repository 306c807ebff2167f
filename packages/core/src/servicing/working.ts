import type { LocalDate } from "../calendar/index.js";
import { InvariantError } from "../errors/index.js";
import { type JournalEntry, type JournalLine, makeEntry } from "../ledger/index.js";
import type { Charge, Installment, LoanState, Transaction } from "./state.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Where interest accrual stands: everything needed to continue day by day without replaying.
 * `scaled` / `denominator` is the accrued interest (minor units) not yet due.
 */
export interface AccrualCursor {
  /** Accrued up to, not including, this date. */
  through: LocalDate;
  periodStart: LocalDate;
  /** Day-count numerator from periodStart to `through`. */
  periodDays: bigint;
  scaled: bigint;
  denominator: bigint;
  /** Current annual rate in 10^-10 percent. */
  rateUnits: bigint;
  /** Interest of this period already booked to income (accrual basis), minor units. */
  bookedMinor: bigint;
  /**
   * The current sub-period (policy `interestRounding: "per-sub-period"`): `scaled` at its start (a whole number of
   * minor units × denominator) and the balance and rate it accrues on; undefined before its first span.
   */
  subPeriod?: { startScaled: bigint; balanceMinor: bigint; rateUnits: bigint };
}

/**
 * Replay's cursors: where the day-by-day walk stands, so `closeDay` can continue from a state
 * without replaying. Internal to servicing; the public `LoanState` does not declare them.
 */
export interface ReplayCursors {
  accrual: AccrualCursor;
  /** Penalty interest is charged up to (not including) `through`; the sub-minor-unit rest is carried. */
  penaltyAccrual: { readonly through: LocalDate; readonly remainderScaled: bigint };
  /** Due dates of installment number m are nthDueDate(firstDueDate, frequency, m - firstNumber). */
  dueDateAnchor: { readonly firstDueDate: LocalDate; readonly firstNumber: number };
  /** Index of the next installment whose late-fee check is pending. */
  lateFeeIndex: number;
  /** Index of the first installment not fully settled (cursor for allocation). */
  firstOpenIndex: number;
  /** Index of the next installment to fall due. */
  nextDueIndex: number;
  /** Between an SCRA protection start and its end: no late fees, no penalty interest, no charge-off. */
  isScraProtected: boolean;
  /** The settlement running between its `settlement` start and end events, or null: no prepayment fee meanwhile. */
  activeSettlementId: string | null;
}

/**
 * The replay's working copy of a LoanState, with its cursors. Arrays are owned by the working copy
 * (sliced when a saved state is resumed), but their elements are shared, so an installment or
 * charge is never changed in place: it is replaced (`setInstallment`, `setCharge`).
 */
export interface Working
  extends Mutable<Omit<LoanState, "installments" | "charges" | "transactions" | "journal" | "scheduleHistory">>,
    ReplayCursors {
  installments: Installment[];
  charges: Charge[];
  transactions: Transaction[];
  journal: JournalEntry[];
  scheduleHistory: LoanState["scheduleHistory"][number][];
}

/** A state as replay and closeDay return it: the public fields plus the cursors, read-only. */
export type ReplayState = LoanState & Readonly<ReplayCursors>;

/**
 * The cursors of a state that replay or closeDay produced (every state they return carries them).
 * Throws an InvariantError for a state built any other way.
 */
export function replayStateOf(state: LoanState): ReplayState {
  const candidate = state as Partial<ReplayState>;
  if (candidate.accrual === undefined || candidate.nextDueIndex === undefined) {
    throw new InvariantError("this LoanState was not produced by replay or closeDay, so it cannot be continued");
  }
  return state as ReplayState;
}

/**
 * Working copies that created every installment and charge object they hold (a fresh replay), so
 * may update them in place. A resumed state shares its objects with the saved state and copies them.
 */
const ownsItems = new WeakSet<Working>();

/** Marks a fresh working copy as the owner of its installment and charge objects. */
export function markOwner(w: Working): Working {
  ownsItems.add(w);
  return w;
}

/** A working copy of a saved state that can be advanced without touching the original. */
export function thaw(saved: LoanState): Working {
  const state = replayStateOf(saved);
  return {
    ...state,
    installments: state.installments.slice(),
    charges: state.charges.slice(),
    transactions: state.transactions.slice(),
    journal: state.journal.slice(),
    scheduleHistory: state.scheduleHistory.slice(),
    accrual: { ...state.accrual },
  };
}

/**
 * A copy of the working state as of `date` (the date of the last event applied) for a checkpoint: items the walk
 * may still change in place are copied, and the history is cut to what continuing needs — the transactions of
 * `date` (credit applications are numbered within a day) and the last journal entry (an event's entries are
 * numbered in a row).
 */
export function checkpointCopy(w: Working, date: LocalDate): Working {
  const owned = ownsItems.has(w);
  let first = w.transactions.length;
  while (first > 0 && w.transactions[first - 1]?.date === date) first--;
  return {
    ...w,
    asOf: date,
    installments: owned ? w.installments.map((item) => ({ ...item })) : w.installments.slice(),
    charges: owned ? w.charges.map((item) => ({ ...item })) : w.charges.slice(),
    accrual: { ...w.accrual },
    transactions: w.transactions.slice(first),
    journal: w.journal.slice(-1),
    scheduleHistory: [],
  };
}

export function setInstallment(w: Working, index: number, patch: Partial<Installment>): Installment {
  const current = w.installments[index];
  if (!current) throw new InvariantError(`no installment at ${index}`);
  if (ownsItems.has(w)) return Object.assign(current as Mutable<Installment>, patch);
  const next = { ...current, ...patch };
  w.installments[index] = next;
  return next;
}

export function setCharge(w: Working, index: number, patch: Partial<Charge>): Charge {
  const current = w.charges[index];
  if (!current) throw new InvariantError(`no charge at ${index}`);
  if (ownsItems.has(w)) return Object.assign(current as Mutable<Charge>, patch);
  const next = { ...current, ...patch };
  w.charges[index] = next;
  return next;
}

/**
 * Appends a balanced journal entry (nothing when every line is zero). Ids are `<eventId>:<n>`,
 * n counting the entries one event posts in a row, so ids do not depend on unrelated events.
 */
export function post(
  w: Working,
  date: LocalDate,
  eventId: string,
  memo: string,
  lines: ReadonlyArray<JournalLine>,
): void {
  const last = w.journal[w.journal.length - 1];
  const n = last?.eventId === eventId ? Number(last.id.slice(last.id.lastIndexOf(":") + 1)) + 1 : 1;
  const entry = makeEntry({ id: `${eventId}:${n}`, date, eventId, currency: w.currency, memo }, lines);
  if (entry) w.journal.push(entry);
}

/** Unpaid principal + interest of an installment that has fallen due. */
export function installmentRemaining(installment: Installment): bigint {
  return (
    installment.principalDueMinor -
    installment.principalPaidMinor +
    installment.interestDueMinor -
    installment.interestPaidMinor
  );
}

export function chargeRemaining(charge: Charge): bigint {
  return charge.amountMinor - charge.paidMinor - charge.waivedMinor - (charge.capitalizedMinor ?? 0n);
}

/** Whether the loan is off the books (no accrual, no installments falling due): charged off, written off or settled. */
export function isOffBooks(w: Working): boolean {
  return w.status === "charged-off" || w.status === "written-off" || w.status === "settled";
}

/** Statuses on which no new obligation can be created. */
export function isClosed(w: Working): boolean {
  return w.status === "paid-off" || w.status === "overpaid" || w.status === "closed" || isOffBooks(w);
}

/** Whether the loan was charged off (or written off) and not settled: recoveries are its receipts. */
export function isChargedOff(w: Working): boolean {
  return w.status === "charged-off" || w.status === "written-off";
}

/** The smaller of two bigints. */
export function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
