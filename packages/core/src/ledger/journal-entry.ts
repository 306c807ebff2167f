import type { LocalDate } from "../calendar/index.js";
import { InvariantError } from "../errors/index.js";
import type { AccountCode } from "./accounts.js";

/**
 * One side of a posting, in the currency's minor units. Exactly one of the two is non-zero.
 *
 * @example
 * const line: JournalLine = { account: "cash", debitMinor: 125000n, creditMinor: 0n };
 */
export interface JournalLine {
  readonly account: AccountCode;
  /** Debit amount in minor units (cents for USD), >= 0. */
  readonly debitMinor: bigint;
  /** Credit amount in minor units, >= 0. */
  readonly creditMinor: bigint;
}

/**
 * A balanced double-entry posting produced by a loan event. Entries are never edited: a correction
 * is a new entry with `reversesEntryId` pointing at the one it cancels.
 *
 * @example
 * const entry: JournalEntry = {
 *   id: "pmt_1:0", date: date("2026-02-01"), eventId: "pmt_1", currency: "USD", memo: "payment",
 *   lines: [debit("cash", 500n), credit("principal_receivable", 500n)],
 * };
 */
export interface JournalEntry {
  readonly id: string;
  /** Accounting (effective) date of the posting. */
  readonly date: LocalDate;
  /** The loan event (stored or derived, e.g. `accrual:2026-01-31`) that caused the entry. */
  readonly eventId: string;
  /** ISO 4217 code; all lines are in its minor unit. */
  readonly currency: string;
  readonly memo: string;
  readonly lines: ReadonlyArray<JournalLine>;
  readonly reversesEntryId?: string;
}

/** A debit line. @example debit("cash", 100n) */
export function debit(account: AccountCode, amountMinor: bigint): JournalLine {
  return { account, debitMinor: amountMinor, creditMinor: 0n };
}

/** A credit line. @example credit("interest_income", 100n) */
export function credit(account: AccountCode, amountMinor: bigint): JournalLine {
  return { account, debitMinor: 0n, creditMinor: amountMinor };
}

/**
 * Total debits and credits of an entry.
 *
 * @example
 * entryTotals(entry).debitMinor === entryTotals(entry).creditMinor
 */
export function entryTotals(entry: Pick<JournalEntry, "lines">): { debitMinor: bigint; creditMinor: bigint } {
  let debitMinor = 0n;
  let creditMinor = 0n;
  for (const line of entry.lines) {
    debitMinor += line.debitMinor;
    creditMinor += line.creditMinor;
  }
  return { debitMinor, creditMinor };
}

/**
 * Throws an InvariantError unless the entry has at least one line, no negative or two-sided line,
 * and equal debit and credit totals. Entries are built by code, so an imbalance is a bug.
 *
 * @example
 * assertBalanced({ lines: [debit("cash", 5n), credit("fee_income", 5n)] });
 */
export function assertBalanced(entry: Pick<JournalEntry, "lines"> & { readonly id?: string }): void {
  const label = entry.id ?? "(unnamed entry)";
  if (entry.lines.length === 0) throw new InvariantError(`journal entry ${label} has no lines`);
  for (const line of entry.lines) {
    if (line.debitMinor < 0n || line.creditMinor < 0n) {
      throw new InvariantError(`journal entry ${label} has a negative amount on ${line.account}`);
    }
    if (line.debitMinor !== 0n && line.creditMinor !== 0n) {
      throw new InvariantError(`journal entry ${label} debits and credits ${line.account} on one line`);
    }
  }
  const totals = entryTotals(entry);
  if (totals.debitMinor !== totals.creditMinor) {
    throw new InvariantError(`journal entry ${label} is unbalanced: ${totals.debitMinor} != ${totals.creditMinor}`);
  }
}

/**
 * Builds a checked entry, dropping zero lines; throws an InvariantError for a negative or
 * two-sided line or unequal totals (the same rules as `assertBalanced`, in one pass, since every
 * servicing posting goes through here). Returns undefined when nothing is left to post (an event
 * whose amounts are all zero).
 *
 * @example
 * makeEntry({ id: "fee_1:1", date: date("2026-01-05"), eventId: "fee_1", currency: "USD", memo: "fee" },
 *   [debit("fee_receivable", 2500n), credit("fee_income", 2500n)]);
 */
export function makeEntry(
  header: Omit<JournalEntry, "lines">,
  lines: ReadonlyArray<JournalLine>,
): JournalEntry | undefined {
  const kept: JournalLine[] = [];
  let balance = 0n;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as JournalLine;
    const debitMinor = line.debitMinor;
    const creditMinor = line.creditMinor;
    if (debitMinor === 0n) {
      if (creditMinor === 0n) continue;
      if (creditMinor < 0n)
        throw new InvariantError(`journal entry ${header.id} has a negative credit on ${line.account}`);
      balance -= creditMinor;
    } else {
      if (debitMinor < 0n || creditMinor !== 0n) {
        throw new InvariantError(`journal entry ${header.id} has a negative or two-sided line on ${line.account}`);
      }
      balance += debitMinor;
    }
    kept.push(line);
  }
  if (kept.length === 0) return undefined;
  if (balance !== 0n) throw new InvariantError(`journal entry ${header.id} is unbalanced by ${balance}`);
  const entry: JournalEntry = {
    id: header.id,
    date: header.date,
    eventId: header.eventId,
    currency: header.currency,
    memo: header.memo,
    lines: kept,
  };
  return header.reversesEntryId === undefined ? entry : { ...entry, reversesEntryId: header.reversesEntryId };
}

/**
 * The entry that cancels `original`: the same lines with debit and credit swapped, dated when the
 * reversal takes effect.
 *
 * @example
 * const undo = reverseEntry(entry, { id: "rev_1:0", date: date("2026-02-05"), eventId: "rev_1" });
 * undo.reversesEntryId === entry.id
 */
export function reverseEntry(
  original: JournalEntry,
  header: { readonly id: string; readonly date: LocalDate; readonly eventId: string; readonly memo?: string },
): JournalEntry {
  return {
    id: header.id,
    date: header.date,
    eventId: header.eventId,
    currency: original.currency,
    memo: header.memo ?? `reversal of ${original.memo}`,
    lines: original.lines.map((line) => ({
      account: line.account,
      debitMinor: line.creditMinor,
      creditMinor: line.debitMinor,
    })),
    reversesEntryId: original.id,
  };
}
