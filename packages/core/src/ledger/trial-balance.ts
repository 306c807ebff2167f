import type { LocalDate } from "../calendar/index.js";
import { type AccountCode, accountCodes } from "./accounts.js";
import type { JournalEntry } from "./journal-entry.js";

/**
 * One account's position in a trial balance, in minor units. `balanceMinor` is debits minus
 * credits, so assets and expenses are positive and liabilities, contra-assets and income negative.
 *
 * @example
 * const row: TrialBalanceRow = { currency: "USD", account: "cash", debitMinor: 500n, creditMinor: 10000n, balanceMinor: -9500n };
 */
export interface TrialBalanceRow {
  readonly currency: string;
  readonly account: AccountCode;
  readonly debitMinor: bigint;
  readonly creditMinor: bigint;
  readonly balanceMinor: bigint;
}

/**
 * Per-account totals of every entry dated on or before `asOf`, one row per (currency, account)
 * that has postings, in chart order; `totals` per currency, whose `balanceMinor` is always 0 when
 * every entry balances.
 *
 * @example
 * const tb = trialBalance(state.journal, date("2026-12-31"));
 * tb.totals.every((t) => t.balanceMinor === 0n)
 */
export interface TrialBalance {
  readonly asOf: LocalDate;
  readonly rows: ReadonlyArray<TrialBalanceRow>;
  readonly totals: ReadonlyArray<{
    readonly currency: string;
    readonly debitMinor: bigint;
    readonly creditMinor: bigint;
    readonly balanceMinor: bigint;
  }>;
}

/**
 * Builds the trial balance of `entries` as of a business date (entries dated after it are ignored).
 *
 * @example
 * trialBalance(journal, date("2026-06-30")).rows.find((r) => r.account === "principal_receivable")?.balanceMinor
 */
export function trialBalance(entries: ReadonlyArray<JournalEntry>, asOf: LocalDate): TrialBalance {
  const sums = new Map<string, Map<AccountCode, { debit: bigint; credit: bigint }>>();
  for (const entry of entries) {
    if (entry.date > asOf) continue;
    let byAccount = sums.get(entry.currency);
    if (!byAccount) {
      byAccount = new Map();
      sums.set(entry.currency, byAccount);
    }
    for (const line of entry.lines) {
      const sum = byAccount.get(line.account) ?? { debit: 0n, credit: 0n };
      byAccount.set(line.account, { debit: sum.debit + line.debitMinor, credit: sum.credit + line.creditMinor });
    }
  }
  const rows: TrialBalanceRow[] = [];
  const totals: TrialBalance["totals"][number][] = [];
  for (const currency of [...sums.keys()].sort()) {
    const byAccount = sums.get(currency) ?? new Map<AccountCode, { debit: bigint; credit: bigint }>();
    let debitMinor = 0n;
    let creditMinor = 0n;
    for (const account of accountCodes) {
      const sum = byAccount.get(account);
      if (!sum) continue;
      debitMinor += sum.debit;
      creditMinor += sum.credit;
      rows.push({
        currency,
        account,
        debitMinor: sum.debit,
        creditMinor: sum.credit,
        balanceMinor: sum.debit - sum.credit,
      });
    }
    totals.push({ currency, debitMinor, creditMinor, balanceMinor: debitMinor - creditMinor });
  }
  return { asOf, rows, totals };
}

/**
 * The balance (debits minus credits, minor units) of one account as of a date.
 *
 * @example
 * accountBalance(journal, "principal_receivable", "USD", date("2026-06-30")) === 9_500_00n
 */
export function accountBalance(
  entries: ReadonlyArray<JournalEntry>,
  account: AccountCode,
  currency: string,
  asOf: LocalDate,
): bigint {
  let balance = 0n;
  for (const entry of entries) {
    if (entry.date > asOf || entry.currency !== currency) continue;
    for (const line of entry.lines) if (line.account === account) balance += line.debitMinor - line.creditMinor;
  }
  return balance;
}
