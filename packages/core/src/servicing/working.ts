import type { LocalDate } from "../calendar/index.js";
import { InvariantError } from "../errors/index.js";
import { type JournalEntry, type JournalLine, makeEntry } from "../ledger/index.js";
import type { AccrualCursor, Charge, Installment, LoanState, Transaction } from "./state.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The replay's working copy of a LoanState. Arrays are owned by the working copy (sliced when a
 * saved state is resumed), but their elements are shared, so an installment or charge is never
 * changed in place: it is replaced (`setInstallment`, `setCharge`).
 */
export interface Working
  extends Mutable<
    Omit<
      LoanState,
      "installments" | "charges" | "transactions" | "journal" | "scheduleHistory" | "accrual" | "penaltyAccrual"
    >
  > {
  installments: Installment[];
  charges: Charge[];
  transactions: Transaction[];
  journal: JournalEntry[];
  scheduleHistory: LoanState["scheduleHistory"][number][];
  accrual: Mutable<AccrualCursor>;
  penaltyAccrual: LoanState["penaltyAccrual"];
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
export function thaw(state: LoanState): Working {
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
  return charge.amountMinor - charge.paidMinor - charge.waivedMinor - (charge.capitalisedMinor ?? 0n);
}

/** Whether the loan is off the books (no accrual, no installments falling due). */
export function isOffBooks(w: Working): boolean {
  return w.status === "charged-off" || w.status === "written-off";
}

/** The smaller of two bigints. */
export function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
